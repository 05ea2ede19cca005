// What the client remembers beyond the view it is shown: the view carries the match's own
// histories (factors, compute, cash, prices), but not the largest pile of chips left waiting.
import { FACTION_IDS, type FactionId } from "../../../shared/index";
import type { WorldView } from "./view";

export class History {
  /** Largest pile of unpowered accelerators each faction had (thousands). */
  readonly warehousePeak: Record<FactionId, number> = { tesla: 0, tsmc: 0, samsung: 0, china: 0 };

  record(v: WorldView): void {
    for (const id of FACTION_IDS) this.warehousePeak[id] = Math.max(this.warehousePeak[id], v.factions[id].warehouse);
  }
}
