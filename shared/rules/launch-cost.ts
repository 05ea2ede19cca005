// A launch gets cheaper as SpaceX flies more (learning curve); launch cadence is bought up to a ceiling.
import { LAUNCH_CADENCE_MAX, LAUNCH_CADENCE_PER_BILLION, LAUNCH_COST_FLOOR, LAUNCH_COST_LEARNING, LAUNCH_COST_START, LAUNCH_FAILURE_FLOOR, LAUNCH_FAILURE_START } from "../data/power";
import { LAUNCH_FAILURE_CUT_PER_LEVEL } from "../data/research";
import type { FactionState } from "../model/types";
import { detPow, detLog2 } from "../model/det-math";

export function launchCost(f: FactionState): number {
  return Math.max(LAUNCH_COST_FLOOR, LAUNCH_COST_START * detPow(LAUNCH_COST_LEARNING, detLog2(1 + f.launchesTotal / 10)));
}

export function launchFailureChance(f: FactionState): number {
  const learned = LAUNCH_FAILURE_START * detPow(0.85, detLog2(1 + f.launchesTotal / 5));
  return Math.max(LAUNCH_FAILURE_FLOOR, learned - f.research["launch-cadence"].level * LAUNCH_FAILURE_CUT_PER_LEVEL);
}

/** What funding still buys launch cadence, $M: what is already bought counts toward the ceiling,
 *  though it flies later (LAUNCH_FUNDING_DELAY), and money past the ceiling would buy nothing. */
export function launchFundingRoom(f: FactionState): number {
  const bought = f.launchCadence + f.launchCadencePipeline.reduce((s, [, more]) => s + more, 0);
  return Math.max(0, ((LAUNCH_CADENCE_MAX - bought) / LAUNCH_CADENCE_PER_BILLION) * 1000);
}
