// Tesla's play: power first, then its own TerraFab sized to the match's chips milestone, then the HBM
// to go with it (docs/design.md §11).
import type { Difficulty } from "../../protocol/options";
import { creditLimitOf } from "../../model/credit";
import { askableOf } from "../../model/spare-output";
import { milestoneTargets } from "../../data/milestones";
import { computeGW } from "../../model/compute";
import { expandBest, fundResearch, growLaunchCadence, overtimeShells, prepayEuv, startFab, useOrbitAndEdge } from "../actions";
import { EASY_LAG_MONTHS, building, give, myFabs, type BotContext, type Plan } from "../context";
import { FAB_TO_VOLUME_MONTHS } from "../fab-timing";
import { overtimeUse } from "../overtime";

export function tesla(ctx: BotContext, plan: Plan): void {
  const me = ctx.me;
  // Cars, robots and rockets take chips whenever there are chips to take (the attack on power sizes the rest).
  useOrbitAndEdge(ctx);
  if (plan.factor === "power") growLaunchCadence(ctx, 800);
  // The Jensen move: with cash to spare, jump the EUV queue.
  if (ctx.budget > 30000) prepayEuv(ctx);
  // TerraFab: a fab takes five years, so it is founded early, before logic binds.
  // Sized to the milestone of this match's length (20 k in 60 months, 40 k in 120, 100 k in 180).
  const chipsK = milestoneTargets(ctx.state.options.months).teslaChipsK;
  if (ctx.state.month >= terraFabMonth(ctx.state.options.months, ctx.difficulty) && !myFabs(ctx).some((f) => f.kind === "logic")) startFab(ctx, "texas", "N2", chipsK);
  // Dies ran out whether logic is named or power is (its room thinner still): the fab grows either way.
  const diesShort = plan.factor === "logic" || me.limitingEvidence.key === "evidence.power.headroom";
  if (diesShort && myFabs(ctx).some((f) => f.kind === "logic" && f.volumeMonth !== null) && building(ctx).length < 2) expandBest(ctx, "logic", 40);
  growTowardChipsTarget(ctx, chipsK);
  // The hard bot prepares memory before it binds — once its own logic is installed.
  const logicInstalled = myFabs(ctx).some((f) => f.kind === "logic" && (f.stage === "ramp" || f.stage === "volume"));
  if (plan.lookahead && logicInstalled && computeGW(me) > 4 && !myFabs(ctx).some((f) => f.kind === "dram")) startFab(ctx, "texas", "D1c", 80);
  secureHbm(ctx); // (the easy bot's offers to buy are dropped with all its others: bots/index.ts)
  // The hard bot knows one fab decides its chips milestone: it pays to finish the shell sooner (overtime.ts).
  if (overtimeUse(ctx.id, ctx.difficulty, ctx.state.options.months) === "plan") overtimeShells(ctx);
  // …and that a new fab's ramp is the longest wait after the shell: one level of yield learning
  // (+15 % learning speed) while its first logic fab is under way (paced in long matches: LONG_MATCH_YIELD_PACE).
  if (plan.lookahead && myFabs(ctx).some((f) => f.kind === "logic") && me.research["yield-learning"].level < HARD_TESLA_YIELD_LEVELS) fundResearch(ctx, "yield-learning", ctx.state.options.months > 120 ? LONG_MATCH_YIELD_PACE : 1);
}

/** A long match's chips milestone asks for more than the first fabs: once every logic fab has reached
 *  its ramp, the best one grows toward it, 40 k at a time (an expansion takes about 30 months to volume).
 *  Never in 60- and 120-month matches, where the first fabs are already larger than the milestone. */
function growTowardChipsTarget(ctx: BotContext, chipsK: number): void {
  const logic = myFabs(ctx).filter((f) => f.kind === "logic");
  const logicK = logic.reduce((sum, f) => sum + f.capacity, 0);
  const waiting = logic.some((f) => f.stage !== "ramp" && f.stage !== "volume");
  if (logicK < chipsK && !waiting) expandBest(ctx, "logic", Math.min(40, Math.max(5, chipsK - logicK)));
}

/** Tesla founds its TerraFab in month 12 (power binds first, and cash is thin), or sooner when the match
 *  is too short for a fab founded then to reach volume (month 6 of 60: founded in month 12, no bot
 *  reached the chips milestone in a 60-month match, and Tesla won 2 % of all-easy ones). The easy bot
 *  is as late here as everywhere (month 8 of 60: in month 6 it won 38–45 % of all-easy 60-month matches). tuned */
function terraFabMonth(months: number, difficulty: Difficulty): number {
  return Math.max(0, Math.min(12, months - FAB_TO_VOLUME_MONTHS)) + (difficulty === "easy" ? EASY_LAG_MONTHS : 0);
}

/** Levels of yield learning the hard Tesla buys for its first fab's ramp. tuned: hard seat 38.5 → 43–46 % (npm run balance); two levels made
 *  hard Tesla 48.5 % of all-hard 180-month matches, and the normal bot buying one made Tesla 44 % of all-normal 180-month ones; two in
 *  60-month ones made it 32 %. (None in 180-month matches while their milestones were the 120-month ones × 1.5: one level made the
 *  all-hard Tesla 36 % there; with the second wave of building they now ask for, it wins 14–23 % with the level.) */
const HARD_TESLA_YIELD_LEVELS = 1;

/** Share of the programme's monthly most that the hard Tesla spends on that level in a 180-month match,
 *  where its first fab's ramp is a smaller part of the match: at the full rate (the level in about ten
 *  months) the all-hard Tesla won 32.0 % of 180-month matches over twelve seed sets of 200 (25–36.5 %),
 *  the cell nearest its bound after the all-easy 60-month TSMC; at half 30.1 %; at 0.3 28.1 % (22.5–32.5),
 *  TSMC / Samsung / China 23.8 / 25.8 / 22.3 %, its seat against three normal bots 56–61 % on four sets
 *  (62.7 % on seeds 1–300 before); with no level at all 19.5 %. tuned */
const LONG_MATCH_YIELD_PACE = 0.3;

/** Share of its HBM Tesla aims to have secured (its own lines or contracts): above the milestone's 60 %. tuned */
const TESLA_SECURED_AIM = 0.75;
/** The normal bot does not commit to two years of payments while it owes more than this share of its credit line. tuned: month-0 all-in within +10 points */
const NORMAL_CONTRACT_LEVERAGE = 0.3;

/**
 * Tesla's memory milestone counts only HBM from its own lines or under contract, so once its own
 * logic is in volume it offers Samsung a two-year contract for what would bring that share to 75 %,
 * no more than Samsung can spare (it accepts up to half of the output it has not yet promised).
 * Buying on the spot market alone left the milestone out of reach in most matches.
 */
function secureHbm(ctx: BotContext): void {
  const { state, me } = ctx;
  if (!myFabs(ctx).some((f) => f.kind === "logic" && f.volumeMonth !== null)) return;
  if (state.contracts.some((c) => c.buyer === ctx.id && c.good === "hbm" && c.status === "offered")) return;
  if (ctx.difficulty === "normal" && me.debt > NORMAL_CONTRACT_LEVERAGE * creditLimitOf(state, ctx.id)) return;
  const want = Math.round(Math.min(TESLA_SECURED_AIM * me.flows.hbmUsed - me.flows.hbmMade - me.flows.hbmSecured, askableOf(state, "samsung", "hbm")));
  if (want >= 20) give(ctx, { type: "offerContract", to: "samsung", side: "buy", good: "hbm", perMonth: want, price: Math.round(state.markets.hbm.price * 1.1), months: 24 });
}
