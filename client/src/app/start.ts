// Starting, joining and resuming matches, then showing the right screen.
import type { FactionId } from "../../../shared/index";
import { tr } from "../i18n";
import type { CreateOptions } from "../net/backend";
import { net } from "../net/net";
import { joinErrorText } from "../net/join-error";
import { show, screenOf, matchScreens } from "./router";
import { settings } from "./settings";

/** Start fetching the match screen and the world view (Phaser) while the server makes the match. */
export function prefetchMatch(): void {
  void matchScreens().catch(() => undefined);
  // The world module (Phaser) is asked for at once, beside its host, not after the host has loaded:
  // its download and compile then overlap the server making the match.
  void import("../world/world").catch(() => undefined);
  void import("../world/world-host").then((m) => m.bootWorld()).catch(() => undefined);
}

export function playerName(): string {
  return settings().name.trim() || tr("player.defaultName");
}

/** The match screens load with the game chunk; the title is always there. */
async function screens() {
  await matchScreens();
  return { gameScreen: screenOf("game"), roomScreen: screenOf("room"), titleScreen: screenOf("title"), debriefScreen: screenOf("debrief") };
}

/** After joining: the waiting room, the match, or its debrief. */
export async function enterMatch(): Promise<void> {
  const s = await screens();
  const wait = () => new Promise<void>((resolve) => {
    if (net.view) return resolve();
    const off = net.on("view", () => {
      off();
      resolve();
    });
    setTimeout(resolve, 5000);
  });
  await wait();
  const v = net.view;
  if (!v) return show(s.gameScreen());
  if (v.status === "waiting") return show(s.roomScreen());
  if (v.status === "ended") return show(s.debriefScreen());
  show(s.gameScreen());
}

async function failed(err: unknown, key = "error.connect"): Promise<void> {
  console.warn("match failed", err);
  const s = await screens();
  show(s.titleScreen(tr(key)));
}

export interface SoloOptions {
  faction: FactionId;
  difficulty: CreateOptions["difficulty"];
  months: CreateOptions["months"];
  speed: CreateOptions["speed"];
  seed?: number;
  offline?: boolean;
}

let last: SoloOptions | null = null;

/** The options of the last solo match started (for a rematch), without its seed. */
export function lastSolo(): SoloOptions | null {
  return last ? { ...last, seed: undefined } : null;
}

export async function startSolo(opts: SoloOptions): Promise<void> {
  last = opts;
  prefetchMatch();
  try {
    await net.createMatch({ mode: "solo", faction: opts.faction, difficulty: opts.difficulty, months: opts.months, speed: opts.speed, seed: opts.seed }, { name: playerName(), faction: opts.faction }, opts.offline);
    await enterMatch();
  } catch (err) {
    await failed(err);
  }
}

export async function createOnline(opts: Omit<CreateOptions, "mode">): Promise<void> {
  prefetchMatch();
  try {
    await net.createMatch({ mode: "online", ...opts }, { name: playerName(), faction: opts.faction });
    await enterMatch();
  } catch (err) {
    await failed(err);
  }
}

/** A student's seat in their class match (from the class's `assigned`). */
export async function joinClassMatch(a: { matchId: string; faction: FactionId; ticket: string }, name: string): Promise<string | null> {
  prefetchMatch();
  try {
    await net.joinById(a.matchId, { name, faction: a.faction, ticket: a.ticket });
    await enterMatch();
    return null;
  } catch (err) {
    console.warn("class match join failed", err);
    return joinErrorText(err, "error.join");
  }
}

/** Join a match by its room id; null when in, else what went wrong in the player's words. */
export async function joinRoom(roomId: string, seat: { faction?: FactionId; spectator?: boolean } = {}): Promise<string | null> {
  try {
    await net.joinById(roomId, { name: playerName(), faction: seat.faction, spectator: seat.spectator });
    await enterMatch();
    return null;
  } catch (err) {
    console.warn("join failed", err);
    return joinErrorText(err, "error.join");
  }
}
