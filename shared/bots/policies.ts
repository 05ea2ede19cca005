// Each faction's play: attack the limiting factor (docs/design.md §11), then the faction's own
// strategy (factions/). The hard bot also plans for the five-year fab cycle; the easy bot reacts
// late and wastes.
import { creditLimitOf } from "../model/credit";
import { acceptGoodOffers, orderMissingTools } from "./actions";
import { give, type BotContext, type Plan } from "./context";
import { attackOrders, hireOrder } from "../advice/attack";
import { breakWhatNoLongerPays } from "./keep-or-break";
import { containChina, endHbmLicences } from "./lobbying";
import { fundPrograms } from "./programs";
import { poachShortfall } from "./poaching";
import { tesla } from "./factions/tesla";
import { tsmc } from "./factions/tsmc";
import { samsung } from "./factions/samsung";
import { china } from "./factions/china";

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
  poachShortfall(ctx);
  containChina(ctx);
  endHbmLicences(ctx);
  // The hard bot borrows before cash runs short, so fabs and power need not wait for each other.
  if (plan.lookahead && ctx.budget < 15000 && ctx.me.debt + 5000 < creditLimitOf(ctx.state, ctx.id) * 0.6) give(ctx, { type: "borrow", amount: 5000 });
}

export const POLICIES = { tesla, tsmc, samsung, china };

export function play(ctx: BotContext, plan: Plan): void {
  fundPrograms(ctx);
  common(ctx, plan);
  POLICIES[ctx.id](ctx, plan);
}
