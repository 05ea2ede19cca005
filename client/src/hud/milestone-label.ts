// A milestone's description for a match of a given length: the targets scale with it
// (10 GW in a 120-month match, 15 GW in a 180-month one).
import { milestoneParams, type FactionId } from "../../../shared/index";
import { tr } from "../i18n";

export function milestoneLabel(faction: FactionId, milestone: string, months: number): string {
  return tr(`milestone.${faction}.${milestone}`, milestoneParams(months));
}
