// What may be sold to China under export controls (docs/design.md §5: "Sanctions limit what may be sold to China").
import type { FactionId } from "../data/factions";
import type { Good } from "../data/markets";
import { EMBARGO_LEARNING_SPEED, SANCTION_MAX } from "../data/tools";

/** Goods China may not buy from others: leading-edge wafers, HBM and AI accelerators (US rules 2022–2024, WORLD-DATA "Controls"). */
export const CONTROLLED_FOR_CHINA: readonly Good[] = ["wafer", "hbm", "accelerator"];

/** At this level HBM and AI accelerators are licensed to China shipment by shipment (LICENCE_FEE). */
export const LICENSED_LEVEL = 0;
export const LICENSED_GOODS: readonly Good[] = ["hbm", "accelerator"];

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

/** A contract or a supply deal for a controlled good: refused at every level, since a licence covers
 *  one shipment and may be withdrawn with the next change of level. */
export function blockedSale(seller: FactionId | "npc", buyer: FactionId, good: Good): boolean {
  return buyer === "china" && seller !== "china" && CONTROLLED_FOR_CHINA.includes(good);
}

/** Is this a licensed purchase: China buying HBM or accelerators on the market while they are licensed? */
export function licensedPurchase(state: { sanctionLevel: number }, buyer: FactionId, good: Good): boolean {
  return buyer === "china" && state.sanctionLevel <= LICENSED_LEVEL && LICENSED_GOODS.includes(good);
}

/** Why a contract or supply deal for a controlled good is refused: at the licensed level, because
 *  licences are per shipment; otherwise because the good is controlled. */
export function contractRefusalKey(state: { sanctionLevel: number }, buyer: FactionId, good: Good): string {
  return licensedPurchase(state, buyer, good) ? "refusal.licenceShipment" : "refusal.controlledGood";
}

/** A purchase on the market (spot or standing order): blocked unless licensed at today's level. */
export function blockedPurchase(state: { sanctionLevel: number }, buyer: FactionId, good: Good): boolean {
  return blockedSale("npc", buyer, good) && !licensedPurchase(state, buyer, good);
}
