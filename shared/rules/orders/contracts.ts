// Contracts between factions: offer, accept, decline, cancel, break. Deliveries run each month (rules/month/contracts.ts).
import { BREACH_PENALTY, CONTRACT_LEAD_MONTHS, MAX_OPEN_OFFERS, TERMINATION_BREACHES } from "../../data/limits";
import { canAfford, earn, spend } from "../money";
import { newId } from "../../model/ids";
import { endContract } from "../../model/contract-end";
import { blockedSale, contractRefusalKey } from "../../model/sanctions";
import type { Contract, GameState } from "../../model/types";
import type { FactionId } from "../../data/factions";
import { MARKETS } from "../../data/markets";
import { effect } from "../../protocol/preview";
import { refuse, type Refusal } from "../../protocol/refusal";
import { accept, type HandlerTable } from "./handler";
import { priceParam, unitParam } from "./trade-text";

/** Months after acceptance of a contract's first delivery: wafers and HBM are made for the buyer. */
function leadOf(good: Contract["good"]): number {
  return good === "wafer" || good === "hbm" ? CONTRACT_LEAD_MONTHS : 0;
}

/** The months a contract accepted in `accepted` delivers in: from the month after its start to its last. */
function deliveryMonths(good: Contract["good"], accepted: number, months: number): { from: { month: number }; until: { month: number } } {
  const start = accepted + leadOf(good);
  return { from: { month: start + 1 }, until: { month: start + months } };
}

/** An open offer made to this faction by another, or the reason it cannot be answered. */
function offerToAnswer(state: GameState, issuer: FactionId, contractId: string, ownOfferReason: string): Contract | Refusal {
  const c = state.contracts.find((x) => x.id === contractId);
  if (!c || (c.buyer !== issuer && c.seller !== issuer)) return refuse("unknown-target", "refusal.unknownContract", { contractId });
  if (c.offeredBy === issuer) return refuse("not-allowed", ownOfferReason);
  if (c.status !== "offered") return refuse("wrong-stage", "refusal.contractNotOpen");
  return c;
}

/**
 * Walking away from an active contract costs the side that breaks it the larger of the breach
 * penalty on every delivery left and what the other side loses by replacing the contract at
 * today's market price (expectation damages), paid to the other side. So a seller cannot break a
 * contract just to sell the same goods dearer on the spot market, nor a buyer to buy them cheaper.
 * Nothing when the other side has broken it first, month after month (forCause).
 */
export function breakFee(c: Pick<Contract, "months" | "perMonth" | "price" | "good" | "seller" | "breachedBy" | "breachRun">, breaker: FactionId, marketPrice: number): number {
  if (forCause(c, breaker)) return 0;
  const left = c.months * c.perMonth * MARKETS[c.good].moneyPerUnitPerPrice;
  const moved = breaker === c.seller ? marketPrice - c.price : c.price - marketPrice;
  return left * Math.max(BREACH_PENALTY * c.price, moved);
}

/** May this side end the contract without paying? Only when the other side has fallen short in the
 *  last TERMINATION_BREACHES deliveries running (a seller without the goods, a buyer without the cash). */
export function forCause(c: Pick<Contract, "breachedBy" | "breachRun">, breaker: FactionId): boolean {
  return c.breachedBy !== null && c.breachedBy !== breaker && c.breachRun >= TERMINATION_BREACHES;
}

/** What the seller's goods fetch on the spot market today: for wafers the reference price times its
 *  node mix's premium (an N2 wafer is dearer than the N3-class reference). */
export function sellersPrice(state: GameState, c: Contract): number {
  return state.markets[c.good].price * (c.good === "wafer" ? state.factions[c.seller].logicWaferPremium : 1);
}

/** The fee for one side breaking this contract now. */
export function breakFeeNow(state: GameState, c: Contract, breaker: FactionId): number {
  return breakFee(c, breaker, sellersPrice(state, c));
}

