// China's play: its own HBM, DUV fabs meanwhile, the 3 nm shell as its EUV programme nears, its own
// tool makers, and lobbying for licences (docs/design.md §5 and §11).
import type { Difficulty } from "../../protocol/options";
import { expectedCost, researchEstimate } from "../../model/research-estimate";
import { FACTIONS } from "../../data/factions";
import { RESEARCH } from "../../data/research";
import { milestoneTargets } from "../../data/milestones";
import { TIGHT_SANCTIONS } from "../../model/sanctions";
import { buildPower, fundResearch, overtimeShells, startFab } from "../actions";
import { building, give, myFabs, type BotContext, type Plan } from "../context";
import { FAB_TO_VOLUME_MONTHS } from "../fab-timing";
import { lobbyForLicences } from "../lobbying";
import { overtimeUse } from "../overtime";

/**
 * Share of its EUV programme's expected cost China's bot waits to see spent before it starts its 3 nm
 * shell: the hard bot 30 % (a fab takes years), the normal half, the easy three quarters (it commits
 * late). With the easy bot at half, the easy China seat won 26.0 % of 120-month matches against three
 * normal bots and the normal one 27.0 % (out of order on two seed sets of four); at three quarters
 * 19.6 %, the all-easy China 23 % of 120-month matches (eight seed sets; 28 % before), 25 % of
 * 180-month ones. At 80 % the seat won 16.9 % but the all-easy China 15.4 %; at 70 % nothing moved. tuned
 */
const N3_SHELL_AT: Record<Difficulty, number> = { easy: 0.75, normal: 0.5, hard: 0.3 };

/** Cash ($M) above which the hard China funds its domestic tool maker each month ($1 B). tuned: hard seat 40–75 % */
const CHINA_VENDOR_CASH = 20_000;

/**
 * $M a month the normal China puts into its own tool makers, with that cash to spare, while its EUV
 * programme is going worse than published (its estimate above the nominal cost) or the controls cut it
 * off from Western tools (TIGHT_SANCTIONS, which rivals lobby for once its EUV works): the 3 nm fabs it
 * then needs wait on domestic EUV tools, so a late programme or a blockade is answered by more of them.
 * Without it the programme's hidden cost decided China's long matches: over seeds 1–150 it won 16 / 28 /
 * 10 % of 180-month matches by cheapest / middle / dearest third of the draw (2.8×), 26 / 34 / 14 % of
 * 120-month ones (2.4×); with $300 M, 24 / 28 / 20 % (1.4×) and 24 / 30 / 18 % (1.7×). At $1 B on a
 * programme going badly alone, the cheapest third became the weakest (16 / 42 / 36 %, China 31 % of
 * 180-month matches); on either, at $1 B, 38 / 48 / 40 % and China 42 %. tuned
 */
const CHINA_CATCH_UP_VENDOR = 300;

/**
 * Levels of yield learning the hard China buys for its 3 nm ramp. Its shell goes up by month 18, its
 * domestic EUV tools come some 14 months after the programme lands, then it ramps for 18 months: the
 * race it loses is that ramp. With one level its 120-month seat won 37 / 49 / 46 / 38 % of seeds
 * 1–400 by hundreds against three normal bots; with two 39 / 60 / 49 / 39, 45.5–52.5 % on four unseen
 * sets of 200 (42–48.5 before), the all-hard China 29.3 % there (24.5). Three levels: 43 / 61 / 53 /
 * 41, but the all-hard China 38.5 % of seeds 1–400; four 41 %. Its rivals' embargo slows that ramp
 * (containChina), so each level helps the all-hard China as much as the seat. tuned
 */
const HARD_CHINA_YIELD_LEVELS = 2;

/**
 * kWSPM of a DUV logic fab China founds while logic, tools or construction bind it: 20, but 25 for the
 * normal bot of a 60-month match. There China wins on score, by the wafers its fabs turn out before
 * the end, and founding one 50 k 7 nm fab at month 0 on top of the normal bot's play took it from
 * 21.3 to 35.7 % of seeds 1–300 (the month-0 all-in, which does that and more, +10.7 points, over
 * the issue's +10): the normal bot built too small. With 25 k fabs the all-normal China won 25.3 %
 * and the all-in added +6.0 (30 k: 29.7 % and +1.0, but the all-normal TSMC 11 % of seeds 1–100;
 * 40 k: China 35 %); the TSMC it took them from builds sooner there (TSMC_IDLE_CASH_SHORT_NORMAL in
 * tsmc.ts), which left China 21.0 % and the all-in +8.3. tuned
 */
const DUV_FAB_K = 20;
const SHORT_MATCH_DUV_FAB_K = 25;

