import {
  CheckScheduler,
  type SchedulerState,
  type Timers,
} from "../../src/taskpane/features/check/check-scheduler";

/** Manual timers: `tick(ms)` fires what is due. */
function fakeTimers() {
  let now = 0;
  let id = 0;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    set: (fn, ms) => {
      id += 1;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clear: (h) => {
      pending.delete(h as number);
    },
  };
  const tick = (ms: number) => {
    now += ms;
    for (const [k, t] of [...pending]) {
      if (t.at <= now) {
        pending.delete(k);
        t.fn();
      }
    }
  };
  return { timers, tick, count: () => pending.size };
}

/** A run that stays open until `finish()` is called. */
function controllableRun() {
  const finishers: (() => void)[] = [];
  let runs = 0;
  const run = () =>
    new Promise<void>((resolve) => {
      runs += 1;
      finishers.push(resolve);
    });
  const finish = async () => {
    finishers.shift()?.();
    // let the scheduler's continuation run
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { run, finish, runs: () => runs };
}

describe("CheckScheduler", () => {
  test("debounces edits: one check 800 ms after the last edit", async () => {
    const t = fakeTimers();
    const r = controllableRun();
    const s = new CheckScheduler(r.run, { timers: t.timers });
    s.changed();
    t.tick(500);
    s.changed();
    t.tick(500);
    s.changed();
    t.tick(799);
    expect(r.runs()).toBe(0);
    expect(s.state).toEqual({ running: false, stale: true, planned: true });
    t.tick(1);
    expect(r.runs()).toBe(1);
    expect(s.state.running).toBe(true);
    expect(s.state.stale).toBe(false);
    await r.finish();
    expect(s.state).toEqual({ running: false, stale: false, planned: false });
  });

  test("an edit during a check marks the result verouderd and checks again afterwards", async () => {
    const t = fakeTimers();
    const r = controllableRun();
    const states: SchedulerState[] = [];
    const s = new CheckScheduler(r.run, { timers: t.timers, onState: (x) => states.push(x) });
    void s.checkNow();
    expect(r.runs()).toBe(1);
    s.changed();
    s.changed();
    expect(s.state).toEqual({ running: true, stale: true, planned: true });
    t.tick(5000);
    expect(r.runs()).toBe(1); // never two checks at once
    await r.finish();
    expect(s.state).toEqual({ running: false, stale: true, planned: true });
    t.tick(800);
    expect(r.runs()).toBe(2);
    await r.finish();
    expect(s.state).toEqual({ running: false, stale: false, planned: false });
    expect(states.some((x) => x.running && x.stale)).toBe(true);
  });

  test("with automatic checking off an edit only marks the result verouderd", async () => {
    const t = fakeTimers();
    const r = controllableRun();
    const s = new CheckScheduler(r.run, { timers: t.timers, auto: false });
    s.changed();
    t.tick(10000);
    expect(r.runs()).toBe(0);
    expect(s.state).toEqual({ running: false, stale: true, planned: false });
    s.setAuto(true); // turning it on checks the stale result
    t.tick(800);
    expect(r.runs()).toBe(1);
    await r.finish();
    expect(s.state.stale).toBe(false);
  });

  test("turning automatic checking off cancels a planned check", () => {
    const t = fakeTimers();
    const r = controllableRun();
    const s = new CheckScheduler(r.run, { timers: t.timers });
    s.changed();
    s.setAuto(false);
    expect(t.count()).toBe(0);
    t.tick(1000);
    expect(r.runs()).toBe(0);
    expect(s.state.stale).toBe(true);
  });

  test("Controleren cancels the debounce and checks at once; pressed during a check it queues one more", async () => {
    const t = fakeTimers();
    const r = controllableRun();
    const s = new CheckScheduler(r.run, { timers: t.timers });
    s.changed();
    void s.checkNow();
    expect(r.runs()).toBe(1);
    expect(t.count()).toBe(0);
    void s.checkNow();
    expect(r.runs()).toBe(1);
    await r.finish();
    t.tick(800);
    expect(r.runs()).toBe(2);
    await r.finish();
  });

  test("a failing run does not stop later checks; dispose stops everything", async () => {
    const t = fakeTimers();
    let runs = 0;
    const s = new CheckScheduler(
      async () => {
        runs += 1;
        throw new Error("kapot");
      },
      { timers: t.timers },
    );
    await s.checkNow();
    expect(s.state.running).toBe(false);
    s.changed();
    t.tick(800);
    await Promise.resolve();
    expect(runs).toBe(2);
    s.dispose();
    s.changed();
    t.tick(800);
    expect(runs).toBe(2);
  });
});