export const contractHandlers: HandlerTable = {
  offerContract(state, issuer, o) {
    if (o.to === issuer) return refuse("not-allowed", "refusal.contractWithSelf");
    const seller = o.side === "sell" ? issuer : o.to;
    const buyer = o.side === "sell" ? o.to : issuer;
    if (blockedSale(seller, buyer, o.good)) return refuse("sanctioned", contractRefusalKey(state, buyer, o.good), { good: o.good });
    const open = state.contracts.filter((c) => c.offeredBy === issuer && c.status === "offered").length;
    if (open >= MAX_OPEN_OFFERS) return refuse("limit-reached", "refusal.tooManyOffers", { max: MAX_OPEN_OFFERS });
    const monthly = o.perMonth * o.price * MARKETS[o.good].moneyPerUnitPerPrice;
    return accept(null, () => [
      effect(o.side === "sell" ? "preview.contract.sell" : "preview.contract.buy", {
        n: { num: o.perMonth, digits: 0 }, unit: unitParam(o.good), who: { text: `faction.${o.to}` }, monthly: { money: monthly }, months: o.months, total: { money: monthly * o.months },
        // The other side answers next month at the earliest.
        ...deliveryMonths(o.good, state.month + 1, o.months),
      }),
      effect("preview.contract.market", { price: priceParam(o.good, state.markets[o.good].price) }),
      effect("preview.contract.breach"),
    ], () => {
      state.contracts.push({
        id: newId(state, "c"), seller, buyer, good: o.good, perMonth: o.perMonth, price: o.price, months: o.months,
        status: "offered", offeredBy: issuer, offeredMonth: state.month, startMonth: null, endedMonth: null, endedBy: null, delivered: 0, shortfall: 0, breaches: 0, breachedBy: null, breachRun: 0,
      });
      state.eventLog.push({ month: state.month, id: "contract-offered", faction: o.to, params: { from: issuer, good: o.good } });
    });
  },

  acceptContract(state, issuer, o) {
    const c = offerToAnswer(state, issuer, o.contractId, "refusal.acceptOwnOffer");
    if (!("id" in c)) return c;
    if (blockedSale(c.seller, c.buyer, c.good)) return refuse("sanctioned", contractRefusalKey(state, c.buyer, c.good), { good: c.good });
    return accept(null, () => [effect("preview.contract.deliveries", deliveryMonths(c.good, state.month, c.months))], () => {
      c.status = "active";
      // Leading-edge wafers and HBM are made for the buyer: a new contract for them delivers after a lead time.
      c.startMonth = state.month + leadOf(c.good);
      state.eventLog.push({ month: state.month, id: "contract-accepted", faction: c.offeredBy, params: { by: issuer as string, good: c.good } });
    });
  },

  declineContract(state, issuer, o) {
    const c = offerToAnswer(state, issuer, o.contractId, "refusal.declineOwnOffer");
    if (!("id" in c)) return c;
    return accept(null, () => [], () => {
      endContract(state, c, "declined");
      state.eventLog.push({ month: state.month, id: "contract-declined", faction: c.offeredBy, params: { by: issuer as string, good: c.good } });
    });
  },

  breakContract(state, issuer, o) {
    const c = state.contracts.find((x) => x.id === o.contractId);
    if (!c || (c.buyer !== issuer && c.seller !== issuer)) return refuse("unknown-target", "refusal.unknownContract", { contractId: o.contractId });
    if (c.status !== "active") return refuse("wrong-stage", "refusal.contractNotActive");
    const fee = breakFeeNow(state, c, issuer);
    const f = state.factions[issuer];
    if (!canAfford(f, fee)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(fee) });
    const other = c.buyer === issuer ? c.seller : c.buyer;
    const cause = forCause(c, issuer);
    const terms = { n: { num: c.perMonth, digits: 0 }, unit: unitParam(c.good), who: { text: `faction.${other}` }, months: c.months };
    return accept(fee, () => [
      cause ? effect("preview.contract.terminate", { ...terms, short: c.breachRun }) : effect("preview.contract.break", { ...terms, fee: { money: fee } }),
      effect("preview.contract.market", { price: priceParam(c.good, sellersPrice(state, c)) }),
    ], () => {
      spend(f, fee);
      earn(state.factions[other], fee);
      endContract(state, c, "broken", issuer);
      if (cause) state.eventLog.push({ month: state.month, id: "contract-terminated", faction: other, params: { by: issuer as string, good: c.good, short: c.breachRun } });
      else state.eventLog.push({ month: state.month, id: "contract-broken", faction: other, params: { by: issuer as string, good: c.good, fee: Math.round(fee) } });
    });
  },

  cancelContract(state, issuer, o) {
    const c = state.contracts.find((x) => x.id === o.contractId);
    if (!c || c.offeredBy !== issuer) return refuse("unknown-target", "refusal.unknownContract", { contractId: o.contractId });
    if (c.status !== "offered") return refuse("wrong-stage", "refusal.contractNotOpen");
    return accept(null, () => [], () => {
      endContract(state, c, "cancelled");
    });
  },
};
