// Scripted players for measuring the game from outside: one that does nothing, and one that
// each month takes the HUD's "Attack it" orders (plus the hiring its fabs need) and nothing else.
import type { FactionId } from "../data/factions";
import { attackOrders, hireOrder } from "../advice/attack";
import type { GameState } from "../model/types";
import type { Order } from "../protocol/order";

export function idlePlayer(): Order[] {
  return [];
}

export function advicePlayer(state: GameState, id: FactionId): Order[] {
  const orders = [...attackOrders(state, id).orders];
  const hire = hireOrder(state, id);
  if (hire) orders.push(hire);
  return orders;
}
