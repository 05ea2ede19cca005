// The match host on a fake clock: months pass only when virtual time does; the clock's states
// (pause, class hold, speed) and refusals; the order queue's cap; bots in the empty seats; and a
// replay log that replays to the host's own state hash.
import { describe, expect, it } from "vitest";
import {
  EVENT_IDS, FACTION_IDS, FakeScheduler, MAX_QUEUED_PER_MONTH, MatchHost, SPEED_MS, createMatch, replayMatch, stateHash,
  type ClockChange, type ClockSetting, type HostSnapshot, type MonthStepped,
} from "../../shared/index";

const SOLAR = { type: "buildPower", source: "solar", region: "us", gw: 1 } as const;

function hostOn(clock: Partial<ClockSetting> = {}, months: 60 | 120 = 60, snapshotEvery?: number) {
  const time = new FakeScheduler();
  const heard: { months: MonthStepped[]; clock: ClockChange[]; snapshots: Array<{ month: number; snapshot?: HostSnapshot }> } = { months: [], clock: [], snapshots: [] };
  const host = new MatchHost({
    game: createMatch({ seed: 7, months, difficulty: "normal" }),
    difficulty: "normal",
    scheduler: time,
    snapshotEvery,
    clock: { status: "waiting", speed: "fast", pausesLeft: -1, heldForClass: false, ...clock },
    listener: {
      stepped: (m) => heard.months.push(m),
      clock: (c) => heard.clock.push(c),
      recorded: (month, _orders, snapshot) => heard.snapshots.push({ month, snapshot }),
    },
  });
  return { host, time, heard };
}

const FAST = SPEED_MS.fast;

describe("FakeScheduler", () => {
  it("runs timers only as virtual time passes, in time order, and not once cancelled", () => {
    const time = new FakeScheduler();
    const ran: string[] = [];
    time.every(100, () => ran.push(`every@${time.now}`));
    time.after(150, () => ran.push(`after@${time.now}`));
    const cancel = time.after(120, () => ran.push("cancelled"));
    time.advance(99);
    expect(ran).toEqual([]);
    cancel();
    time.advance(201);
    expect(ran).toEqual(["every@100", "after@150", "every@200", "every@300"]);
    expect(time.pending).toBe(1);
  });
});

