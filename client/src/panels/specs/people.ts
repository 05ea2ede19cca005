// People and research: hire engineers and PhDs, poach a rival's, fund research programmes.
// Fees, arrival dates, the labour market and research pace are the engine's preview.
import { MAX_HIRE_PER_ORDER, RESEARCH, RESEARCH_IDS, type FactionId, type ResearchId } from "../../../../shared/index";
import { tr } from "../../i18n";
import type { PanelContext } from "../context";
import type { FormSpec } from "../form";
import { rivalOptions } from "./options";

export const hire: FormSpec = {
  id: "hire",
  title: "order.hire",
  help: "order.hire.help",
  fields: [
    { name: "engineers", label: "field.engineers", kind: "number", min: 0, max: MAX_HIRE_PER_ORDER, step: 0.1, initial: () => 0.5 },
    { name: "phds", label: "field.phds", kind: "number", min: 0, max: MAX_HIRE_PER_ORDER, step: 0.1, initial: () => 0.2 },
  ],
  build(v) {
    return { type: "hire", engineers: Number(v.engineers), phds: Number(v.phds) };
  },
};

export const poach: FormSpec = {
  id: "poach",
  title: "order.poach",
  help: "order.poach.help",
  fields: [
    { name: "from", label: "field.from", kind: "select", options: (ctx) => rivalOptions(ctx.faction), initial: (ctx) => (ctx.faction === "tsmc" ? "samsung" : "tsmc") },
    { name: "engineers", label: "field.engineers", kind: "number", min: 0, max: MAX_HIRE_PER_ORDER, step: 0.1, initial: () => 0.2 },
    { name: "phds", label: "field.phds", kind: "number", min: 0, max: MAX_HIRE_PER_ORDER, step: 0.1, initial: () => 0.1 },
  ],
  build(v) {
    return { type: "poach", from: v.from as FactionId, engineers: Number(v.engineers), phds: Number(v.phds) };
  },
};

/** The programmes open to this faction: the choices the form offers. */
const programs = (ctx: PanelContext) => RESEARCH_IDS.filter((r) => RESEARCH[r].factions.includes(ctx.faction));

export const fundResearch: FormSpec = {
  id: "fundResearch",
  title: "order.fundResearch",
  help: "order.fundResearch.help",
  fields: [
    { name: "program", label: "field.program", kind: "select", options: (ctx) => programs(ctx).map((r) => ({ value: r, label: tr(`research.${r}`) })), initial: (ctx) => programs(ctx)[0] },
    { name: "amount", label: "field.amount", kind: "number", min: 10, max: 1000, step: 10, initial: (ctx) => RESEARCH[programs(ctx)[0]].maxPerMonth },
    // A programme takes years at its monthly cap: funding it once is the exception.
    { name: "everyMonth", label: "field.everyMonth", kind: "checkbox", initial: () => true },
  ],
  build(v) {
    return v.program ? { type: "fundResearch", program: v.program as ResearchId, amount: Number(v.amount), ...(v.everyMonth ? { everyMonth: true } : {}) } : null;
  },
};
