/**
 * Controleren, by hand and automatically: reads the workbook (one sync), runs the core check, and keeps
 * the result with its state (running, verouderd). Scheduling lives in the pure CheckScheduler.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookInput } from "../../../core/grid";
import type { CheckResult } from "../../../core/engine/pipeline";
import type { HostErrorText, PaneHost } from "../../host";
import { CheckScheduler, type SchedulerState } from "./check-scheduler";
import { allWantedSources, runCheck } from "./workbook";

export interface CheckView {
  input: WorkbookInput;
  check: CheckResult;
}

export interface Checker {
  view: CheckView | null;
  state: SchedulerState;
  auto: boolean;
  /** The last check could not read the workbook. */
  error: HostErrorText | null;
  /** Automatic checking could not listen to changes. */
  listenError: HostErrorText | null;
  checkNow: () => void;
  setAuto: (on: boolean) => void;
  /** Shows a check made elsewhere (e.g. just before writing the summary). */
  show: (view: CheckView) => void;
}

export function useChecker(host: PaneHost, initial: WorkbookInput | null): Checker {
  const [view, setView] = useState<CheckView | null>(() =>
    initial ? { input: initial, check: runCheck(initial) } : null,
  );
  const [state, setState] = useState<SchedulerState>({
    running: initial === null,
    stale: false,
    planned: false,
  });
  const [auto, setAutoState] = useState(true);
  const [error, setError] = useState<HostErrorText | null>(null);
  const [listenError, setListenError] = useState<HostErrorText | null>(null);
  const scheduler = useRef<CheckScheduler | null>(null);
  const autoRef = useRef(auto);
  const initialRef = useRef(initial);

  useEffect(() => {
    const s = new CheckScheduler(
      async () => {
        try {
          const input = await host.readWorkbook(allWantedSources());
          const check = runCheck(input);
          if (scheduler.current !== s) return;
          setView({ input, check });
          setError(null);
        } catch (e) {
          if (scheduler.current === s) setError(host.describeError(e));
        }
      },
      { auto: autoRef.current, onState: setState },
    );
    scheduler.current = s;
    if (initialRef.current === null) void s.checkNow();
    let off: () => void = () => undefined;
    try {
      off = host.onChanged(
        allWantedSources(),
        () => s.changed(),
        (e) => setListenError(host.describeError(e)),
      );
    } catch (e) {
      setListenError(host.describeError(e));
    }
    return () => {
      off();
      s.dispose();
      if (scheduler.current === s) scheduler.current = null;
    };
  }, [host]);

  const checkNow = useCallback(() => {
    void scheduler.current?.checkNow();
  }, []);
  const setAuto = useCallback((on: boolean) => {
    autoRef.current = on;
    setAutoState(on);
    scheduler.current?.setAuto(on);
  }, []);
  const show = useCallback((v: CheckView) => {
    setView(v);
    setError(null);
  }, []);

  return { view, state, auto, error, listenError, checkNow, setAuto, show };
}
