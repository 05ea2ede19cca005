// Money: borrow, repay, lobby for or against export controls. Rates, credit and refusals are the engine's preview.
import { MAX_ORDER_MONEY } from "../../../../shared/index";
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
    { name: "amount", label: "field.amount", kind: "number", min: 100, max: MAX_ORDER_MONEY, step: 100, initial: () => 1000 },
  ],
  build(v) {
    return { type: "lobby", direction: v.direction as "tighten" | "loosen", amount: Number(v.amount) };
  },
};
