// Money: borrow, repay, lobby for or against export controls. Rates, credit and refusals are the engine's preview.
import { LOOSEN_MAX_PER_MONTH, MAX_ORDER_MONEY } from "../../../../shared/index";
import type { FormSpec } from "../form";
import { keyed } from "./options";

export const borrow: FormSpec = {
  id: "borrow",
  title: "order.borrow",
  help: "order.borrow.help",
  fields: [{ name: "amount", label: "field.amount", kind: "number", min: 100, max: MAX_ORDER_MONEY, step: 100, initial: () => 5000 }],
  build(v) {
    return { type: "borrow", amount: Number(v.amount) };
  },
};

export const repay: FormSpec = {
  id: "repay",
  title: "order.repay",
  fields: [{ name: "amount", label: "field.amount", kind: "number", min: 100, max: MAX_ORDER_MONEY, step: 100, initial: () => 1000 }],
  build(v) {
    return { type: "repay", amount: Number(v.amount) };
  },
};

export const lobby: FormSpec = {
  id: "lobby",
  title: "order.lobby",
  help: "order.lobby.help",
  fields: [
    // China lobbies only to loosen (the engine refuses the other way): the choice offered is the one it has.
    { name: "direction", label: "field.direction", kind: "select", options: (ctx) => keyed(ctx.faction === "china" ? ["loosen"] : ["tighten", "loosen"], "direction"), initial: (ctx) => (ctx.faction === "china" ? "loosen" : "tighten") },
    { name: "amount", label: "field.amount", kind: "number", min: 100, max: MAX_ORDER_MONEY, step: 100, initial: (ctx) => (ctx.faction === "china" ? LOOSEN_MAX_PER_MONTH : 1000) },
    // Loosening is paced a month at a time, so it is lobbied every month; a push to tighten is bought at once.
    { name: "everyMonth", label: "field.everyMonth", kind: "checkbox", follows: (_ctx, values) => values.direction === "loosen" },
  ],
  build(v) {
    return { type: "lobby", direction: v.direction as "tighten" | "loosen", amount: Number(v.amount), ...(v.everyMonth ? { everyMonth: true } : {}) };
  },
};