function duvFabK(ctx: BotContext): number {
  return ctx.difficulty === "normal" && ctx.state.options.months <= 60 ? SHORT_MATCH_DUV_FAB_K : DUV_FAB_K;
}

export function china(ctx: BotContext, plan: Plan): void {
  const me = ctx.me;
  const max = FACTIONS.china.hbmShareMax;
  if (me.hbmShare < max) give(ctx, { type: "setHbmShare", share: Number(Math.min(max, me.hbmShare + 0.05).toFixed(3)) });
  if (plan.factor === "power" || me.warehouse > 100) buildPower(ctx, 3);
  const pipeline = building(ctx).length;
  const euv = me.milestones["domestic-euv"] !== null;
  // Enough 3 nm-class capacity on domestic EUV for this match's milestone (one fab in 120 months, more in 180).
  const n3Fabs = myFabs(ctx).filter((f) => f.node === "N3" && !f.multipatterning);
  const n3 = n3Fabs.reduce((s, f) => s + f.capacity, 0);
  const hasN3 = n3 >= milestoneTargets(ctx.state.options.months).china3nmK;
  // The hard bot knows a fab takes years: it starts the 3 nm shell while the EUV programme is still running.
  // Judged on what China knows of the programme's cost, not the hidden draw.
  const euvEstimate = researchEstimate(ctx.state, "china", "domestic-euv");
  const euvNear = euvEstimate.spent >= expectedCost(euvEstimate) * N3_SHELL_AT[ctx.difficulty];
  // …but not one it could not bring to volume before the end (a 60-month match: it won 9–14 % of
  // all-hard ones over eight seed sets, 10–20 % without the shell). tuned
  const tooLate = plan.lookahead && ctx.state.options.months - ctx.state.month < FAB_TO_VOLUME_MONTHS;
  // …and buys yield learning for that fab's ramp as soon as its shell is under way (HARD_CHINA_YIELD_LEVELS):
  // a level takes ten months at full funding, so two are in hand when the ramp starts. Its seat won 36–38 % of
  // 120-month matches against three normal bots without (target 40–75), 40 % buying one level once the ramp
  // had started, 43 % buying it ahead (45 % on unseen seed sets; all-hard China 32–33 %). tuned
  // Not in a 180-month match, where its 3 nm milestone asks for three fabs: with the level the all-hard
  // China won 33.5–39 % of 180-month matches (four seed sets of 200), without 25.5–26 % (two). tuned
  if (plan.lookahead && n3Fabs.length > 0 && ctx.state.options.months <= 120 && me.research["yield-learning"].level < HARD_CHINA_YIELD_LEVELS) fundResearch(ctx, "yield-learning");
  if (euvNear && !hasN3 && !tooLate) give(ctx, { type: "buildFab", site: "china", node: "N3", capacity: 30, multipatterning: false }, 3000);
  // A programme going badly (its estimate above the published cost) is a reason to lean on DUV meanwhile.
  const euvDear = !euv && expectedCost(euvEstimate) > RESEARCH["domestic-euv"].cost;
  if (euvDear && pipeline < (plan.lookahead ? 3 : 2) + 1 && ctx.budget > 10_000) startFab(ctx, "china", pipeline % 2 ? "N5" : "N7", DUV_FAB_K);
  if (pipeline < (plan.lookahead ? 3 : 2)) {
    if (euv && !hasN3) startFab(ctx, "china", "N3", 30);
    else if (plan.factor === "memory") startFab(ctx, "china", "D1c", 50);
    else if (plan.factor === "logic" || plan.factor === "tools" || plan.factor === "construction") startFab(ctx, "china", pipeline % 2 ? "N5" : "N7", duvFabK(ctx));
  }
  // Its own tool maker while tools bind; the hard bot builds that industry ahead of need, since EUV it
  // cannot buy is China's root bottleneck; the normal bot while its programme runs late or it is cut off (CHINA_CATCH_UP_VENDOR).
  if (plan.factor === "tools" || (plan.lookahead && ctx.budget > CHINA_VENDOR_CASH)) give(ctx, { type: "fundVendor", vendor: "domestic", amount: 1000 }, 1000);
  else if (ctx.difficulty === "normal" && (euvDear || ctx.state.sanctionLevel >= TIGHT_SANCTIONS) && ctx.budget > CHINA_VENDOR_CASH) give(ctx, { type: "fundVendor", vendor: "domestic", amount: CHINA_CATCH_UP_VENDOR }, CHINA_CATCH_UP_VENDOR);
  lobbyForLicences(ctx, plan, pipeline);
  // The hard bot knows its 7 nm and 3 nm milestones each wait on a fab: it pays to finish the shells sooner (overtime.ts).
  if (overtimeUse(ctx.id, ctx.difficulty, ctx.state.options.months) === "plan") overtimeShells(ctx);
}
