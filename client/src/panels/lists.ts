// The player's fabs, tool orders in the vendors' queues, and contracts, with their buttons.
import { TOOL_LINES, forCause, prepayCost, type ContractPublic, type FactionId } from "../../../shared/index";
import { tr } from "../i18n";
import { goodInText, money, monthName, num, pct } from "../i18n/format";
import { fabsOf, isBuilding, monthsToVolume, queuePlace, stageShare, toolsShare } from "../model/derive";
import { h } from "../ui/dom";
import type { PanelContext } from "./context";
import { actionButton, type ListSpec } from "./list";
import { fabLabel, lineLabel } from "./specs/options";
import { priceText } from "./specs/market";

function bar(share: number, cls = ""): HTMLElement {
  return h("div", { class: `bar ${cls}`, role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": Math.round(share * 100) }, h("span", { style: { width: `${Math.round(share * 100)}%` } }));
}

export const fabList: ListSpec = {
  id: "fabs",
  title: "list.fabs",
  empty: "list.fabs.empty",
  rows(ctx: PanelContext) {
    return fabsOf(ctx.view, ctx.faction).map((fab) => {
      const building = isBuilding(fab);
      const status = fab.stage === "ramp" || fab.stage === "volume"
        ? tr("fab.yield", { y: pct(fab.yield) })
        : tr("fab.stageProgress", { p: pct(stageShare(fab)), tools: pct(toolsShare(fab)) });
      const eta = fab.stage === "volume" ? tr("fab.inVolume") : tr("fab.volumeEta", { month: monthName(ctx.view.month + monthsToVolume(fab)) });
      const blocker = fab.blocker ? h("span", { class: `blocker factor-${fab.blocker === "halted" ? "none" : fab.blocker}` }, tr(`blocker.${fab.blocker}`)) : null;
      const actions = h("div", { class: "row-actions" });
      if (building) {
        actions.append(actionButton("fabs", fab.id, tr("action.orderKit"), { type: "orderToolKit", fabId: fab.id }, ctx, `kit-${fab.id}`));
        actions.append(actionButton("fabs", fab.id, tr(fab.overtime ? "action.overtimeOff" : "action.overtimeOn"), { type: "setOvertime", fabId: fab.id, on: !fab.overtime }, ctx, `overtime-${fab.id}`));
      }
      const el = h("div", { class: `row fab-row stage-${fab.stage}`, testid: `fab-${fab.id}` },
        h("div", { class: "row-head" }, h("strong", {}, fabLabel(fab)), blocker),
        bar(fab.stage === "ramp" || fab.stage === "volume" ? fab.yield : stageShare(fab), `stage-${fab.stage}`),
        h("div", { class: "row-sub" }, `${status} · ${eta}`, fab.overtime ? ` · ${tr("fab.overtime")}` : ""),
        actions);
      return { key: fab.id, el };
    });
  },
};

export const toolQueue: ListSpec = {
  id: "queue",
  title: "list.queue",
  empty: "list.queue.empty",
  rows(ctx: PanelContext) {
    return ctx.view.toolOrders.filter((o) => o.faction === ctx.faction && o.delivered < o.quantity).map((o) => {
      const q = queuePlace(ctx.view, o);
      const prepaid = o.prepaid;
      const cost = prepayCost(o);
      const euv = TOOL_LINES[o.line]?.kind === "euv";
      const el = h("div", { class: `row queue-row${euv ? " euv" : ""}`, testid: `toolorder-${o.id}` },
        h("div", { class: "row-head" }, h("strong", {}, lineLabel(o.line)), h("span", { class: "queue-place", testid: `queue-place-${o.id}` }, tr("queue.place", { place: q.place, of: q.of }))),
        h("div", { class: "row-sub" }, tr("queue.detail", { done: num(o.delivered), n: num(o.quantity), ahead: num(q.ahead), eta: monthName(q.etaMonth) }), prepaid ? ` · ${tr("queue.prepaid")}` : ""),
        prepaid ? null : h("div", { class: "row-actions" }, actionButton("queue", o.id, tr("action.prepay", { cost: money(cost) }), { type: "prepay", orderId: o.id }, ctx, `prepay-${o.id}`)));
      return { key: o.id, el };
    });
  },
};

/** Who has fallen short how many deliveries running, and whether that lets the other side walk away for free. */
function breachRunText(c: ContractPublic, me: FactionId, other: FactionId): string {
  const free = c.breakFee !== null && c.breakFee[c.breachedBy === c.seller ? "buyer" : "seller"] === 0;
  const key = c.breachedBy === me ? (free ? "contract.run.mineFree" : "contract.run.mine") : (free ? "contract.run.otherFree" : "contract.run.other");
  return tr(key, { who: tr(`faction.${other}`), n: c.breachRun });
}

/** Open and running contracts first, then the year's finished ones, the latest ended first. */
function contractsOf(ctx: PanelContext): ContractPublic[] {
  const mine = ctx.view.contracts.filter((c) => c.buyer === ctx.faction || c.seller === ctx.faction);
  const open = mine.filter((c) => c.status === "offered" || c.status === "active");
  const finished = mine.filter((c) => c.status !== "offered" && c.status !== "active").sort((a, b) => (b.endedMonth ?? 0) - (a.endedMonth ?? 0));
  return [...open, ...finished];
}

/** Who ended a broken contract, and whether for the other side's missed deliveries (then without paying). */
function brokenText(c: ContractPublic, me: FactionId, other: FactionId): string {
  const by = c.endedBy ?? other;
  const cause = forCause(c, by);
  if (by === me) return tr(cause ? "contract.endedByYouForCause" : "contract.brokenByYou", { who: tr(`faction.${other}`), n: c.breachRun });
  return tr(cause ? "contract.endedForCause" : "contract.brokenBy", { who: tr(`faction.${other}`), n: c.breachRun });
}

/** What a finished contract came to: when it ended, who broke it, and, if it ever delivered, how much of what was due came. */
function finishedLines(c: ContractPublic, me: FactionId, other: FactionId): HTMLElement[] {
  const unit = tr(`unit.${c.good}`);
  const lines = [h("div", { class: "row-sub" }, tr("contract.ended", { n: num(c.perMonth), unit, price: priceText(c.good, c.price), month: monthName(c.endedMonth ?? 0) }))];
  if (c.status === "broken") lines.push(h("div", { class: "row-sub", testid: `contract-broken-${c.id}` }, brokenText(c, me, other)));
  const due = c.delivered + c.shortfall;
  if (due > 0) lines.push(h("div", { class: `row-sub${c.shortfall > 0 ? " warn" : ""}`, testid: `contract-delivered-${c.id}` }, tr("contract.deliveredOf", { delivered: num(c.delivered), due: num(due), unit })));
  return lines;
}

export const contractList: ListSpec = {
  id: "contracts",
  title: "list.contracts",
  empty: "list.contracts.empty",
  rows(ctx: PanelContext) {
    return contractsOf(ctx).map((c) => {
      const other = c.seller === ctx.faction ? c.buyer : c.seller;
      const selling = c.seller === ctx.faction;
      const head = h("div", { class: "row-head" }, h("strong", {}, tr(selling ? "contract.sellTo" : "contract.buyFrom", { who: tr(`faction.${other}`), good: goodInText(c.good) })), h("span", { class: "tag" }, tr(`contract.status.${c.status}`)));
      if (c.status !== "offered" && c.status !== "active") {
        return { key: c.id, el: h("div", { class: `row contract-row finished status-${c.status}`, testid: `contract-${c.id}` }, head, ...finishedLines(c, ctx.faction, other)) };
      }
      const actions = h("div", { class: "row-actions" });
      if (c.status === "offered" && c.offeredBy !== ctx.faction) {
        actions.append(actionButton("contracts", c.id, tr("action.accept"), { type: "acceptContract", contractId: c.id }, ctx, `accept-${c.id}`));
        actions.append(actionButton("contracts", c.id, tr("action.decline"), { type: "declineContract", contractId: c.id }, ctx, `decline-${c.id}`));
      } else if (c.status === "offered") {
        actions.append(actionButton("contracts", c.id, tr("action.cancel"), { type: "cancelContract", contractId: c.id }, ctx, `cancel-${c.id}`));
      } else if (c.status === "active" && c.breakFee) {
        const fee = c.breakFee[selling ? "seller" : "buyer"];
        const who = tr(`faction.${other}`);
        // The other side has broken it month after month: the rules let this side walk away for free.
        const ask = fee === 0
          ? { title: tr("contract.end.title"), text: tr("contract.end.text", { who, n: c.breachRun }), confirm: tr("contract.end.yes"), cancel: tr("contract.break.no"), testid: "break-confirm" }
          : { title: tr("contract.break.title"), text: tr("contract.break.text", { who, fee: money(fee) }), confirm: tr("contract.break.yes"), cancel: tr("contract.break.no"), testid: "break-confirm" };
        const label = fee === 0 ? tr("action.endContract") : tr("action.breakContract", { fee: money(fee) });
        actions.append(actionButton("contracts", c.id, label, { type: "breakContract", contractId: c.id }, ctx, `break-${c.id}`, ask));
      }
      // The rules count a contract's months down as it delivers: what is left is its months.
      const left = c.months;
      const el = h("div", { class: `row contract-row status-${c.status}`, testid: `contract-${c.id}` },
        head,
        h("div", { class: "row-sub" }, tr("contract.terms", { n: num(c.perMonth), unit: tr(`unit.${c.good}`), price: priceText(c.good, c.price), left })),
        c.site ? h("div", { class: "row-sub", testid: `contract-site-${c.id}` }, tr(selling ? "contract.siteMine" : "contract.siteTheirs", { site: tr(`site.${c.site}`), who: tr(`faction.${other}`) })) : null,
        c.breaches > 0 ? h("div", { class: "row-sub warn" }, tr("contract.short", { n: num(c.breaches) })) : null,
        c.status === "active" && c.breachedBy && c.breachRun > 0 ? h("div", { class: "row-sub warn", testid: `breach-run-${c.id}` }, breachRunText(c, ctx.faction, other)) : null,
        actions);
      return { key: c.id, el };
    });
  },
};
