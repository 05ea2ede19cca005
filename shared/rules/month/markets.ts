// The four spot markets, cleared monthly, with the non-player world on both sides:
// hyperscalers, phone/PC makers, SK hynix and Micron, Intel's foundry.
import { DIES_PER_WAFER, GW_PER_KACCEL, STACKS_PER_ACCELERATOR, ACCELERATOR_RETIREMENT_PER_MONTH } from "../../data/chain";
import { EVENT_EFFECTS } from "../../data/events";
import { FACTION_IDS, FACTIONS, type FactionId } from "../../data/factions";
import {
  GOODS, INVENTORY_MONTHS, MARKETS, NPC_EXTRA_ACCEL_DEMAND, NPC_WAFER_YIELD, NPC_AI_ACCEL_GROWTH, NPC_DRAM_DEMAND_GROWTH, NPC_DRAM_ELASTICITY,
  NPC_PRICE_ELASTICITY, NPC_HBM_ELASTICITY, NPC_WAFER_DEMAND_GROWTH, type Good,
} from "../../data/markets";
import { blockedPurchase, licensedPurchase } from "../../model/sanctions";
import { LICENCE_FEE, LICENSED_STACKS_PER_MONTH } from "../../data/tools";
import { isSupplyDeal } from "../../model/standing-purchase";
import { addBoughtStock, sellStock, stockOf, takeStock } from "../../model/stock";
import type { GameState } from "../../model/types";
import { hasModifier } from "../modifiers";
import { earn, spend } from "../money";
import { clear, movePrice, type Offer } from "./clearing";
import { npcOffer, serveSupplyDeals } from "./outside-makers";
import { detPow } from "../../model/det-math";
import { atReference } from "../../model/reference-value";


/** What a faction sells automatically: its whole stock of goods it does not use itself. */
export function autoSells(faction: FactionId, good: Good): boolean {
  if (good === "accelerator") return false;
  if (!FACTIONS[faction].deploys) return true;
  return good === "dram";
}

function npcBids(state: GameState, good: Good, price: number): number {
  const rel = price / MARKETS[good].basePrice;
  const n = state.npc;
  switch (good) {
    case "wafer":
      return n.waferDemand * detPow(rel, -NPC_PRICE_ELASTICITY) + n.aiAcceleratorsPerMonth / (DIES_PER_WAFER * NPC_WAFER_YIELD);
    case "hbm":
      // Hyperscalers build fewer accelerators when HBM is dear (not none: they need them).
      return n.aiAcceleratorsPerMonth * STACKS_PER_ACCELERATOR * detPow(rel, -NPC_HBM_ELASTICITY);
    case "dram": {
      const shock = hasModifier(state, "ddr-shock") ? 1 + EVENT_EFFECTS.ddrShockDemand : 1;
      return n.dramDemand * shock * detPow(rel, -NPC_DRAM_ELASTICITY);
    }
    case "accelerator":
      return NPC_EXTRA_ACCEL_DEMAND * detPow(rel, -0.5);
  }
}


/** HBM stacks a licensed unit carries: a stack, or an accelerator's eight. */
function licensedStacks(good: Good): number {
  return good === "accelerator" ? STACKS_PER_ACCELERATOR : 1;
}

/** What China pays per unit over the market price for a licensed purchase, as a multiple. */
function licenceMarkup(state: GameState, id: FactionId, good: Good): number {
  return licensedPurchase(state, id, good) ? 1 + LICENCE_FEE : 1;
}

function playerBids(state: GameState, good: Good, price: number, licence: { stacksLeft: number }): Offer[] {
  const money = price * MARKETS[good].moneyPerUnitPerPrice;
  const bids: Offer[] = [];
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    if (blockedPurchase(state, id, good)) continue;
    let want = 0;
    for (const s of state.spotOrders) if (s.faction === id && s.good === good && s.side === "buy" && (s.limitPrice === null || s.limitPrice >= price)) want += s.quantity;
    for (const p of f.procurement) if (p.good === good && !isSupplyDeal(p) && p.maxPrice >= price) want += p.perMonth;
    // Licences cover so many stacks a month, loose or on accelerators.
    if (licensedPurchase(state, id, good)) want = Math.min(want, Math.max(0, licence.stacksLeft) / licensedStacks(good));
    const affordable = money > 0 ? Math.max(0, f.cash) / (money * licenceMarkup(state, id, good)) : want;
    if (want > affordable) {
      if (good === "wafer") f.flows.cashShortWafers += want - affordable;
      if (good === "hbm") f.flows.cashShortHbm += want - affordable;
    }
    if (want > 0) bids.push({ who: id, quantity: Math.min(want, affordable) });
  }
  return bids;
}

function playerOffers(state: GameState, good: Good, price: number): Offer[] {
  const offers: Offer[] = [];
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    let q = autoSells(id, good) ? stockOf(f, good) : 0;
    if (!autoSells(id, good)) {
      for (const s of state.spotOrders) if (s.faction === id && s.good === good && s.side === "sell" && (s.limitPrice === null || s.limitPrice <= price)) q += s.quantity;
      q = Math.min(q, stockOf(f, good));
    }
    if (q > 0) offers.push({ who: id, quantity: q, waferYield: good === "wafer" ? f.logicWaferYield : undefined, premium: good === "wafer" ? f.logicWaferPremium : undefined });
    if (good === "wafer") f.flows.wafersOffered = q;
    if (good === "hbm") f.flows.hbmOffered = q;
    f.flows.offeredVolume += atReference(f, good, q);
  }
  return offers;
}


