// /?solo=<faction>&difficulty=<d>&speed=<fast|normal|slow>&months=<n>&seed=<n> starts a solo
// match at once (demos and tests). ?offline=1 runs the engine in the page (development).
import { FACTION_IDS, type FactionId } from "../../../shared/index";
import type { SoloOptions } from "./start";

export function soloFromUrl(search: string): SoloOptions | null {
  const q = new URLSearchParams(search);
  const faction = q.get("solo");
  if (!faction || !(FACTION_IDS as readonly string[]).includes(faction)) return null;
  const difficulty = q.get("difficulty");
  const speed = q.get("speed");
  const months = Number(q.get("months"));
  const seed = Number(q.get("seed"));
  return {
    faction: faction as FactionId,
    difficulty: difficulty === "easy" || difficulty === "hard" ? difficulty : "normal",
    speed: speed === "fast" || speed === "slow" ? speed : "normal",
    months: months === 60 || months === 180 ? months : 120,
    seed: Number.isInteger(seed) && seed >= 0 && q.has("seed") ? seed : undefined,
    offline: q.get("offline") === "1",
  };
}

/** Drop the query so a refresh resumes the same seat instead of starting again. */
export function clearUrl(): void {
  history.replaceState(null, "", location.pathname);
}
