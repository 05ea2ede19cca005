// Why a bot gave an order, in a line a player can read in the replay and the debrief ("what the
// winner did"). Read from the order and the state the bot saw: the factor it was attacking and what
// the order does about it. An i18n key and its parameters, like the limiting factor's evidence.
import type { FactionId } from "../data/factions";
import type { GameState, LimitingFactor } from "../model/types";
import { NODES } from "../data/nodes";
import type { Order } from "../protocol/order";
import { forCause } from "../rules/orders/contracts";
import { LICENSED_LEVEL, TIGHT_SANCTIONS } from "../model/sanctions";

export interface BotReason {
  key: string;
  params?: Record<string, string | number>;
}

/** Orders that answer the factor the bot is attacking say so; the others say what they are for.
 *  `factor`: the one it attacked (bots/index.ts botFactor), else the month's limiting factor. */
export function reasonFor(state: GameState, faction: FactionId, order: Order, factor: LimitingFactor = state.factions[faction].limitingFactor): BotReason {
  switch (order.type) {
    case "buildPower":
    case "orderTurbines":
    case "fundCasting":
    case "launch":
    case "fundLaunches":
    case "deployEdge":
      return { key: factor === "power" ? "bot.why.power" : "bot.why.powerAhead" };
    case "buildFab": {
      // A memory fab answers memory, a logic fab logic; a fab of the other kind is built ahead of need.
      const kind = NODES[order.node].kind;
      const answers = factor === "construction" || factor === "demand" || (factor === "logic" && kind === "logic") || (factor === "memory" && kind === "dram");
      return { key: answers ? `bot.why.fab.${factor}` : "bot.why.fab.ahead", params: { node: order.node, capacity: order.capacity } };
    }
    case "expandFab":
      return { key: "bot.why.expand", params: { capacity: order.capacity } };
    case "setOvertime":
      return { key: "bot.why.overtime" };
    case "orderTools":
    case "orderToolKit":
      return { key: "bot.why.tools" };
    case "prepay":
      return { key: "bot.why.prepay" };
    case "fundVendor":
      // China's own tool makers funded ahead of need (a late EUV programme, a blockade, the hard bot's cash).
      return factor === "tools" || order.vendor !== "domestic" ? { key: "bot.why.fundVendor", params: { vendor: order.vendor } } : { key: "bot.why.fundVendor.ahead" };
    case "fundResearch":
      return { key: `bot.why.research.${order.program}` };
    case "hire":
      return { key: "bot.why.hire" };
    case "poach":
      return { key: "bot.why.poach" };
    case "borrow":
      return { key: factor === "capital" ? "bot.why.borrow.capital" : "bot.why.borrow.ahead" };
    case "repay":
      return { key: "bot.why.repay" };
    case "spotTrade":
      if (order.side === "sell") return { key: "bot.why.sell" };
      return { key: order.good === "hbm" ? "bot.why.buy.hbm" : order.good === "wafer" ? "bot.why.buy.wafer" : "bot.why.buy.other" };
    case "offerContract":
      // Tesla secures HBM before memory binds (its memory milestone counts only secured memory).
      if (order.good === "hbm" && order.side === "buy" && factor !== "memory") return { key: "bot.why.secureHbm" };
      return { key: order.good === "hbm" ? "bot.why.buy.hbm" : order.good === "wafer" ? "bot.why.buy.wafer" : "bot.why.buy.other" };
    case "setProcurement":
    case "supplyDeal":
      return { key: order.good === "hbm" ? "bot.why.buy.hbm" : order.good === "wafer" ? "bot.why.buy.wafer" : "bot.why.buy.other" };
    case "acceptContract":
      return { key: "bot.why.contract.accept" };
    case "declineContract":
      return { key: "bot.why.contract.decline" };
    case "cancelContract":
      return { key: "bot.why.contract.cancel" };
    case "breakContract": {
      const c = state.contracts.find((x) => x.id === order.contractId);
      if (!c || !forCause(c, faction)) return { key: "bot.why.contract.break" };
      return { key: "bot.why.contract.end", params: { n: c.breachRun } };
    }
    case "setHbmShare":
      return { key: "bot.why.hbmShare", params: { share: Math.round(order.share * 100) } };
    case "lobby":
      // Past tight controls only the hard rival pushes on, for the embargo that leaves China's tools unserviced.
      if (order.direction === "tighten" && state.sanctionLevel >= TIGHT_SANCTIONS) return { key: "bot.why.lobby.embargo" };
      // At the licensed level Tesla lobbies against China's licences, not its tools.
      if (order.direction === "tighten" && state.sanctionLevel <= LICENSED_LEVEL) return { key: "bot.why.lobby.licences" };
      // China's own lobbying: for licences when HBM is what binds it.
      if (order.direction === "loosen" && state.sanctionLevel === LICENSED_LEVEL + 1 && factor === "memory") return { key: "bot.why.lobby.hbm" };
      return { key: `bot.why.lobby.${order.direction}` };
    case "stopFunding":
      return { key: "bot.why.stopFunding" };
    case "curbSolarExports":
    case "injectEvent":
      return { key: "bot.why.other" };
  }
}
