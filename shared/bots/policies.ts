// Each faction's play: attack the limiting factor (docs/design.md §11). The hard bot
// also plans for the five-year fab cycle; the easy bot reacts late and wastes.
import type { LimitingFactor } from "../model/types";
import type { Difficulty } from "../protocol/options";
import { creditLimitOf } from "../model/credit";
import { askableOf } from "../model/spare-output";
import { leadingEdgeShare } from "../model/leading-edge";
import { expectedCost, researchEstimate } from "../model/research-estimate";
import { FACTIONS } from "../data/factions";
import { RESEARCH } from "../data/research";
import { SANCTION_MAX } from "../data/tools";
import { milestoneTargets } from "../data/milestones";
import { computeGW } from "../model/compute";
import {
  acceptGoodOffers, buildPower, expandBest, fundResearch, growLaunchCadence, orderMissingTools, overtimeShells, prepayEuv, startFab, useOrbitAndEdge,
} from "./actions";
import { EASY_LAG_MONTHS, building, give, myFabs, type BotContext } from "./context";
import { attackOrders, hireOrder } from "../advice/attack";
import { breakWhatNoLongerPays } from "./keep-or-break";
import { overtimeUse } from "./overtime";
import { dramWaferValues } from "../rules/month/production";
import { LICENSED_LEVEL, TIGHT_SANCTIONS } from "../model/sanctions";

export interface Plan {
  factor: LimitingFactor;
  /** Plans ahead for the five-year fab cycle. */
  lookahead: boolean;
}

function common(ctx: BotContext, plan: Plan): void {
  acceptGoodOffers(ctx);
  // The easy bot does not watch its contracts: it keeps what it signed (ending them hurt the easy
  // Tesla, short of cash, most: easy TSMC 35.5 → 39 % of all-easy 180-month matches).
  if (ctx.difficulty !== "easy") breakWhatNoLongerPays(ctx);
  // Attack the limiting factor with the same orders the HUD proposes to a human.
  const attack = attackOrders(ctx.state, ctx.id, plan.factor, ctx.reserve);
  ctx.orders.push(...attack.orders);
  ctx.budget -= attack.spent;
  orderMissingTools(ctx, attack.plan);
  const hire = hireOrder(ctx.state, ctx.id);
  if (hire) give(ctx, hire, 60);
  containChina(ctx);
  endHbmLicences(ctx);
  // The hard bot borrows before cash runs short, so fabs and power need not wait for each other.
  if (plan.lookahead && ctx.budget < 15000 && ctx.me.debt + 5000 < creditLimitOf(ctx.state, ctx.id) * 0.6) give(ctx, { type: "borrow", amount: 5000 });
}

