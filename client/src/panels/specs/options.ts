// Option lists for order fields, labelled in the player's language.
import { FACTION_IDS, GOODS, TOOL_LINES, type FactionId, type Good } from "../../../../shared/index";
import type { FabView as Fab } from "../../net/view";
import { tr } from "../../i18n";
import { num } from "../../i18n/format";
import type { Option } from "../form";
import type { PanelContext } from "../context";

export function fabLabel(fab: Fab): string {
  return tr("fab.label", { site: tr(`site.${fab.site}`), node: fab.node, cap: num(fab.capacity), stage: tr(`stage.${fab.stage}`) });
}

export function fabOptions(fabs: Fab[]): Option[] {
  return fabs.map((f) => ({ value: f.id, label: fabLabel(f) }));
}

export function lineLabel(lineId: string): string {
  const line = TOOL_LINES[lineId];
  return line ? `${tr(`vendor.${line.vendor}`)} · ${tr(`tool.${line.kind}`)}` : lineId;
}

/** A modest month of each good, in its own unit, as a form's starting quantity: about a third of
 *  Samsung's HBM output in 2026, a tenth of a new fab's wafers (one number for every good meant 100 k
 *  wafers, or 5 k stacks). */
export const TYPICAL_QUANTITY: Record<Good, number> = { wafer: 5, hbm: 200, dram: 100, accelerator: 20 };

/** Today's market price of a good, whole and at least 1, in the unit its orders are priced in
 *  ($k a wafer, $ a stack, $ a GB, $k an accelerator). */
export function marketPriceOf(ctx: PanelContext, good: Good): number {
  return Math.max(1, Math.round(ctx.view.markets[good]?.price || 1));
}

export function goodOptions(): Option[] {
  return GOODS.map((g) => ({ value: g, label: tr(`good.${g}`) }));
}

export function rivalOptions(me: FactionId): Option[] {
  return FACTION_IDS.filter((f) => f !== me).map((f) => ({ value: f, label: tr(`faction.${f}`) }));
}

export function keyed(values: readonly string[], prefix: string): Option[] {
  return values.map((v) => ({ value: v, label: tr(`${prefix}.${v}`) }));
}
