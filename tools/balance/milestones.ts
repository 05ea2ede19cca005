// Which milestones each faction reaches, and when: the table that says what stops a faction in a
// cell (Tesla's chips in five years, China's domestic 3 nm), read from the same matches as the cell.
import { FACTION_IDS, MILESTONE_IDS, type FactionId } from "../../shared/index";

/** Each faction's milestone → the month it was reached, or null, at the end of one match. */
export type MilestoneMonths = Record<FactionId, Record<string, number | null>>;

export interface MilestoneReach {
  /** Share of matches in which it was reached. */
  met: number;
  /** Median month it was reached in, over the matches that reached it. */
  medianMonth: number | null;
}

export type MilestoneTable = Record<FactionId, Record<string, MilestoneReach>>;

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function summarizeMilestones(matches: MilestoneMonths[]): MilestoneTable {
  const out = {} as MilestoneTable;
  for (const f of FACTION_IDS) {
    out[f] = {};
    for (const m of MILESTONE_IDS[f]) {
      const months = matches.map((x) => x[f][m]).filter((v): v is number => v !== null && v !== undefined);
      out[f][m] = { met: matches.length ? months.length / matches.length : 0, medianMonth: median(months) };
    }
  }
  return out;
}
