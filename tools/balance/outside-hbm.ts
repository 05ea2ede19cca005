// The outside-HBM player, for the opening test: a normal Tesla bot that also books HBM from SK hynix
// and Micron (supply deals) whenever memory binds it, for the stacks its dies lack, as far as the
// makers' room allows. Like the month-0 all-in, one lever should not decide a match (≤ +10 points).
// While deals counted as secured HBM for Tesla's memory milestone, booking the room won Tesla 80 %
// of 60-month matches against 23 % (docs/design.md §7); now they are supply, not security.
import { botOrders, supplyDealRoom, type FactionId, type GameState, type Order } from "../../shared/index";
import { stacksGap } from "../../shared/advice/sizing";

/** Stacks a month (k) below which a deal is not worth its deposit. */
const MIN_DEAL = 20;
const DEAL_MONTHS = 24;

export function outsideHbmPlayer(state: GameState, id: FactionId): Order[] {
  const orders: Order[] = [...botOrders(state, id, "normal")];
  const f = state.factions[id];
  if (f.limitingFactor !== "memory") return orders;
  // The gap already counts every deal signed, delivering or not (the advice's sizing).
  const perMonth = Math.floor(Math.min(supplyDealRoom(state, "hbm"), stacksGap(state, id)));
  if (perMonth >= MIN_DEAL) orders.push({ type: "supplyDeal", good: "hbm", perMonth, months: DEAL_MONTHS });
  return orders;
}
