// Colours for factors and factions, in the normal and the colour-blind-safe (Okabe–Ito) palette.
// Shapes and letters go with colours everywhere, so nothing is told by colour alone.
import type { FactionId, LimitingFactor } from "../../../shared/index";
import { settings } from "../app/settings";

const FACTOR: Record<LimitingFactor, string> = {
  power: "#facc15", logic: "#38bdf8", memory: "#c084fc", tools: "#f87171", construction: "#fb923c",
  capital: "#4ade80", talent: "#f472b6", demand: "#2dd4bf", none: "#64748b",
};
const FACTOR_CB: Record<LimitingFactor, string> = {
  power: "#F0E442", logic: "#56B4E9", memory: "#CC79A7", tools: "#D55E00", construction: "#E69F00",
  capital: "#009E73", talent: "#0072B2", demand: "#FFFFFF", none: "#999999",
};
/** A short mark for each factor, drawn on ribbons and badges next to the colour. */
export const FACTOR_GLYPH: Record<LimitingFactor, string> = {
  power: "⚡", logic: "◆", memory: "▦", tools: "⚙", construction: "▲", capital: "$", talent: "☺", demand: "◎", none: "·",
};

const FACTION: Record<FactionId, string> = { tesla: "#ef4444", tsmc: "#3b82f6", samsung: "#14b8a6", china: "#eab308" };
const FACTION_CB: Record<FactionId, string> = { tesla: "#D55E00", tsmc: "#0072B2", samsung: "#009E73", china: "#F0E442" };
/** Line dashes per faction, so charts read without colour. */
export const FACTION_DASH: Record<FactionId, string> = { tesla: "", tsmc: "6 3", samsung: "2 3", china: "8 3 2 3" };

export function factorColor(f: LimitingFactor): string {
  return (settings().colorBlind ? FACTOR_CB : FACTOR)[f];
}

export function factionColor(f: FactionId): string {
  return (settings().colorBlind ? FACTION_CB : FACTION)[f];
}

export function hexToNumber(hex: string): number {
  return parseInt(hex.replace("#", ""), 16);
}

/** Dark or light text on a coloured background. */
export function inkOn(hex: string): string {
  const v = hexToNumber(hex);
  const r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
  return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? "#0b1020" : "#ffffff";
}