function tesla(ctx: BotContext, plan: Plan): void {
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
  // (+15 % learning speed) while its first logic fab is under way.
  if (plan.lookahead && myFabs(ctx).some((f) => f.kind === "logic") && me.research["yield-learning"].level < HARD_TESLA_YIELD_LEVELS) fundResearch(ctx, "yield-learning");
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

/** Months a greenfield logic fab takes from its founding to volume with overtime on its shell
 *  (measured on Tesla's: median 53–56 for the easy and hard bots, 60 without overtime): the TerraFab
 *  must be founded at least this long before the end, and the hard China's early 3 nm shell too. */
const FAB_TO_VOLUME_MONTHS = 54;
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

function tsmcIdleCash(difficulty: Difficulty, months: number): number {
  return difficulty === "normal" && months > 120 ? TSMC_IDLE_CASH_LONG_NORMAL : TSMC_IDLE_CASH[difficulty];
}

/**
 * Share of the leading-edge demand below which TSMC keeps a third fab under way: the normal bot half,
 * the hard bot 65 % (60 % in matches over 120 months). At 60 % the hard TSMC seat won 39–40 % of
 * 120-month matches against three normal bots once the normal China funded its own tool makers (§5 of
 * docs/design.md), at 65 % 47–48 % (means of four seed sets of 200, each group), the all-hard TSMC
 * 26–28 %; at 65 % in 180-month matches the all-hard TSMC won 35 % of them, at 60 % its seat 46–54 %. tuned
 */
function thirdFabBelow(lookahead: boolean, months: number): number {
  if (!lookahead) return 0.5;
  return months > 120 ? 0.6 : 0.65;
}

function tsmc(ctx: BotContext, plan: Plan): void {
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

function samsung(ctx: BotContext, plan: Plan): void {
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

function china(ctx: BotContext, plan: Plan): void {
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
  // …and buys a level of yield learning for that fab's ramp as soon as its shell is under way: a level
  // takes ten months at full funding, so it is in hand when the ramp starts. Its seat won 36–38 % of
  // 120-month matches against three normal bots without (target 40–75), 40 % buying it once the ramp
  // had started, 43 % buying it ahead (45 % on unseen seed sets; all-hard China 32–33 %). tuned
  // Not in a 180-month match, where its 3 nm milestone asks for three fabs: with the level the all-hard
  // China won 33.5–39 % of 180-month matches (four seed sets of 200), without 25.5–26 % (two). tuned
  if (plan.lookahead && n3Fabs.length > 0 && ctx.state.options.months <= 120 && me.research["yield-learning"].level < 1) fundResearch(ctx, "yield-learning");
  if (euvNear && !hasN3 && !tooLate) give(ctx, { type: "buildFab", site: "china", node: "N3", capacity: 30, multipatterning: false }, 3000);
  // A programme going badly (its estimate above the published cost) is a reason to lean on DUV meanwhile.
  const euvDear = !euv && expectedCost(euvEstimate) > RESEARCH["domestic-euv"].cost;
  if (euvDear && pipeline < (plan.lookahead ? 3 : 2) + 1 && ctx.budget > 10_000) startFab(ctx, "china", pipeline % 2 ? "N5" : "N7", 20);
  if (pipeline < (plan.lookahead ? 3 : 2)) {
    if (euv && !hasN3) startFab(ctx, "china", "N3", 30);
    else if (plan.factor === "memory") startFab(ctx, "china", "D1c", 50);
    else if (plan.factor === "logic" || plan.factor === "tools" || plan.factor === "construction") startFab(ctx, "china", pipeline % 2 ? "N5" : "N7", 20);
  }
  // Its own tool maker while tools bind; the hard bot builds that industry ahead of need, since EUV it
  // cannot buy is China's root bottleneck; the normal bot while its programme runs late or it is cut off (CHINA_CATCH_UP_VENDOR).
  if (plan.factor === "tools" || (plan.lookahead && ctx.budget > CHINA_VENDOR_CASH)) give(ctx, { type: "fundVendor", vendor: "domestic", amount: 1000 }, 1000);
  else if (ctx.difficulty === "normal" && (euvDear || ctx.state.sanctionLevel >= TIGHT_SANCTIONS) && ctx.budget > CHINA_VENDOR_CASH) give(ctx, { type: "fundVendor", vendor: "domestic", amount: CHINA_CATCH_UP_VENDOR }, CHINA_CATCH_UP_VENDOR);
  lobbyForLicences(ctx, plan, pipeline);
  // The hard bot knows its 7 nm and 3 nm milestones each wait on a fab: it pays to finish the shells sooner (overtime.ts).
  if (overtimeUse(ctx.id, ctx.difficulty, ctx.state.options.months) === "plan") overtimeShells(ctx);
}

/** $M a month China's bot lobbies to loosen the controls, and Tesla's to end the HBM licences once
 *  granted. China's $100 M takes 30 months to move the level a step on its own; Tesla's $500 M
 *  undoes a licence in about eight. tuned (seeds 1–100): China at $150–200 M won 64–74 % of
 *  all-normal 60-month matches; the hard China alone at $130 M licensed so much HBM that Tesla's
 *  memory bound before its logic, and lesson 1 held in 38 % of all-hard 60-month matches (94 %);
 *  Tesla at $300 M: cells distance 9 against 5 (these with 2 000 k stacks licensed a month). */
const CHINA_LOBBY = 100;
const TESLA_LICENCE_LOBBY = 500;

/**
 * China lobbies while its fabs wait on foreign tools or staff, or while HBM binds it: at the lowest
 * level HBM is licensed (data/tools.ts), and licensed HBM puts its waiting dies to work.
 */
function lobbyForLicences(ctx: BotContext, plan: Plan, pipeline: number): void {
  if (ctx.state.sanctionLevel <= LICENSED_LEVEL) return;
  if (plan.factor === "talent" || plan.factor === "memory" || pipeline > 0) give(ctx, { type: "lobby", direction: "loosen", amount: CHINA_LOBBY }, CHINA_LOBBY);
}

/** Tesla buys HBM in the same market: while China is licensed, every stack China buys is one Tesla
 *  bids against, so it lobbies to end the licences. */
function endHbmLicences(ctx: BotContext): void {
  if (ctx.id !== "tesla" || ctx.state.sanctionLevel > LICENSED_LEVEL) return;
  give(ctx, { type: "lobby", direction: "tighten", amount: TESLA_LICENCE_LOBBY }, TESLA_LICENCE_LOBBY);
}

/** $M a month a normal or hard rival lobbies to tighten export controls while China nears its last
 *  milestone: three rivals against China's $200 M a month to loosen (as it was then; $100 M since the HBM licences) tighten the controls about three
 *  months after China's EUV. tuned: over eight seed sets of 200 matches, cells distance 22.6 → 23.3,
 *  hard-seat distance 1.4 → 0.5, ladder seats out of order 13 → 14 */
const CONTAIN_LOBBY = 1000;

/**
 * China with domestic EUV needs only its 3 nm fab to win, and foreign deposition, etch and inspection
 * tools to build it: each rival lobbies to tighten the controls until China is cut off from Western
 * firms (TIGHT_SANCTIONS). The hard bot goes on to the full embargo, where nobody services China's
 * tools and its 3 nm fab ramps slower (EMBARGO_LEARNING_SPEED): three hard rivals held the all-hard
 * China of 120-month matches to 29 % while the hard China bought yield learning once that ramp had
 * started (36 % when they stopped at tight controls), and hold it to 32 % now that it buys it ahead.
 * The easy bot does not look that far.
 */
function containChina(ctx: BotContext): void {
  if (ctx.id === "china" || ctx.difficulty === "easy") return;
  const china = ctx.state.factions.china.milestones;
  const enough = ctx.difficulty === "hard" ? SANCTION_MAX : TIGHT_SANCTIONS;
  if (china["domestic-euv"] === null || china["domestic-3nm"] !== null || ctx.state.sanctionLevel >= enough) return;
  give(ctx, { type: "lobby", direction: "tighten", amount: CONTAIN_LOBBY }, CONTAIN_LOBBY);
}

/**
 * Share of the monthly maximum China's bot puts into its own HBM's qualification. The easy bot half:
 * at the normal bot's rate its seat won as often as the normal one in 60-month matches (24 % against
 * 25 %, 18.5 against 15.5 % on two seed sets of 200), at half 13–17 % against 14.5–25 % on four, the
 * all-easy China 19.5–28 % (at 0.3 the all-easy China won 13–14.5 %: its memory binds it all match). tuned
 */
const CHINA_HBM_QUALIFICATION_RATE: Record<Difficulty, number> = { easy: 0.5, normal: 0.6, hard: 1 };

export const POLICIES = { tesla, tsmc, samsung, china };

/**
 * Research programmes are standing commitments: every bot funds its faction's each month, whatever
 * its difficulty (the easy bot's slowness is in its other decisions, not in a programme run at a third
 * of its pace, which made research-bound factions unwinnable at easy).
 */
export function fundPrograms(ctx: BotContext): void {
  const me = ctx.me;
  switch (ctx.id) {
    case "tsmc":
      fundResearch(ctx, "yield-learning", 0.5);
      return;
    case "samsung":
      if (me.research["hbm-qualification"].level < 1) fundResearch(ctx, "hbm-qualification");
      fundResearch(ctx, "yield-learning", 0.5);
      return;
    case "china":
      fundResearch(ctx, "domestic-euv");
      if (me.research.multipatterning.level < 3) fundResearch(ctx, "multipatterning", 0.6);
      // HBM binds China nearly all match (HBM is export-controlled): the hard bot qualifies its own at
      // the full rate. tuned: with the launch delay (data/power.ts) the all-hard China of 60-month matches
      // won 10 % over eight seed sets of 200; now 17–18 %
      if (me.hbmAcceptance < 1) fundResearch(ctx, "hbm-qualification", CHINA_HBM_QUALIFICATION_RATE[ctx.difficulty]);
      return;
    case "tesla":
      return;
  }
}

export function play(ctx: BotContext, plan: Plan): void {
  fundPrograms(ctx);
  common(ctx, plan);
  POLICIES[ctx.id](ctx, plan);
}
