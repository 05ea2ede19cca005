// What may be sold to China under export controls (docs/design.md §5: "Sanctions limit what may be sold to China").
import type { FactionId } from "../data/factions";
import type { Good } from "../data/markets";

/** Goods China may not buy from others: leading-edge wafers, HBM and AI accelerators (US rules 2022–2024, WORLD-DATA "Controls"). */
export const CONTROLLED_FOR_CHINA: readonly Good[] = ["wafer", "hbm", "accelerator"];

export function blockedSale(seller: FactionId | "npc", buyer: FactionId, good: Good): boolean {
  return buyer === "china" && seller !== "china" && CONTROLLED_FOR_CHINA.includes(good);
}
