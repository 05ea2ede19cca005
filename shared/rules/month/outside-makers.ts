// The outside makers (SK hynix and Micron for memory, Intel's foundry and the like for wafers): what
// they put on the market each month, and the supply deals players sign on that output — served
// before the spot market, from a share of it that every player's deals draw on together.
import { FACTION_IDS } from "../../data/factions";
import { CONTRACT_LEAD_MONTHS } from "../../data/limits";
import { MARKETS, NPC_ACCELERATOR_OFFER, NPC_WAFER_SUPPLY, SUPPLY_DEAL_SHARE, type Good, type SupplyDealGood } from "../../data/markets";
import { isSupplyDeal } from "../../model/standing-purchase";
import { addBoughtStock } from "../../model/stock";
import type { GameState, Procurement } from "../../model/types";
import { spend } from "../money";
import type { Offer } from "./clearing";
import { npcMemoryOutput } from "./production";

/** What the non-player sellers offer a month: the outside makers' wafers and memory, a few hyperscaler accelerators. */
export function npcOffer(state: GameState, good: Good): Offer {
  const mem = npcMemoryOutput(state);
  switch (good) {
    case "wafer": return { who: "npc", quantity: NPC_WAFER_SUPPLY, waferYield: 0.75, premium: 1 };
    case "hbm": return { who: "npc", quantity: mem.hbm };
    case "dram": return { who: "npc", quantity: mem.dram };
    case "accelerator": return { who: "npc", quantity: state.npc.aiAcceleratorsPerMonth * NPC_ACCELERATOR_OFFER };
  }
}

/** Players' supply deals for a good still running in a month (`from`): what they take of the outside makers' share. */
function dealsRunning(state: GameState, good: SupplyDealGood, from: number): Procurement[] {
  const out: Procurement[] = [];
  for (const id of FACTION_IDS) for (const p of state.factions[id].procurement) if (p.good === good && isSupplyDeal(p) && (p.untilMonth == null || p.untilMonth >= from)) out.push(p);
  return out;
}

/** What the outside makers can still promise a month in supply deals that start at `from`: their share less the deals running then. */
export function supplyDealRoom(state: GameState, good: SupplyDealGood, from = state.month + CONTRACT_LEAD_MONTHS): number {
  const taken = dealsRunning(state, good, from).reduce((s, p) => s + p.perMonth, 0);
  return Math.max(0, SUPPLY_DEAL_SHARE * npcOffer(state, good).quantity - taken);
}

/** Months from now until every deal running at `from` has ended: the earliest a new deal could start with the room whole. */
export function supplyDealWait(state: GameState, good: SupplyDealGood, from = state.month + CONTRACT_LEAD_MONTHS): number {
  // A deal without an end (none is signed so; a scenario could) holds its share to the end of the match.
  const ends = dealsRunning(state, good, from).map((p) => (p.untilMonth ?? state.options.months) + 1);
  return ends.length === 0 ? 0 : Math.max(1, Math.max(...ends) - state.month);
}

/** Supply deals with the non-player makers come out of their output before the spot market, at the deal's price. Returns what is left. */
export function serveSupplyDeals(state: GameState, good: Good, npc: Offer): number {
  let left = npc.quantity;
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    for (const p of f.procurement) {
      if (p.good !== good || !isSupplyDeal(p) || left <= 0 || (p.fromMonth ?? 0) > state.month) continue;
      const money = p.fixedPrice * MARKETS[good].moneyPerUnitPerPrice;
      const q = Math.min(p.perMonth, left, money > 0 ? Math.max(0, f.cash) / money : p.perMonth);
      if (q < p.perMonth && good === "hbm") f.flows.cashShortHbm += Math.max(0, p.perMonth - (money > 0 ? Math.max(0, f.cash) / money : p.perMonth));
      if (q <= 0) continue;
      spend(f, q * money);
      addBoughtStock(f, good, q, npc.waferYield, npc.premium);
      // Not secured HBM for Tesla's memory milestone, which asks for its own lines or contracts with
      // other factions: counted, a Tesla that booked the makers' room won 80 % of 60-month matches
      // and 69 % of 120-month ones against 23 % and 24 % (docs/design.md §7).
      // Sold all the same, outside the spot market: world sales (the makers' share milestones) count it.
      if (good === "hbm") state.world.hbmSoldTotal += q;
      if (good === "wafer") state.world.logicSoldAI += q;
      left -= q;
    }
  }
  return left;
}
