// How trade previews name a good's price and unit: text keys the client fills in its language.
import type { Good } from "../../data/markets";
import type { EffectParam } from "../../protocol/preview";

/** A price in the good's own unit ("$850/stack"); DRAM is quoted in cents. */
export function priceParam(good: Good, price: number): EffectParam {
  const digits = good === "dram" ? 100 : 1;
  return { text: `price.${good}`, params: { p: Math.round(price * digits) / digits } };
}

export function unitParam(good: Good): EffectParam {
  return { text: `unit.${good}` };
}
