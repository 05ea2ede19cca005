// The monthly funding a faction keeps (research programmes, lobbying, tool makers, casters,
// launches), each with its Stop button, in the tab whose forms set it.
import { stopOrderOf, whoMayRefusal, type FactionPublic } from "../../../shared/index";
import { tr } from "../i18n";
import { money, monthName } from "../i18n/format";
import { h } from "../ui/dom";
import type { PanelContext } from "./context";
import { actionButton, type ListSpec } from "./list";
import { refusalText } from "./refusal-text";

type Funding = FactionPublic["monthlyFunding"][number];
type Kind = Funding["order"]["type"];

/** A row's key (unique in its list) and its heading. */
function named(m: Funding): { key: string; head: string } {
  const o = m.order;
  const amount = money(o.amount);
  switch (o.type) {
    case "fundResearch": return { key: o.program, head: tr("monthly.research", { program: tr(`research.${o.program}`), amount }) };
    case "lobby": return { key: "lobby", head: tr("monthly.lobby", { direction: tr(`direction.${o.direction}`), amount }) };
    case "fundVendor": return { key: `vendor-${o.vendor}`, head: tr("monthly.vendor", { vendor: tr(`vendor.${o.vendor}`), amount }) };
    case "fundCasting": return { key: `casting-${o.maker}`, head: tr("monthly.casting", { maker: tr(`maker.${o.maker}`), amount }) };
    case "fundLaunches": return { key: "launches", head: tr("monthly.launches", { amount }) };
  }
}

function row(listId: string, m: Funding, ctx: PanelContext): { key: string; el: HTMLElement } {
  const { key, head } = named(m);
  const spent = m.order.type === "fundResearch" ? ctx.view.factions[ctx.faction]?.research[m.order.program]?.spent : undefined;
  const sub = [
    tr("monthly.since", { month: monthName(m.sinceMonth) }),
    ...(spent === undefined ? [] : [tr("monthly.researchSpent", { spent: money(spent) })]),
    ...(m.short ? [tr("monthly.short")] : []),
  ].join(" · ");
  const el = h("div", { class: "row monthly-row", testid: `monthly-${key}` },
    h("div", { class: "row-head" }, h("strong", {}, head)),
    h("div", { class: `row-sub${m.short ? " warn" : ""}` }, sub),
    h("div", { class: "row-actions" }, actionButton(listId, key, tr("action.stopFunding"), stopOrderOf(m.order), ctx, `stop-${key}`)));
  return { key, el };
}

const mine = (ctx: PanelContext): Funding[] => ctx.view.factions[ctx.faction]?.monthlyFunding ?? [];

type ListId = "monthlyResearch" | "monthlyLobby" | "monthlyToolMakers" | "monthlyCastings" | "monthlyLaunches";

function monthlyList(id: ListId, kind: Kind): ListSpec {
  return {
    id,
    title: `list.${id}`,
    empty: `list.${id}.empty`,
    // A seat that may not give the order (only Tesla launches) is told why, not how to set one.
    emptyText: (ctx) => {
      const refusal = whoMayRefusal(kind, ctx.faction);
      return refusal ? refusalText(refusal) : null;
    },
    rows: (ctx) => mine(ctx).filter((m) => m.order.type === kind).map((m) => row(id, m, ctx)),
  };
}

export const monthlyResearchList = monthlyList("monthlyResearch", "fundResearch");
export const monthlyLobbyList = monthlyList("monthlyLobby", "lobby");
export const monthlyToolMakersList = monthlyList("monthlyToolMakers", "fundVendor");
export const monthlyCastingsList = monthlyList("monthlyCastings", "fundCasting");
export const monthlyLaunchesList = monthlyList("monthlyLaunches", "fundLaunches");
