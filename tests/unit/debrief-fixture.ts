// A debrief with nothing in it yet, for tests that fill it from a played match (withRecord), as the
// debrief screen does with a stored result.
import { FACTION_IDS } from "../../shared/index";
import type { DebriefData } from "../../client/src/debrief/data";

export function blankDebrief(who: Partial<Pick<DebriefData, "endedMonth" | "winner" | "me">> = {}): DebriefData {
  return {
    months: 60, endedMonth: 0, winner: null, me: null, ...who,
    factions: Object.fromEntries(FACTION_IDS.map((id) => [id, { score: 0, scoreParts: {} as DebriefData["factions"]["tesla"]["scoreParts"], milestones: {}, limiting: [], compute: [], sales: [] }])) as unknown as DebriefData["factions"],
    dramPrice: [], waferPrice: [], fabs: [], tesla: { orbitGW: 0, edgeGW: 0, launches: 0, failures: 0, warehousePeak: 0 },
  };
}
