// Export controls on China as a player can read them: the level, what it lets China buy, and the
// tug-of-war over it (the push banked on each side, the price of a step, who has lobbied which way).
import { FACTION_IDS, type FactionId } from "../data/factions";
import { CHINA_PREMIUM, CHINA_QUOTA, LICENCE_FEE, LICENSED_STACKS_PER_MONTH, LOBBY_COST_PER_STEP, LOOSEN_MAX_PER_MONTH, SANCTION_MAX, SANCTION_MIN, type ToolKind } from "../data/tools";
import { SOLAR_CURB_SLIP_EVERY, SOLAR_CURB_WEST_PUSH } from "../data/counter-controls";
import { LICENSED_LEVEL, servicedLearningSpeed, TIGHT_SANCTIONS } from "./sanctions";
import type { GameState } from "./types";

export interface ExportControls {
  level: number;
  min: number;
  max: number;
  /** Foreign tools of each kind China may order in a month at this level (none listed: none at all; EUV never). */
  quota: Partial<Record<ToolKind, number>>;
  /** What China pays over the list price for the foreign tools it may buy. */
  premium: number;
  /** From this level on China's money reaches no Western firm (vendor and caster funding, poaching). */
  cutOff: boolean;
  /** At a full embargo nobody services China's foreign tools: its fabs learn yield at this share of their speed (1: serviced). */
  learningSpeed: number;
  /** At the lowest level HBM and AI accelerators are licensed: the fee on their price and the HBM stacks
   *  (k a month, loose or on accelerators) the licences cover. Null while they are controlled. */
  licence: { fee: number; stacksPerMonth: number } | null;
  /** Money ($M) pushing each way that has not yet moved the level: it carries into next month. */
  push: { tighten: number; loosen: number };
  /** Net push ($M) that moves the level one step, at the end of a month. */
  stepCost: number;
  /** The most a faction's lobbying to loosen counts for in a month ($M): loosening is paced, tightening is not. */
  loosenPerMonth: number;
  /** Every faction's lobbying so far, each way ($M): lobbying is on the public record. */
  lobbied: Record<FactionId, { tighten: number; loosen: number }>;
  /** China's counter-control: its curb on solar exports, from the month it began, with the farms
   *  outside China slipping a month in every `slipEvery` and the West's push to tighten a month. */
  solarCurb: { since: number; slipEvery: number; westPush: number } | null;
}

export function exportControls(state: GameState): ExportControls {
  const level = state.sanctionLevel;
  const lobbied = {} as ExportControls["lobbied"];
  for (const id of FACTION_IDS) lobbied[id] = { ...state.factions[id].lobbySpent };
  return {
    level, min: SANCTION_MIN, max: SANCTION_MAX,
    quota: { ...(CHINA_QUOTA[level] ?? {}) }, premium: CHINA_PREMIUM[level] ?? 1, cutOff: level >= TIGHT_SANCTIONS,
    learningSpeed: servicedLearningSpeed(state, "china"),
    licence: level <= LICENSED_LEVEL ? { fee: LICENCE_FEE, stacksPerMonth: LICENSED_STACKS_PER_MONTH } : null,
    push: { ...state.lobby }, stepCost: LOBBY_COST_PER_STEP, loosenPerMonth: LOOSEN_MAX_PER_MONTH, lobbied,
    solarCurb: state.solarCurbSince === null ? null : { since: state.solarCurbSince, slipEvery: SOLAR_CURB_SLIP_EVERY, westPush: SOLAR_CURB_WEST_PUSH },
  };
}
