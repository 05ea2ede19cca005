// The seller's own breach of a contract made at a site says where: its stock elsewhere cannot serve
// it (a TSMC with wafers to spare in Taiwan fell short on AI5's Arizona half and was not told why).
import type { ContractPublic } from "../../../shared/index";
import { tr } from "../i18n";
import type { Effect } from "../net/view";

export function breachSiteNote(e: Effect, contracts: readonly ContractPublic[] | undefined): string {
  const id = e.params.contract;
  const c = typeof id === "string" ? contracts?.find((x) => x.id === id) : undefined;
  if (e.kind !== "contract-breach" || !c?.site || e.faction !== c.seller) return "";
  return tr("news.contract-breach.site", { site: tr(`site.${c.site}`) });
}
