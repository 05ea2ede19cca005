// China's curb on solar exports, as the rules and a player read it (data/counter-controls.ts).
import { SOLAR_CURB_SLIP_EVERY } from "../data/counter-controls";
import type { FactionId } from "../data/factions";
import type { GameState, PowerProject } from "./types";

/** Is China curbing its solar exports now? */
export function solarCurbed(state: Pick<GameState, "solarCurbSince">): boolean {
  return state.solarCurbSince !== null;
}

/** Does the curb slow this faction's solar? China's own farms are built from its own supply. */
export function curbSlows(owner: FactionId): boolean {
  return owner !== "china";
}

/** Is this month one in which the farms the curb slows slip a month (every SOLAR_CURB_SLIP_EVERY-th month held)? */
export function curbSlipsThisMonth(state: Pick<GameState, "solarCurbSince" | "month">): boolean {
  return state.solarCurbSince !== null && (state.month - state.solarCurbSince) % SOLAR_CURB_SLIP_EVERY === SOLAR_CURB_SLIP_EVERY - 1;
}

/** Solar farms under construction that the curb slows. */
export function curbedFarms(state: Pick<GameState, "power">): PowerProject[] {
  return state.power.filter((p) => p.source === "solar" && p.readyMonth !== null && curbSlows(p.owner));
}
