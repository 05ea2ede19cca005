// Faction emblems for the DOM (small SVG files, fetched by the browser when shown).
import type { FactionId } from "../../../shared/index";
import tesla from "../../../assets/images/emblem-tesla.svg?url";
import tsmc from "../../../assets/images/emblem-tsmc.svg?url";
import samsung from "../../../assets/images/emblem-samsung.svg?url";
import china from "../../../assets/images/emblem-china.svg?url";
import { h } from "./dom";

const URLS: Record<FactionId, string> = { tesla, tsmc, samsung, china };

export function emblem(id: FactionId, size = 32): HTMLImageElement {
  return h("img", { src: URLS[id], width: size, height: size, alt: "", class: "emblem", decoding: "async" });
}