/** Clears one good; returns what the non-player buyers received. */
function clearGood(state: GameState, good: Good, licence: { stacksLeft: number }): { quantity: number; waferYield: number } {
  const market = state.markets[good];
  const price = market.price;
  const money = price * MARKETS[good].moneyPerUnitPerPrice;
  const npcDemand = npcBids(state, good, price);
  const npc = npcOffer(state, good);
  npc.quantity = serveSupplyDeals(state, good, npc);
  const offers = [...playerOffers(state, good, price), npc];
  const bids = [...playerBids(state, good, price, licence), { who: "npc", quantity: npcDemand }];
  // Leading-edge wafers and HBM are allocated to long-standing customers first (hyperscalers'
  // yearly deals): a buyer on the spot market gets what is left ("sold out for 2026").
  // Commodity DRAM and accelerators clear pro rata.
  const result = good === "wafer" || good === "hbm" ? clear(offers, bids, "npc") : clear(offers, bids);
  let npcGot = 0;
  let madeSold = 0;
  for (const s of result.sold) {
    if (s.who === "npc") madeSold += s.quantity;
    if (s.who === "npc" || s.quantity <= 0) continue;
    const f = state.factions[s.who as FactionId];
    // A node's wafers sell at its own price: N2 dearer than the N3-class reference, N7 cheaper.
    const value = s.quantity * money * (good === "wafer" ? f.logicWaferPremium : 1);
    const own = sellStock(f, good, s.quantity);
    madeSold += own;
    earn(f, value);
    f.flows.salesValue += value;
    f.flows.salesVolume += atReference(f, good, s.quantity);
    if (good === "wafer") {
      f.flows.wafersSold += own;
      f.flows.wafersResold += s.quantity - own;
    }
    if (good === "hbm") f.flows.hbmSold += own;
  }
  for (const b of result.bought) {
    if (b.who === "npc") {
      npcGot = b.quantity;
      continue;
    }
    const f = state.factions[b.who as FactionId];
    // A licensed purchase uses up the month's licences and pays the fee on top (to nobody in the game).
    if (licensedPurchase(state, b.who as FactionId, good)) licence.stacksLeft -= b.quantity * licensedStacks(good);
    spend(f, b.quantity * money * (good === "wafer" ? result.premium : 1) * licenceMarkup(state, b.who as FactionId, good));
    addBoughtStock(f, good, b.quantity, result.waferYield, result.premium);
  }
  if (good === "hbm") state.world.hbmSoldTotal += madeSold;
  if (good === "wafer") state.world.logicSoldAI += result.sold.reduce((a, s) => a + s.quantity, 0);
  movePrice(good, market, result.demand, result.supply);
  return { quantity: npcGot, waferYield: result.waferYield };
}

/** Leading-edge wafers wanted at the reference price: the demand TSMC's milestone measures. */
function leadingEdgeDemand(state: GameState): number {
  const n = state.npc;
  let players = 0;
  for (const c of state.contracts) if (c.status === "active" && c.good === "wafer") players += c.perMonth;
  for (const id of FACTION_IDS) for (const p of state.factions[id].procurement) if (p.good === "wafer") players += p.perMonth;
  for (const s of state.spotOrders) if (s.good === "wafer" && s.side === "buy") players += s.quantity;
  return n.waferDemand + n.aiAcceleratorsPerMonth / (DIES_PER_WAFER * NPC_WAFER_YIELD) + players;
}

export function runMarkets(state: GameState): void {
  state.world.hbmSoldTotal = 0;
  state.world.logicSoldAI = 0;
  state.world.leadingEdgeDemand = leadingEdgeDemand(state);
  // Contract HBM counts toward world HBM sales too.
  for (const id of FACTION_IDS) state.world.hbmSoldTotal += state.factions[id].flows.hbmSold;
  const licence = { stacksLeft: LICENSED_STACKS_PER_MONTH };
  const npcReceived = Object.fromEntries(GOODS.map((good) => [good, clearGood(state, good, licence)])) as Record<Good, { quantity: number; waferYield: number }>;
  state.spotOrders = [];
  // Deals of fixed length (Tesla's 18-month HBM deal) end.
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    f.procurement = f.procurement.filter((p) => p.untilMonth === undefined || p.untilMonth === null || p.untilMonth > state.month);
  }

  // Non-player AI: accelerators built from what hyperscalers could buy.
  const n = state.npc;
  const dies = npcReceived.wafer.quantity * DIES_PER_WAFER * (npcReceived.wafer.waferYield || NPC_WAFER_YIELD);
  const built = Math.min(dies, npcReceived.hbm.quantity / STACKS_PER_ACCELERATOR) + npcReceived.accelerator.quantity;
  n.aiComputeGW = n.aiComputeGW * (1 - ACCELERATOR_RETIREMENT_PER_MONTH) + built * GW_PER_KACCEL;
  state.world.newComputeGW = built * GW_PER_KACCEL;
  n.aiAcceleratorsPerMonth *= 1 + NPC_AI_ACCEL_GROWTH * n.aiDemandFactor;
  n.waferDemand *= 1 + NPC_WAFER_DEMAND_GROWTH;
  n.dramDemand *= 1 + NPC_DRAM_DEMAND_GROWTH;

  // Unsold stock beyond a couple of months' output is not kept.
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    if (autoSells(id, "wafer")) takeStock(f, "wafer", f.logicWafers - INVENTORY_MONTHS * f.flows.logicWafersMade);
    if (autoSells(id, "hbm")) takeStock(f, "hbm", f.hbm - INVENTORY_MONTHS * f.flows.hbmMade);
    f.dram = Math.min(f.dram, INVENTORY_MONTHS * Math.max(f.flows.dramMade, 1));
  }
}
