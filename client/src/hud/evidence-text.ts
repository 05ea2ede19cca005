// The limiting factor's proof in words: the month's own numbers. One reading for the HUD, the
// replay and the faction cards, so they never disagree.
import type { Evidence, LimitingFactor } from "../../../shared/index";
import { tr } from "../i18n";

/** The proof of this factor, or what the factor means when the engine has no numbers for it.
 *  A month in which nothing reached assembly (the first month, a halted site) reads as that,
 *  not as "used every one of 0 dies while 0 stacks stand spare". */
export function evidenceText(factor: LimitingFactor, e: Evidence): string {
  if (e.key === "evidence.none" && factor !== "none") return tr(`factor.${factor}.why`);
  const p = e.params;
  if (e.key === "evidence.logic" && p.dies === 0) return tr(p.stacks === 0 ? "evidence.logic.nothing" : "evidence.logic.nothingStacks", p);
  if (e.key === "evidence.memory" && p.stacks === 0) return tr("evidence.memory.nothing", p);
  return tr(e.key, p);
}
