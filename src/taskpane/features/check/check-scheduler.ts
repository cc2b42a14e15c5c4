/**
 * When to (re)run a check: debounced after edits, never two at once, and a result that an edit made
 * out of date is marked stale ("verouderd") and checked again once the running check has finished.
 * Pure logic with injectable timers, so that it is unit-tested without a browser.
 */

export interface SchedulerState {
  /** A check is running. */
  running: boolean;
  /** The workbook changed after the last check started: its result is out of date. */
  stale: boolean;
  /** A check is planned (debounce timer or a re-run after the running check). */
  planned: boolean;
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  /** Quiet time after the last edit before checking (default 800 ms). */
  delayMs?: number;
  /** Automatic checking on (default true). */
  auto?: boolean;
  timers?: Timers;
  onState?: (s: SchedulerState) => void;
}

export const DEFAULT_DELAY_MS = 800;

export class CheckScheduler {
  private readonly delayMs: number;
  private readonly timers: Timers;
  private readonly onState?: (s: SchedulerState) => void;
  private auto: boolean;
  private timer: unknown = null;
  private running = false;
  private stale = false;
  private rerun = false;
  private disposed = false;
  private current: Promise<void> = Promise.resolve();

  /** `run` does the check and handles its own errors; a rejection is swallowed here. */
  constructor(
    private readonly run: () => Promise<void>,
    opts: SchedulerOptions = {},
  ) {
    this.delayMs = opts.delayMs ?? DEFAULT_DELAY_MS;
    this.auto = opts.auto ?? true;
    this.timers = opts.timers ?? realTimers;
    this.onState = opts.onState;
  }

  get state(): SchedulerState {
    return { running: this.running, stale: this.stale, planned: this.timer !== null || this.rerun };
  }

  get isAuto(): boolean {
    return this.auto;
  }

  /** The user edited a standard table. */
  changed(): void {
    if (this.disposed) return;
    this.stale = true;
    if (this.running) {
      if (this.auto) this.rerun = true;
    } else if (this.auto) {
      this.plan();
    }
    this.emit();
  }

  /** Turns automatic checking on or off; turning it on checks a stale result. */
  setAuto(on: boolean): void {
    if (this.disposed || on === this.auto) return;
    this.auto = on;
    if (!on) {
      this.cancelTimer();
      this.rerun = false;
    } else if (this.stale) {
      if (this.running) this.rerun = true;
      else this.plan();
    }
    this.emit();
  }

  /** Checks now (the Controleren button). While a check runs, another one follows it. */
  checkNow(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.cancelTimer();
    if (this.running) {
      this.rerun = true;
      this.emit();
      return this.current;
    }
    return this.start();
  }

  /** Stops timers; later calls do nothing. */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.rerun = false;
  }

  private plan(): void {
    this.cancelTimer();
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.start();
    }, this.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
  }

  private start(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.running = true;
    this.stale = false;
    this.rerun = false;
    this.emit();
    this.current = (async () => {
      try {
        await this.run();
      } catch {
        // the run reports its own errors
      }
      this.running = false;
      if (this.disposed) return;
      if (this.rerun) {
        this.rerun = false;
        this.plan();
      }
      this.emit();
    })();
    return this.current;
  }

  private emit(): void {
    if (!this.disposed) this.onState?.(this.state);
  }
}
