// Option lists for order fields, labelled in the player's language.
import { FACTION_IDS, GOODS, TOOL_LINES, type FactionId } from "../../../../shared/index";
import type { FabView as Fab } from "../../net/view";
import { tr } from "../../i18n";
import { num } from "../../i18n/format";
import type { Option } from "../form";

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

export function goodOptions(): Option[] {
  return GOODS.map((g) => ({ value: g, label: tr(`good.${g}`) }));
}

export function rivalOptions(me: FactionId): Option[] {
  return FACTION_IDS.filter((f) => f !== me).map((f) => ({ value: f, label: tr(`faction.${f}`) }));
}

export function keyed(values: readonly string[], prefix: string): Option[] {
  return values.map((v) => ({ value: v, label: tr(`${prefix}.${v}`) }));
}
