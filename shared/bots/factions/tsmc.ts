// TSMC's play: N2 fabs in the pipeline, Arizona as its milestone needs, one more fab when cash lies
// idle (docs/design.md §11).
import type { Difficulty } from "../../protocol/options";
import { leadingEdgeShare } from "../../model/leading-edge";
import { milestoneTargets } from "../../data/milestones";
import { expandBest, startFab } from "../actions";
import { building, give, myFabs, type BotContext, type Plan } from "../context";

/**
 * Cash ($M) beyond which TSMC treats money as idle and founds one more fab (month-0 all-in within +10
 * points). The easy bot lets more pile up before it builds with it. This fab decides TSMC's
 * demand-share race, and steeply: the all-easy TSMC of 120-month matches won 36 % at $100 B (eight
 * seed sets of 200), 33.5 % at $104 B, 28 % at $110 B, 19 % at $115 B, 6 % at $130 B. Since launch
 * cadence flies two months after it is bought (data/power.ts) it won 36.6 % at $110 B (the same eight
 * sets, 30.5–40.5 %) and 30.9 % at $113 B (25.5–34.5 %; the all-easy cells of 60 and 180 months moved
 * by a point or two); $116 B left it 25.4 % and the all-easy China 33 %. The normal bot
 * at $104 B took the all-normal TSMC of 120-month matches from 35 to 32 %, but of 180-month ones to
 * 15–17 % and the normal Tesla there to 32–35 %: it stays at $100 B. tuned
 */
const TSMC_IDLE_CASH: Record<Difficulty, number> = { easy: 113_000, normal: 100_000, hard: 100_000 };

/** …except the normal bot of a 180-month match, which builds with $95 B idle: at $100 B its TSMC was the
 *  weakest normal faction there (20.4 / 18.0 % of all-normal matches on the means of two groups of four
 *  seed sets of 200, 14–24 % by set) and fell below the easy TSMC seat on two sets; at $95 B 24.8 / 21.0 %
 *  (19–29.5 %), above the easy seat on both, with the normal China, the strongest there, 29.0 / 31.8 →
 *  26.5 / 28.3 %. At $90 B TSMC became the strongest (28.4 / 31.3 %). tuned */
const TSMC_IDLE_CASH_LONG_NORMAL = 95_000;

/** …and of a 60-month match, $90 B, since the normal China there founds bigger DUV fabs (SHORT_MATCH_DUV_FAB_K
 *  in china.ts): at $100 B the all-normal TSMC then won 12 % of seeds 1–100 and 18.7 % of seeds 1–300
 *  (23.7 % before); at $90 B 26 and 29.0 %, at $95 B 16 and 21.0 %, at $80 B 39 % of seeds 1–300. A
 *  normal TSMC keeping a third fab under way below 52 % of the demand instead of half won 44.7 %. tuned */
const TSMC_IDLE_CASH_SHORT_NORMAL = 90_000;

function tsmcIdleCash(difficulty: Difficulty, months: number): number {
  if (difficulty !== "normal") return TSMC_IDLE_CASH[difficulty];
  if (months > 120) return TSMC_IDLE_CASH_LONG_NORMAL;
  return months <= 60 ? TSMC_IDLE_CASH_SHORT_NORMAL : TSMC_IDLE_CASH.normal;
}

/**
 * Share of the leading-edge demand below which TSMC keeps a third fab under way: the normal bot half,
 * the hard bot 70 % (60 % in matches over 120 months). At 60 % the hard TSMC seat won 39–40 % of
 * 120-month matches against three normal bots once the normal China funded its own tool makers (§5 of
 * docs/design.md), at 65 % 47–48 % (means of four seed sets of 200, each group), the all-hard TSMC
 * 26–28 %; at 65 % in 180-month matches the all-hard TSMC won 35 % of them, at 60 % its seat 46–54 %.
 * At 65 % seeds 1–100 read the 120-month seat 37 % (seeds 1–400 by hundreds 37 / 53 / 49 / 54); at
 * 70 % 47 / 54 / 48 / 50, 47–51.5 % on four unseen sets of 200 (44.5–50 before), the all-hard TSMC
 * 25.8 % (28.5); 75 % read the same. tuned
 */
function thirdFabBelow(lookahead: boolean, months: number): number {
  if (!lookahead) return 0.5;
  return months > 120 ? 0.6 : 0.7;
}

export function tsmc(ctx: BotContext, plan: Plan): void {
  const s = ctx.state;
  const share = s.world.leadingEdgeDemand > 0 ? leadingEdgeShare(s, ctx.me) : 1;
  const pipeline = building(ctx).length;
  // The hard bot keeps a third fab under way while it is well short of the demand.
  // Cash that piles up is capacity not built: with $100 B idle (tsmcIdleCash), one more fab goes under way whatever the share.
  const rich = ctx.budget > tsmcIdleCash(ctx.difficulty, s.options.months);
  const target = (share < thirdFabBelow(plan.lookahead, s.options.months) ? 3 : 2) + (rich ? 1 : 0);
  if ((share < 0.8 || rich) && pipeline < target && plan.factor !== "demand") {
    // Arizona gets a fab when the milestone needs more N3/N2 there, and every third fab anyway.
    const arizonaK = myFabs(ctx).filter((f) => f.site === "arizona" && (f.node === "N3" || f.node === "N2")).reduce((sum, f) => sum + f.capacity, 0);
    const site = arizonaK < milestoneTargets(s.options.months).tsmcArizonaK || myFabs(ctx).length % 3 === 0 ? "arizona" : "taiwan";
    if (!startFab(ctx, site, "N2", 50)) expandBest(ctx, "logic", 30);
  }
  if (plan.factor === "tools" && plan.lookahead && ctx.budget > 60000 && s.month % 12 === 0) give(ctx, { type: "fundVendor", vendor: "asml", amount: 2000 }, 2000);
}
