// The monthly funding a faction keeps (research programmes, lobbying), each with its Stop button.
import { stopOrderOf, type FactionPublic } from "../../../shared/index";
import { tr } from "../i18n";
import { money, monthName } from "../i18n/format";
import { h } from "../ui/dom";
import type { PanelContext } from "./context";
import { actionButton, type ListSpec } from "./list";

type Funding = FactionPublic["monthlyFunding"][number];

function row(listId: string, key: string, head: string, m: Funding, ctx: PanelContext): { key: string; el: HTMLElement } {
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

/** The research programmes' monthly funding (People tab) or the lobbying's (Money tab). */
function monthlyList(id: "monthlyResearch" | "monthlyLobby", kind: Funding["order"]["type"]): ListSpec {
  return {
    id,
    title: `list.${id}`,
    empty: `list.${id}.empty`,
    rows: (ctx) => mine(ctx).filter((m) => m.order.type === kind).map((m) => m.order.type === "fundResearch"
      ? row(id, m.order.program, tr("monthly.research", { program: tr(`research.${m.order.program}`), amount: money(m.order.amount) }), m, ctx)
      : row(id, "lobby", tr("monthly.lobby", { direction: tr(`direction.${m.order.direction}`), amount: money(m.order.amount) }), m, ctx)),
  };
}

export const monthlyResearchList = monthlyList("monthlyResearch", "fundResearch");
export const monthlyLobbyList = monthlyList("monthlyLobby", "lobby");
