// An order's effect line from the engine's dry run, in the player's language: the engine sends
// text keys and values, the client formats money, dates and GW as everywhere else.
import type { EffectParam, OrderEffect } from "../../../shared/index";
import { tr } from "../i18n";
import { gw, money, monthName, num, pct, years } from "../i18n/format";

function formatted(p: EffectParam): string | number {
  if (typeof p === "string" || typeof p === "number") return p;
  if ("money" in p) return money(p.money);
  if ("month" in p) return monthName(p.month);
  if ("gw" in p) return gw(p.gw);
  if ("pct" in p) return pct(p.pct, p.digits ?? 0);
  if ("num" in p) return num(p.num, p.digits);
  if ("years" in p) return years(p.years);
  return tr(p.text, p.params);
}

export function effectText(e: OrderEffect): string {
  if (!e.params) return tr(e.key);
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(e.params)) params[k] = formatted(v);
  return tr(e.key, params);
}
