// What may be sold to China under export controls (docs/design.md §5: "Sanctions limit what may be sold to China").
import type { FactionId } from "../data/factions";
import type { Good } from "../data/markets";
import { EMBARGO_LEARNING_SPEED, SANCTION_MAX } from "../data/tools";

/** Goods China may not buy from others: leading-edge wafers, HBM and AI accelerators (US rules 2022–2024, WORLD-DATA "Controls"). */
export const CONTROLLED_FOR_CHINA: readonly Good[] = ["wafer", "hbm", "accelerator"];

/** From this sanction level on, China's money and offers reach no Western firm: tool makers, casters, rivals' staff. */
export const TIGHT_SANCTIONS = 2;

/** The share of its pace at which this faction's fabs learn yield: below 1 for China under a full
 *  embargo, when no Western maker services its tools (EMBARGO_LEARNING_SPEED). */
export function servicedLearningSpeed(state: { sanctionLevel: number }, faction: FactionId): number {
  return faction === "china" && state.sanctionLevel >= SANCTION_MAX ? EMBARGO_LEARNING_SPEED : 1;
}

/** Is this faction cut off from Western firms at today's sanction level? */
export function cutOffFromWest(state: { sanctionLevel: number }, faction: FactionId): boolean {
  return faction === "china" && state.sanctionLevel >= TIGHT_SANCTIONS;
}

export function blockedSale(seller: FactionId | "npc", buyer: FactionId, good: Good): boolean {
  return buyer === "china" && seller !== "china" && CONTROLLED_FOR_CHINA.includes(good);
}
