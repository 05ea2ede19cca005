// Money: borrow, repay, lobby for or against export controls.
import { LOBBY_COST_PER_STEP, SANCTION_MAX, SANCTION_MIN, rateAtDebt } from "../../../../shared/index";
import { tr } from "../../i18n";
import { money, num, pct } from "../../i18n/format";
import type { FormSpec } from "../form";
import { keyed } from "./options";

export const borrow: FormSpec = {
  id: "borrow",
  title: "order.borrow",
  help: "order.borrow.help",
  fields: [{ name: "amount", label: "field.amount", kind: "number", min: 100, max: 100000, step: 100, initial: () => 5000 }],
  build(v) {
    const a = Number(v.amount);
    return a > 0 && a <= 1_000_000 ? { type: "borrow", amount: a } : null;
  },
  preview(v, ctx) {
    const a = Number(v.amount) || 0;
    // The engine's own figures (credit follows revenue and fabs; the rate rises with leverage, so
    // the loan moves the rate on all the debt: shown after the loan, beside today's).
    const limit = ctx.me.creditLimit;
    const after = rateAtDebt(ctx.faction, ctx.me.debt + a, limit);
    return {
      cost: null,
      lines: [tr("preview.borrow.interest", { rate: pct(after, 1), now: pct(ctx.me.loanRate, 1), monthly: money(((ctx.me.debt + a) * after) / 12) }), ctx.me.debt >= 0.5 ? tr("preview.borrow.left", { left: money(Math.max(0, limit - ctx.me.debt)), debt: money(ctx.me.debt) }) : tr("preview.borrow.leftNoDebt", { left: money(limit) })],
      warn: ctx.me.debt + a > limit ? tr("refusal.creditLimit", { left: Math.round(limit - ctx.me.debt) }) : null,
    };
  },
};

export const repay: FormSpec = {
  id: "repay",
  title: "order.repay",
  fields: [{ name: "amount", label: "field.amount", kind: "number", min: 100, max: 100000, step: 100, initial: () => 1000 }],
  build(v) {
    const a = Number(v.amount);
    return a > 0 && a <= 1_000_000 ? { type: "repay", amount: a } : null;
  },
  unavailable: (ctx) => (ctx.me.debt < 0.5 ? "preview.repay.noDebt" : null),
  preview(v, ctx) {
    const a = Number(v.amount) || 0;
    return { cost: a, lines: [tr("preview.repay", { debt: money(ctx.me.debt) })], warn: a > ctx.me.debt + 1e-9 ? tr("refusal.repayMoreThanDebt", { debt: Math.round(ctx.me.debt) }) : null };
  },
};

export const lobby: FormSpec = {
  id: "lobby",
  title: "order.lobby",
  help: "order.lobby.help",
  fields: [
    { name: "direction", label: "field.direction", kind: "select", options: (ctx) => keyed(ctx.faction === "china" ? ["loosen"] : ["tighten", "loosen"], "direction"), initial: (ctx) => (ctx.faction === "china" ? "loosen" : "tighten") },
    { name: "amount", label: "field.amount", kind: "number", min: 100, max: 100000, step: 100, initial: () => 1000 },
  ],
  build(v) {
    const a = Number(v.amount);
    return a > 0 && a <= 1_000_000 ? { type: "lobby", direction: v.direction as "tighten" | "loosen", amount: a } : null;
  },
  preview(v, ctx) {
    const a = Number(v.amount) || 0;
    return {
      cost: a,
      lines: [
        tr("preview.lobby.level", { level: ctx.view.sanctionLevel, min: SANCTION_MIN, max: SANCTION_MAX }),
        tr("preview.lobby.step", { step: money(LOBBY_COST_PER_STEP), share: num((a / LOBBY_COST_PER_STEP) * 100) }),
      ],
    };
  },
};
