// People and research: hire engineers and PhDs, fund research programmes.
import {
  ENGINEER_SALARY, HIRE_DELAY_MONTHS, PHD_SALARY, TALENT_POOL, FACTIONS, HIRING_FEE_MONTHS, RESEARCH, RESEARCH_IDS, type ResearchId,
} from "../../../../shared/index";
import { tr } from "../../i18n";
import { money, monthName, num } from "../../i18n/format";
import type { PanelContext } from "../context";
import type { FormSpec } from "../form";

export const hire: FormSpec = {
  id: "hire",
  title: "order.hire",
  help: "order.hire.help",
  fields: [
    { name: "engineers", label: "field.engineers", kind: "number", min: 0, max: 50, step: 0.1, initial: () => 0.5 },
    { name: "phds", label: "field.phds", kind: "number", min: 0, max: 50, step: 0.1, initial: () => 0.2 },
  ],
  build(v) {
    const e = Number(v.engineers), p = Number(v.phds);
    if (!(e >= 0 && e <= 50 && p >= 0 && p <= 50) || e + p <= 0) return null;
    return { type: "hire", engineers: e, phds: p };
  },
  preview(v, ctx) {
    const e = Number(v.engineers) || 0, p = Number(v.phds) || 0;
    const pool = TALENT_POOL[FACTIONS[ctx.faction].homeRegion];
    const monthly = e * ENGINEER_SALARY + p * PHD_SALARY;
    return {
      cost: monthly * HIRING_FEE_MONTHS,
      lines: [
        tr("preview.hire.arrive", { month: monthName(ctx.view.month + HIRE_DELAY_MONTHS), salary: money(monthly) }),
        // Engine units: engineers in thousands, PhDs in hundreds; people read head counts.
        tr("preview.hire.pool", { e: num(Math.round(pool.engineers * 1000)), p: num(Math.round(pool.phds * 100)) }),
        tr("preview.hire.now", { e: num(Math.round(ctx.me.engineers * 1000)), p: num(Math.round(ctx.me.phds * 100)) }),
      ],
    };
  },
};

const programs = (ctx: PanelContext) => RESEARCH_IDS.filter((r) => RESEARCH[r].factions.includes(ctx.faction));

export const fundResearch: FormSpec = {
  id: "fundResearch",
  title: "order.fundResearch",
  help: "order.fundResearch.help",
  fields: [
    { name: "program", label: "field.program", kind: "select", options: (ctx) => programs(ctx).map((r) => ({ value: r, label: tr(`research.${r}`) })), initial: (ctx) => programs(ctx)[0] },
    { name: "amount", label: "field.amount", kind: "number", min: 10, max: 1000, step: 10, initial: (ctx) => RESEARCH[programs(ctx)[0]].maxPerMonth },
  ],
  build(v) {
    const a = Number(v.amount);
    return a > 0 && a <= 1_000_000 && v.program ? { type: "fundResearch", program: v.program as ResearchId, amount: a } : null;
  },
  preview(v, ctx) {
    const id = v.program as ResearchId;
    const r = RESEARCH[id];
    const prog = ctx.me.research[id];
    const a = Number(v.amount) || 0;
    const room = Math.max(0, r.maxPerMonth - (ctx.me.researchThisMonth[id] ?? 0));
    // Paced on the middle of what is known; the range narrows as the money goes in.
    const left = Math.max(0, (prog.low + prog.high) / 2 - prog.spent);
    const monthsAtMax = Math.ceil(left / r.maxPerMonth);
    return {
      cost: a,
      lines: [
        tr(`research.${id}.what`),
        prog.high > prog.low + 0.5
          ? tr("preview.research.range", { spent: money(prog.spent), low: money(prog.low), high: money(prog.high) })
          : tr("preview.research.progress", { level: prog.level, levels: r.levels, spent: money(prog.spent), cost: money(prog.low) }),
        tr("preview.research.pace", { max: money(r.maxPerMonth), months: monthsAtMax, month: monthName(ctx.view.month + monthsAtMax) }),
      ],
      warn: prog.level >= r.levels ? tr("refusal.researchDone") : a > room + 1e-9 ? tr("refusal.researchMonthlyCap", { max: r.maxPerMonth, left: Math.round(room) }) : null,
    };
  },
};
