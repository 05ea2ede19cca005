// Who pays overtime on fab shells (a quarter faster for half as much again), by difficulty, seat and
// match length: the hard bot as part of its plan, the easy bot as waste, the normal bot never. One
// place for the rule and what tuned it (docs/design.md §11).
import type { FactionId } from "../data/factions";
import type { Difficulty } from "../protocol/options";

/** "plan": on every shell while cash is to spare (actions.ts overtimeShells), from the faction's own
 *  policy; "waste": on every shell whatever it costs, in half the months (bots/index.ts). */
export type OvertimeUse = "plan" | "waste" | "never";

export function overtimeUse(faction: FactionId, difficulty: Difficulty, months: number): OvertimeUse {
  if (difficulty === "hard") return hardPlansOvertime(faction, months) ? "plan" : "never";
  if (difficulty === "easy") return easyWastesOvertime(faction, months) ? "waste" : "never";
  return "never";
}

/**
 * The hard Tesla and China, whose milestones each wait on one fab, pay to finish their shells sooner
 * (which took the hard Tesla seat from 22–26 % to 37–38 % against three normal bots) — but not in a
 * 60-month match. There the first fabs are all there is, and a shell finished a quarter sooner was too
 * much of an edge against normal bots: over eight seed sets of 200 the hard Tesla seat won 70–84 % of
 * 60-month matches against three normal bots and the hard China 66–79.5 % (target 40–75), while the
 * all-hard Tesla won only 16–20.5 % (a hard Tesla without overtime among hard bots that kept theirs
 * won 5–6 %). Without it for both: the seats 46.5–56 % and 63–78 %, every all-hard cell of 60 months
 * 18–34.5 % (with the hard Samsung's slower shift to HBM there, factions/samsung.ts hbmPace). tuned
 */
function hardPlansOvertime(faction: FactionId, months: number): boolean {
  return (faction === "tesla" || faction === "china") && months > 60;
}

/**
 * The easy bot's waste. Not as China: its state fund never runs short, so for it overtime is speed,
 * not waste, and made the easy China as strong as the normal one (27.4 % each as one seat among three
 * normal bots, 120 months, four seed sets of 200) and the winner of 37 % of all-easy 60-month matches,
 * with the easy TSMC at 11 %. Without it: 17 % and 32 % there, every all-easy cell but one (TSMC's 36 %
 * in 120 months) within 15–35 %, and 9.4 → 0 points from the target on four seed sets it was not tried
 * on. Without overtime for every easy bot, the easy Tesla won 9–16 % of the all-easy cells; without
 * the easy Samsung's as well, the easy TSMC 34–39 %. tuned
 * In a 60-month match the first fabs are all there is, and a shell finished sooner is no waste: there
 * the easy Samsung with overtime won 60 % as one seat among three normal bots (the normal seat
 * 26.5–33.5 %, four seed sets of 200) and the easy TSMC 27–28 % (19.5–23 %); without it 27–33.5 % and
 * 14–20.5 %. The easy Tesla keeps it: without, the all-easy Tesla won 11.5–18 % of 60-month matches.
 */
function easyWastesOvertime(faction: FactionId, months: number): boolean {
  if (months <= 60 && (faction === "samsung" || faction === "tsmc")) return false;
  return faction !== "china";
}
