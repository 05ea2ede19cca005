// An order handler checks everything first and returns either a refusal or
// the change to make. Checking never mutates, so a refused order changes nothing.
import type { FactionId } from "../../data/factions";
import type { GameState } from "../../model/types";
import type { Issuer, Order, OrderType } from "../../protocol/order";
import type { Refusal } from "../../protocol/refusal";

export type Commit = () => void;
export type Handler<T extends OrderType> = (state: GameState, issuer: Issuer, order: Extract<Order, { type: T }>) => Refusal | Commit;
export type HandlerTable = { [T in OrderType]?: Handler<T> };

export function isFaction(issuer: Issuer): issuer is FactionId {
  return issuer !== "teacher";
}
