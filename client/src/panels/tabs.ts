// Which forms, lists and boxes each order tab holds. Every order in OrderSchema a player
// can give has a form or a row button here (injectEvent is the teacher's, in the classroom).
import type { FormSpec } from "./form";
import type { ListSpec } from "./list";
import type { Widget } from "./widgets";
import { eventRisks, exportControls, marketCharts, powerStatus } from "./widgets";
import { contractList, fabList, toolQueue } from "./lists";
import { monthlyCastingsList, monthlyLaunchesList, monthlyLobbyList, monthlyResearchList, monthlyToolMakersList } from "./monthly-lists";
import { buildFab, expandFab, setOvertime } from "./specs/fabs";
import { fundVendor, orderToolKit, orderTools } from "./specs/tools";
import { buildPower, deployEdge, fundCasting, fundLaunches, launch, orderTurbines } from "./specs/power";
import { fundResearch, hire, poach } from "./specs/people";
import { borrow, lobby, repay } from "./specs/finance";
import { curbSolarExports } from "./specs/counter-controls";
import { setHbmShare, setProcurement, spotTrade, supplyDeal } from "./specs/market";
import { offerContract } from "./specs/contracts";

export type TabItem = { form: FormSpec } | { list: ListSpec } | { widget: () => Widget };

export const TAB_IDS = ["fabs", "tools", "power", "people", "money", "market", "deals"] as const;
export type TabId = (typeof TAB_IDS)[number];

export const TABS: Record<TabId, TabItem[]> = {
  fabs: [{ list: fabList }, { form: buildFab }, { form: expandFab }, { form: setOvertime }],
  tools: [{ list: toolQueue }, { form: orderToolKit }, { form: orderTools }, { list: monthlyToolMakersList }, { form: fundVendor }],
  power: [{ widget: powerStatus }, { form: buildPower }, { form: launch }, { form: orderTurbines }, { list: monthlyCastingsList }, { form: fundCasting }, { form: deployEdge }, { list: monthlyLaunchesList }, { form: fundLaunches }],
  people: [{ form: hire }, { form: poach }, { list: monthlyResearchList }, { form: fundResearch }],
  money: [{ form: borrow }, { form: repay }, { widget: exportControls }, { list: monthlyLobbyList }, { form: lobby }, { form: curbSolarExports }],
  market: [{ widget: marketCharts }, { widget: eventRisks }, { form: setProcurement }, { form: supplyDeal }, { form: spotTrade }, { form: setHbmShare }],
  deals: [{ list: contractList }, { form: offerContract }],
};
