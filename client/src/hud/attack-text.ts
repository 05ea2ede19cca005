// "Attack it" in words: each order the engine proposes, said the way a player would.
import { standingPurchase, type FactionState, type Order } from "../../../shared/index";
import { tr } from "../i18n";
import { goodInText, money } from "../i18n/format";

const num = (x: number, d = 1) => Number(x.toFixed(d));

/** The standing purchase this order lowers, a month's quantity (null: it lowers none in force). */
function cutFrom(o: Order, mine?: Pick<FactionState, "procurement">): number | null {
  if (o.type !== "setProcurement" || mine === undefined) return null;
  const was = standingPurchase(mine, o.good)?.perMonth ?? 0;
  return o.perMonth < was ? was : null;
}

/** Does this order lower a standing purchase now in force? */
export function isCut(o: Order, mine?: Pick<FactionState, "procurement">): boolean {
  return cutFrom(o, mine) !== null;
}

/** The order the "Attack it" button is labelled with: the factor's own first order. A power attack
 *  starts by halving the purchases that pile up (money for power), which the dialog lists; under a
 *  power banner the button read "Cut the spot purchase of HBM…" instead of the edge fleet or the grid. */
export function leadOrder(orders: readonly Order[], mine?: Pick<FactionState, "procurement">): Order | undefined {
  return orders.find((o) => !isCut(o, mine)) ?? orders[0];
}

/** The order in words. Given the issuer's own faction, a standing purchase smaller than the one it
 *  replaces reads as the cut it is: "Buy 1 k wafers a month" under a memory-bound banner, when it
 *  lowered a purchase of tens of thousands, read as the opposite advice. */
export function describeOrder(o: Order, mine?: Pick<FactionState, "procurement">): string {
  switch (o.type) {
    case "deployEdge": return tr("attack.deployEdge", { n: Math.round(o.units) });
    case "launch": return tr("attack.launch", { n: o.count });
    case "buildPower": return tr(`attack.buildPower.${o.source}`, { gw: num(o.gw), region: tr(`region.${o.region}`) });
    case "orderTurbines": return tr("attack.orderTurbines", { gw: num(o.gw), maker: tr(`maker.${o.maker}`) });
    case "setProcurement": {
      const was = cutFrom(o, mine);
      return was !== null
        ? tr(`attack.setProcurement.cut.${o.good}`, { n: Math.round(o.perMonth), was: Math.round(was) })
        : tr(`attack.setProcurement.${o.good}`, { n: Math.round(o.perMonth) });
    }
    case "supplyDeal": return tr(`attack.supplyDeal.${o.good}`, { n: Math.round(o.perMonth), months: o.months });
    case "offerContract": return tr(`attack.offerContract.${o.side}`, { n: Math.round(o.perMonth), good: goodInText(o.good), who: tr(`faction.${o.to}`), months: o.months });
    case "buildFab": return tr("attack.buildFab", { node: o.node, k: o.capacity, site: tr(`site.${o.site}`) });
    case "expandFab": return tr("attack.expandFab", { k: o.capacity });
    case "orderToolKit": return tr("attack.orderToolKit");
    case "prepay": return tr("attack.prepay");
    case "fundCasting": return tr(o.everyMonth ? "attack.fundCasting.monthly" : "attack.fundCasting", { amount: money(o.amount), maker: tr(`maker.${o.maker}`) });
    case "fundVendor": return tr(o.everyMonth ? "attack.fundVendor.monthly" : "attack.fundVendor", { amount: money(o.amount), vendor: tr(`vendor.${o.vendor}`) });
    case "fundLaunches": return tr(o.everyMonth ? "attack.fundLaunches.monthly" : "attack.fundLaunches", { amount: money(o.amount) });
    case "fundResearch": return tr(o.everyMonth ? "attack.fundResearch.monthly" : "attack.fundResearch", { amount: Math.round(o.amount), program: tr(`research.${o.program}`) });
    case "lobby": return tr(o.everyMonth ? "attack.lobby.monthly" : "attack.lobby", { amount: money(o.amount), direction: tr(`direction.${o.direction}`) });
    case "stopFunding": return stopFundingText(o);
    case "setOvertime": return tr("attack.setOvertime");
    case "borrow": return tr("attack.borrow", { amount: money(o.amount) });
    case "poach": return tr("attack.poach", { engineers: Math.round(o.engineers * 1000), phds: Math.round(o.phds * 100), from: tr(`faction.${o.from}`) });
    case "hire": return tr("attack.hire", { engineers: Math.round(o.engineers * 1000), phds: Math.round(o.phds * 100) });
    case "setHbmShare": return tr("attack.setHbmShare", { pct: Math.round(o.share * 100) });
    default: return tr(`order.${o.type}`);
  }
}

function stopFundingText(o: Extract<Order, { type: "stopFunding" }>): string {
  switch (o.of) {
    case "fundResearch": return tr("attack.stopFunding.research", { program: o.program ? tr(`research.${o.program}`) : "" });
    case "fundVendor": return tr("attack.stopFunding.vendor", { vendor: o.vendor ? tr(`vendor.${o.vendor}`) : "" });
    case "fundCasting": return tr("attack.stopFunding.casting", { maker: o.maker ? tr(`maker.${o.maker}`) : "" });
    case "fundLaunches": return tr("attack.stopFunding.launches");
    case "lobby": return tr("attack.stopFunding.lobby");
  }
}
