// "Attack the limiting factor": for the factor that binds a player now, the order that
// relieves it first, and where to find it.
import { hbmShareHasRoom, LICENSED_LEVEL, type FactionId, type LimitingFactor } from "../../../shared/index";
import { isBuilding } from "../model/derive";
import type { WorldView } from "../net/view";

export interface Advice {
  factor: LimitingFactor;
  formId: string;
  /** i18n key of one sentence telling the first sensible order. */
  key: string;
}

export function adviceFor(v: WorldView, faction: FactionId): Advice {
  const f = v.factions[faction];
  const factor = f.limitingFactor;
  const building = v.fabs.filter((fab) => fab.owner === faction && isBuilding(fab));
  const pick = (formId: string, key: string): Advice => ({ factor, formId, key });
  switch (factor) {
    case "power":
      return faction === "tesla" && f.warehouse >= 5 && f.launchCadence >= 1 ? pick("buildPower", "advice.power.tesla") : pick("buildPower", "advice.power");
    case "logic":
      return faction === "tesla" ? pick("offerContract", "advice.logic.tesla") : pick("buildFab", "advice.logic");
    case "memory":
      if (faction === "samsung" && f.milestones["hbm-qualified"] === null) return pick("fundResearch", "advice.memory.qualify");
      if (faction === "tesla") return pick("setProcurement", "advice.memory.tesla");
      // China's stacking lines at their most (35 % of its DRAM, as the engine's attack reads it): what
      // is left is licensed HBM, bought on the market at the lowest level of the controls and lobbied
      // for above it. The share form could only offer the ceiling it had reached.
      if (faction === "china" && !hbmShareHasRoom(f.hbmShare, "china")) {
        return v.sanctionLevel <= LICENSED_LEVEL ? pick("setProcurement", "advice.memory.chinaLicensed") : pick("lobby", "advice.memory.chinaLobby");
      }
      return pick("setHbmShare", "advice.memory");
    case "tools":
      if (faction === "china") return pick("fundResearch", "advice.tools.china");
      return building.length ? pick("orderToolKit", "advice.tools") : pick("fundVendor", "advice.tools.fund");
    case "construction":
      // Once every fab under way is on overtime, the overtime form can only say so: the next relief
      // is the next fab (ten normal 120-month matches: in 413 of the 577 construction months the engine
      // had no order for, every fab under way was on overtime already).
      if (building.some((fab) => !fab.overtime)) return pick("setOvertime", "advice.construction");
      return pick("buildFab", building.length ? "advice.construction.next" : "advice.construction.build");
    case "capital":
      return pick("borrow", "advice.capital");
    case "talent":
      return pick("hire", "advice.talent");
    case "demand":
      return pick("offerContract", "advice.demand");
    default:
      return pick("buildFab", "advice.none");
  }
}
