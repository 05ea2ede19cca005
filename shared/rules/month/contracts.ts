// Contract deliveries run before the spot market: what is promised goes first.
// A seller who falls short is in breach and pays a penalty on what was missed; a buyer who cannot
// pay is in breach too. Either one, short months running, lets the other side walk away for free.
import { MARKETS } from "../../data/markets";
import { addBoughtStock, sellStock, stockOf } from "../../model/stock";
import type { GameState } from "../../model/types";
import type { FactionId } from "../../data/factions";
import type { SiteId } from "../../data/sites";
import { NODES } from "../../data/nodes";
import { earn, spend } from "../money";
import { BREACH_NEWS_EVERY, BREACH_PENALTY, OFFER_EXPIRY_MONTHS, TERMINATION_BREACHES } from "../../data/limits";
import { atReference } from "../../model/reference-value";
import { endContract, keptInList } from "../../model/contract-end";

/** Leading-edge wafers the faction's fabs at this site turned out this month. */
function madeAt(state: GameState, owner: FactionId, site: SiteId): number {
  return state.fabs.filter((f) => f.owner === owner && f.site === site && f.kind === "logic" && NODES[f.node].leadingEdge).reduce((s, f) => s + f.output, 0);
}

export function runContracts(state: GameState): void {
  for (const c of state.contracts) {
    if (c.status === "offered" && state.month - c.offeredMonth >= OFFER_EXPIRY_MONTHS) {
      endContract(state, c, "expired");
      const to = c.offeredBy === c.buyer ? c.seller : c.buyer;
      state.eventLog.push({ month: state.month, id: "contract-expired", faction: c.offeredBy, params: { to, good: c.good } });
    }
    if (c.status !== "active" || c.startMonth === null || state.month <= c.startMonth) continue;
    const seller = state.factions[c.seller];
    const buyer = state.factions[c.buyer];
    const money = c.price * MARKETS[c.good].moneyPerUnitPerPrice;
    const affordable = money > 0 ? Math.max(0, buyer.cash) / money : Infinity;
    const qty = Math.min(c.perMonth, stockOf(seller, c.good), affordable, c.site ? madeAt(state, c.seller, c.site) : Infinity);
    if (affordable < c.perMonth) {
      if (c.good === "wafer") buyer.flows.cashShortWafers += c.perMonth - affordable;
      if (c.good === "hbm") buyer.flows.cashShortHbm += c.perMonth - affordable;
    }
    if (qty > 0) {
      const waferYield = c.good === "wafer" ? seller.logicWaferYield : 0;
      const premium = c.good === "wafer" ? seller.logicWaferPremium : 1;
      const own = sellStock(seller, c.good, qty);
      addBoughtStock(buyer, c.good, qty, waferYield, premium);
      spend(buyer, qty * money);
      earn(seller, qty * money);
      seller.flows.salesValue += qty * money;
      const volume = atReference(seller, c.good, qty);
      seller.flows.salesVolume += volume;
      seller.flows.offeredVolume += volume;
      if (c.good === "wafer") {
        seller.flows.wafersSold += own;
        seller.flows.wafersResold += qty - own;
      }
      if (c.good === "hbm") {
        seller.flows.hbmSold += own;
        buyer.flows.hbmSecured += qty;
      }
    }
    c.delivered += qty;
    const short = c.perMonth - qty;
    if (short <= 1e-6) {
      c.breachedBy = null;
      c.breachRun = 0;
    } else {
      c.shortfall += short;
      c.breaches += 1;
      const sellerShort = qty < affordable - 1e-9;
      const party = sellerShort ? c.seller : c.buyer;
      c.breachRun = c.breachedBy === party ? c.breachRun + 1 : 1;
      c.breachedBy = party;
      if (sellerShort) {
        const penalty = Math.min(Math.max(0, seller.cash), short * money * BREACH_PENALTY);
        spend(seller, penalty);
        earn(buyer, penalty);
      }
      const other = party === c.seller ? c.buyer : c.seller;
      const missed = Number(short.toFixed(2));
      // Both sides hear of it: the one in breach, and the one it lets walk away after TERMINATION_BREACHES
      // (then every BREACH_NEWS_EVERY months while it goes on).
      if (c.breachRun <= TERMINATION_BREACHES || c.breachRun % BREACH_NEWS_EVERY === 0) {
        state.eventLog.push({ month: state.month, id: "contract-breach", faction: party, params: { contract: c.id, good: c.good, short: missed, with: other, run: c.breachRun } });
        state.eventLog.push({ month: state.month, id: "contract-missed", faction: other, params: { contract: c.id, good: c.good, short: missed, by: party, run: c.breachRun } });
      }
    }
    c.months -= 1;
    if (c.months <= 0) {
      endContract(state, c, "completed");
      // Both sides hear it is over, and how much of what was promised came.
      const due = Math.round(c.delivered + c.shortfall);
      for (const [faction, other] of [[c.buyer, c.seller], [c.seller, c.buyer]] as const) {
        state.eventLog.push({ month: state.month, id: "contract-completed", faction, params: { with: other, good: c.good, delivered: Math.round(c.delivered), due } });
      }
    }
  }
  // Keep the list short: finished contracts leave it a year on (keptInList).
  state.contracts = state.contracts.filter((c) => keptInList(state, c));
}
