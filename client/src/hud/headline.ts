// The one figure that says how a faction is doing at a glance: a deployer (Tesla, China) the
// compute it runs; a maker (TSMC, Samsung) runs none, so what it sold this month. Showing a
// maker "0.00 GW" told a TSMC player nothing about its own game.
import { FACTIONS, type FactionId } from "../../../shared/index";
import { tr } from "../i18n";
import { gw, money } from "../i18n/format";
import type { FactionView } from "../net/view";

export interface Headline {
  label: string;
  value: string;
  why: string;
}

export function headline(id: FactionId, f: FactionView): Headline {
  if (FACTIONS[id].deploys) return { label: tr("hud.compute"), value: gw(f.computeGW), why: tr("hud.computeWhy") };
  return { label: tr("hud.sales"), value: `${money(f.flows.salesValue)}/${tr("unit.mo")}`, why: tr("hud.salesWhy") };
}
