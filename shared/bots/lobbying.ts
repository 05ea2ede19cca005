// Lobbying on the export controls, a tug-of-war (docs/design.md §5): China for HBM licences, Tesla
// against them, every rival to contain China once its EUV works.
import { LOOSEN_MAX_PER_MONTH, SANCTION_MAX } from "../data/tools";
import { LICENSED_LEVEL, TIGHT_SANCTIONS } from "../model/sanctions";
import { give, type BotContext, type Plan } from "./context";

/** $M a month China's bot lobbies to loosen the controls, and Tesla's to end the HBM licences once
 *  granted. China's $100 M takes 30 months to move the level a step on its own; Tesla's $500 M
 *  undoes a licence in about eight. tuned (seeds 1–100): China at $150–200 M won 64–74 % of
 *  all-normal 60-month matches; the hard China alone at $130 M licensed so much HBM that Tesla's
 *  memory bound before its logic, and lesson 1 held in 38 % of all-hard 60-month matches (94 %);
 *  Tesla at $300 M: cells distance 9 against 5 (these with 2 000 k stacks licensed a month). */
const CHINA_LOBBY = LOOSEN_MAX_PER_MONTH; // the most loosening counts for in a month
const TESLA_LICENCE_LOBBY = 500;

/**
 * China lobbies while its fabs wait on foreign tools or staff, or while HBM binds it: at the lowest
 * level HBM is licensed (data/tools.ts), and licensed HBM puts its waiting dies to work.
 */
export function lobbyForLicences(ctx: BotContext, plan: Plan, pipeline: number): void {
  if (ctx.state.sanctionLevel <= LICENSED_LEVEL) return;
  if (plan.factor === "talent" || plan.factor === "memory" || pipeline > 0) give(ctx, { type: "lobby", direction: "loosen", amount: CHINA_LOBBY }, CHINA_LOBBY);
}

/** Tesla buys HBM in the same market: while China is licensed, every stack China buys is one Tesla
 *  bids against, so it lobbies to end the licences. */
export function endHbmLicences(ctx: BotContext): void {
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
 * started (36 % when they stopped at tight controls), and hold it to 29–33 % (means of seed-set groups) now that it buys it ahead.
 * The easy bot does not look that far.
 */
export function containChina(ctx: BotContext): void {
  if (ctx.id === "china" || ctx.difficulty === "easy") return;
  const china = ctx.state.factions.china.milestones;
  const enough = ctx.difficulty === "hard" ? SANCTION_MAX : TIGHT_SANCTIONS;
  if (china["domestic-euv"] === null || china["domestic-3nm"] !== null || ctx.state.sanctionLevel >= enough) return;
  give(ctx, { type: "lobby", direction: "tighten", amount: CONTAIN_LOBBY }, CONTAIN_LOBBY);
}
