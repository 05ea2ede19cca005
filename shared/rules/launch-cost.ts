// A launch gets cheaper as SpaceX flies more (learning curve).
import { LAUNCH_COST_FLOOR, LAUNCH_COST_LEARNING, LAUNCH_COST_START, LAUNCH_FAILURE_FLOOR, LAUNCH_FAILURE_START } from "../data/power";
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