describe("MatchHost clock", () => {
  it("plays a month only when a month of virtual time has passed, and none before the start", () => {
    const { host, time, heard } = hostOn();
    time.advance(10 * FAST);
    expect(host.game.month).toBe(0);
    expect(host.start()).toBe(true);
    expect(host.start()).toBe(false);
    time.advance(FAST - 1);
    expect(host.game.month).toBe(0);
    time.advance(1);
    expect(host.game.month).toBe(1);
    time.advance(3 * FAST);
    expect(host.game.month).toBe(4);
    expect(heard.months.map((m) => m.month)).toEqual([0, 1, 2, 3]);
    expect(heard.clock[0]).toEqual({ kind: "started" });
  });

  it("a player's pause stops the months and counts against the budget; resume goes on", () => {
    const { host, time, heard } = hostOn({ pausesLeft: 1 });
    host.start();
    time.advance(FAST);
    expect(host.pause("player", "Ada")).toBeNull();
    expect(host.status).toBe("paused");
    expect(host.pausesLeft).toBe(0);
    expect(heard.clock.at(-1)).toEqual({ kind: "paused", by: "Ada" });
    time.advance(5 * FAST);
    expect(host.game.month).toBe(1);
    expect(host.pause("player", "Ada")?.reason).toBe("refusal.notRunning");
    expect(host.resume("player")).toBeNull();
    expect(heard.clock.at(-1)).toEqual({ kind: "resumed" });
    expect(host.resume("player")?.reason).toBe("refusal.notPaused");
    time.advance(FAST);
    expect(host.game.month).toBe(2);
    // The budget is spent: the next pause is refused and the clock runs on.
    expect(host.pause("player", "Ada")).toMatchObject({ code: "limit-reached", reason: "refusal.noPausesLeft" });
    expect(host.status).toBe("running");
    // The teacher and the server are not counted.
    expect(host.pause("teacher", "teacher")).toBeNull();
    expect(host.resume("teacher", "teacher")).toBeNull();
    expect(host.pause("server", "server")).toBeNull();
  });

  it("a class hold is not a player's pause: a player's resume leaves it held, the class or the teacher lift it", () => {
    const { host, time, heard } = hostOn();
    expect(host.hold()).toBe(false);
    host.start();
    time.advance(FAST);
    expect(host.hold()).toBe(true);
    expect(host.heldForClass).toBe(true);
    expect(heard.clock.at(-1)).toEqual({ kind: "paused", by: "class" });
    expect(host.resume("player")).toMatchObject({ reason: "refusal.heldForClass" });
    time.advance(5 * FAST);
    expect(host.status).toBe("paused");
    expect(host.game.month).toBe(1);
    expect(host.release()).toBe(true);
    expect(heard.clock.at(-1)).toEqual({ kind: "resumed", by: "class" });
    expect(host.release()).toBe(false);
    time.advance(FAST);
    expect(host.game.month).toBe(2);

    // The teacher's pause of a held match makes it the teacher's: a release no longer lifts it.
    host.hold();
    expect(host.pause("teacher", "teacher")).toBeNull();
    expect(host.heldForClass).toBe(false);
    expect(heard.clock.at(-1)).toEqual({ kind: "paused", by: "teacher" });
    expect(host.release()).toBe(false);
    expect(host.resume("teacher", "teacher")).toBeNull();
    time.advance(FAST);
    expect(host.game.month).toBe(3);
  });

  it("a speed change replaces the test speed and takes effect at once", () => {
    const { host, time } = hostOn({ tickMs: 10 });
    host.start();
    time.advance(30);
    expect(host.game.month).toBe(3);
    host.setSpeed("slow");
    expect(host.clockSetting().tickMs).toBeUndefined();
    time.advance(SPEED_MS.slow - 1);
    expect(host.game.month).toBe(3);
    time.advance(1);
    expect(host.game.month).toBe(4);
    // While paused the new speed waits for the resume.
    host.pause("server", "server");
    host.setSpeed("fast");
    time.advance(SPEED_MS.slow);
    expect(host.game.month).toBe(4);
    host.resume("teacher");
    time.advance(FAST);
    expect(host.game.month).toBe(5);
  });

  it("a suspended clock says nothing and plays nothing until woken", () => {
    const { host, time, heard } = hostOn();
    host.start();
    const told = heard.clock.length;
    host.suspend();
    expect(time.pending).toBe(0);
    time.advance(5 * FAST);
    expect(host.game.month).toBe(0);
    expect(host.status).toBe("running");
    host.wake();
    time.advance(FAST);
    expect(host.game.month).toBe(1);
    expect(heard.clock.length).toBe(told);
  });
});

