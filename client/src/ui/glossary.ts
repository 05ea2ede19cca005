// The glossary: the words the game uses without explaining them each time (EUV, DUV
// multipatterning, HBM, wafer starts, yield, the limiting factor…). Opened from the order
// panel; a dialog, so a solo match waits while it is read.
import { tr } from "../i18n";
import { h } from "./dom";
import { openModal } from "./modal";

export const GLOSSARY_TERMS = ["limiting", "euv", "duv", "hbm", "waferStarts", "yield", "node", "fab", "dram", "accelerator", "gw"] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/** Open the glossary, scrolled to one term if given. */
export function openGlossary(term?: GlossaryTerm): void {
  const list = h("dl", { class: "glossary" }, ...GLOSSARY_TERMS.flatMap((t) => [
    h("dt", { id: `gloss-${t}`, testid: `gloss-${t}` }, tr(`gloss.${t}`)),
    h("dd", {}, tr(`gloss.${t}.text`)),
  ]));
  openModal(tr("gloss.title"), list, "glossary");
  if (term) list.querySelector(`#gloss-${term}`)?.scrollIntoView({ block: "start" });
}
