// Samsung's play: DRAM wafers shifted between HBM and DRAM by value, then toward its HBM-share
// milestone once qualified; memory fabs while cash allows; Taylor grown to the Texas milestone (docs/design.md §11).
import type { Difficulty } from "../../protocol/options";
import { FACTIONS } from "../../data/factions";
import { milestoneTargets } from "../../data/milestones";
import { dramWaferValues } from "../../rules/month/production";
import { expandBest, startFab } from "../actions";
import { building, give, myFabs, type BotContext, type Plan } from "../context";

/** Smallest change of HBM share Samsung's bot orders (the easy bot's pace is a quarter of a point). */
const HBM_STEP_MIN = 0.0001;

/** The hard Samsung's pace in a 60-month match (hbmPace): with the hard Tesla and China paying no
 *  overtime there (overtime.ts), at a point a month the all-hard Samsung won 33.5–42 % of 60-month matches
 *  (eight seed sets of 200), at 0.8 of one 36.5–41 %, at 0.6 23–27 % (its seat against three normal
 *  bots 48–61 %). tuned */
const HARD_PACE_60 = 0.006;

/**
 * Share of its DRAM wafers a month Samsung's bot moves to HBM once qualified, whatever DDR pays:
 * the hard bot a point (HARD_PACE_60 in a 60-month match), the normal half a point, the easy a quarter in matches over 60 months. How
 * fast the shift goes decides Samsung's matches (its HBM-share milestone must be held before the
 * others finish), so the easy bot's slowness is here: at half a point, like the normal bot, its
 * wasted overtime made it the stronger seat (36.8 % of 120-month matches against three normal bots,
 * the normal seat 19.9 %); at a quarter it wins 16.6 % (17.1 % on unseen seed sets, the normal seat
 * 18.1 % there), at a fifth 5.7 %. A 60-month match keeps nearly the half point: at a quarter the
 * slower easy Samsung starved the easy Tesla's memory and the easy TSMC won 42 % of all-easy matches;
 * at 0.48 (the easy Samsung reacting on time there: context.ts easyLagMonths) every all-easy cell of
 * 60 months is within 15–35 % on eight seed sets of 200, the easy Samsung's 16–20.5 %; at 0.46 it won
 * 12–20 %, at 0.40 9.5–16.5 %: its share milestone is a cliff. tuned
 */
function hbmPace(difficulty: Difficulty, months: number): number {
  if (difficulty === "hard") return months > 60 ? 0.01 : HARD_PACE_60;
  if (difficulty === "normal") return 0.005;
  return months > 60 ? 0.0025 : 0.0048;
}

export function samsung(ctx: BotContext, plan: Plan): void {
  const s = ctx.state;
  const value = dramWaferValues(s, 1);
  const hbmRich = value.hbm * ctx.me.hbmAcceptance > value.dram * 1.05;
  // Once qualified, Samsung goes for its HBM-share milestone whatever DDR pays; before, it follows the money.
  const qualified = ctx.me.research["hbm-qualification"].level >= 1;
  const pace = hbmPace(ctx.difficulty, s.options.months);
  const share = Math.min(FACTIONS.samsung.hbmShareMax, Math.max(0.1, ctx.me.hbmShare + (hbmRich ? 0.04 : qualified ? pace : -0.02)));
  if (Math.abs(share - ctx.me.hbmShare) > HBM_STEP_MIN) give(ctx, { type: "setHbmShare", share: Number(share.toFixed(4)) });
  const pipeline = building(ctx).length;
  const hbmShare = s.world.hbmSoldTotal > 0 ? ctx.me.flows.hbmSold / s.world.hbmSoldTotal : 0;
  // Memory makers build while cash allows: the share is won with capacity.
  const room = (plan.lookahead ? 3 : 2) + Math.min(3, Math.floor(ctx.budget / 60000));
  if ((plan.factor === "memory" || plan.factor === "demand" || hbmShare < 0.42 || plan.lookahead) && pipeline < room) {
    if (!startFab(ctx, "korea", "D1c", 60)) expandBest(ctx, "dram", 40);
  }
  if (plan.factor === "construction" && pipeline < 2) expandBest(ctx, "logic", 20);
  // Texas logic enough for this match's milestone: expand the running fab there, once what is there
  // is in volume (a 180-month match asks for 70 k: expanded while Taylor ramped, Samsung's Texas
  // milestone fell at month 60 and its wins with it; the normal Samsung won 17.5–21 % of all-normal
  // 180-month matches and the normal TSMC 32–34 %, now 23.5 % and 28.5–29 %). At most 60 k at a time. tuned
  const texas = myFabs(ctx).filter((f) => f.site === "texas" && f.kind === "logic");
  const texasK = texas.reduce((sum, f) => sum + f.capacity, 0);
  const texasTarget = milestoneTargets(s.options.months).samsungTexasK;
  const allInVolume = texas.length > 0 && texas.every((f) => f.volumeMonth !== null);
  if (texasK < texasTarget && allInVolume) give(ctx, { type: "expandFab", fabId: texas[0].id, capacity: Math.min(60, Math.max(5, texasTarget - texasK)) });
}