describe("MatchHost orders and seats", () => {
  it("refuses orders before the start, queues at most MAX_QUEUED_PER_MONTH a seat a month", () => {
    const { host, time } = hostOn();
    expect(host.submit("tesla", SOLAR)?.reason).toBe("refusal.notStarted");
    host.start();
    for (let i = 0; i < MAX_QUEUED_PER_MONTH; i++) expect(host.submit("tesla", SOLAR, { by: "s1", name: "Ada" })).toBeNull();
    expect(host.submit("tesla", SOLAR)).toMatchObject({ code: "limit-reached", reason: "refusal.tooManyOrders", params: { max: MAX_QUEUED_PER_MONTH } });
    // A refused order is not queued.
    expect(host.submit("tsmc", { type: "nonsense" })?.code).toBe("malformed");
    expect(host.queued.length).toBe(MAX_QUEUED_PER_MONTH);
    time.advance(FAST);
    expect(host.queued.length).toBe(0);
    expect(host.replayOrders.filter((o) => o.issuer === "tesla" && o.by === "Ada").length).toBe(MAX_QUEUED_PER_MONTH);
    expect(host.submit("tesla", SOLAR)).toBeNull();
  });

  it("bots give the orders of the seats nobody plays, each month", () => {
    const { host, time } = hostOn();
    host.seatBots(FACTION_IDS.filter((f) => f !== "tesla"));
    host.start();
    time.advance(6 * FAST);
    const issuers = new Set(host.replayOrders.map((o) => o.issuer));
    expect(issuers.has("tesla")).toBe(false);
    for (const f of FACTION_IDS.filter((x) => x !== "tesla")) expect(issuers.has(f)).toBe(true);
    expect(host.replayOrders.every((o) => o.reason !== undefined)).toBe(true);
    // The player leaves: a bot takes the seat from the next month.
    host.seatBots(FACTION_IDS);
    const before = host.replayOrders.length;
    time.advance(6 * FAST);
    expect(host.replayOrders.slice(before).some((o) => o.issuer === "tesla")).toBe(true);
  });

  it("plays to the end; the replay log replays to the same state hash, and a host caught up from it is the same match", () => {
    const { host, time, heard } = hostOn({}, 60, 12);
    host.seatBots(FACTION_IDS.filter((f) => f !== "tesla"));
    host.start();
    time.advance(FAST);
    expect(host.submit("tesla", SOLAR, { name: "Ada" })).toBeNull();
    expect(host.inject(EVENT_IDS[0])).toBe(true);
    time.advance(100 * FAST);
    expect(host.status).toBe("ended");
    expect(host.game.status).toBe("ended");
    expect(heard.clock.filter((c) => c.kind === "ended").length).toBe(1);
    expect(time.pending).toBe(0);
    expect(host.submit("tesla", SOLAR)?.code).toBe("match-over");
    expect(host.inject(EVENT_IDS[0])).toBe(false);
    expect(host.end()).toBe(false);

    const replay = host.replay();
    expect(replay.orders.some((o) => o.issuer === "teacher")).toBe(true);
    expect(replay.stateHash).toBe(stateHash(host.game));
    expect(replayMatch(JSON.parse(JSON.stringify(replay))).stateHash).toBe(stateHash(host.game));
    expect(host.record().stateHash).toBe(stateHash(host.game));

    // Snapshots came every 12 months; a host restored from the one at 36 and the months after it is the same match.
    expect(heard.snapshots.filter((s) => s.snapshot).map((s) => s.month)).toEqual([12, 24, 36, 48]);
    const at36 = heard.snapshots.find((s) => s.month === 36)!.snapshot!;
    const months = [...new Set(replay.orders.map((o) => o.month))].map((month) => ({ month, orders: replay.orders.filter((o) => o.month === month) }));
    const all = Array.from({ length: 60 }, (_, month) => months.find((m) => m.month === month) ?? { month, orders: [] });
    const restored = new MatchHost({ game: JSON.parse(JSON.stringify(at36.state)), deck: at36.deck, difficulty: "normal", scheduler: new FakeScheduler(), clock: host.clockSetting() });
    restored.catchUp(all);
    expect(stateHash(restored.game)).toBe(stateHash(host.game));
    expect(restored.replayOrders.length).toBe(replay.orders.length);
    expect(restored.record()).toEqual(host.record());
  });

  it("the teacher's end stops a match where it is", () => {
    const { host, time, heard } = hostOn();
    host.start();
    time.advance(2 * FAST);
    expect(host.end()).toBe(true);
    expect(heard.clock.at(-1)).toEqual({ kind: "ended" });
    time.advance(10 * FAST);
    expect(host.game.month).toBe(2);
  });
});

describe("MatchHost when a month throws", () => {
  it("holds the clock (paused by the server) and says why; a resume plays on", () => {
    const time = new FakeScheduler();
    const failures: unknown[] = [];
    const clock: ClockChange[] = [];
    const host = new MatchHost({
      game: createMatch({ seed: 7, months: 60, difficulty: "normal" }),
      difficulty: "normal",
      scheduler: time,
      clock: { status: "waiting", speed: "fast", pausesLeft: -1, heldForClass: false },
      listener: { failed: (e) => failures.push(e), clock: (c) => clock.push(c) },
    });
    host.start();
    const stepMonth = host.stepMonth.bind(host);
    host.stepMonth = () => {
      throw new Error("a bug");
    };
    time.advance(3 * FAST);
    expect(failures).toHaveLength(1);
    expect(host.status).toBe("paused");
    expect(clock.at(-1)).toEqual({ kind: "paused", by: "server" });
    host.stepMonth = stepMonth;
    expect(host.resume("player")).toBeNull();
    time.advance(FAST);
    expect(host.game.month).toBe(1);
  });
});
