// The seeded event deck (docs/design.md §10): drawn by the engine, or injected by a teacher.
import { EVENT_CHANCE_PER_MONTH, EVENT_EFFECTS, EVENT_GRACE_MONTHS, EVENT_IDS, type EventId } from "../../data/events";
import { MARKETS } from "../../data/markets";
import { SANCTION_MAX } from "../../data/tools";
import { DISASTER_HALT_MONTHS } from "../../data/construction";
import { SITES, SITE_IDS, type SiteId } from "../../data/sites";
import { chance, randomInt, shuffle } from "../../model/rng";
import type { GameState } from "../../model/types";
import { addModifier } from "../modifiers";
import { reportLicenceChange } from "./licence-news";

function haltSite(state: GameState, site: SiteId, months: number): void {
  state.siteHaltedUntil[site] = Math.max(state.siteHaltedUntil[site], state.month + months);
}

export function applyEvent(state: GameState, id: EventId, injected = false): void {
  switch (id) {
    case "taiwan-earthquake":
      haltSite(state, "taiwan", EVENT_EFFECTS.earthquakeHaltMonths);
      break;
    case "export-escalation": {
      const before = state.sanctionLevel;
      state.sanctionLevel = Math.min(SANCTION_MAX, state.sanctionLevel + 1);
      reportLicenceChange(state, before);
      break;
    }
    case "ddr-shock":
      state.markets.dram.price = Math.min(MARKETS.dram.basePrice * MARKETS.dram.cap, state.markets.dram.price * (1 + EVENT_EFFECTS.ddrShockPrice));
      addModifier(state, "ddr-shock", EVENT_EFFECTS.ddrShockMonths);
      break;
    case "ai-demand-surge":
      state.npc.aiAcceleratorsPerMonth *= 1 + EVENT_EFFECTS.aiSurge;
      break;
    case "turbine-delay":
      for (const t of Object.values(state.turbines)) t.backlogGW += EVENT_EFFECTS.turbineDelayGW / 3;
      for (const p of state.power) {
        if (p.source !== "turbine" || p.readyMonth === null) continue;
        p.readyMonth += 6;
        p.delayMonths = (p.delayMonths ?? 0) + 6;
      }
      break;
    case "solar-tariff":
      addModifier(state, "solar-tariff", 24);
      break;
    case "launch-failure":
      addModifier(state, "launch-failure", EVENT_EFFECTS.launchFailureMonths);
      break;
    case "asml-expansion":
      state.toolLines["asml:euv"].fundedExtra += EVENT_EFFECTS.asmlEuvExtra;
      break;
    case "china-litho-rumour":
      state.factions.china.research["domestic-euv"].spent += state.factions.china.research["domestic-euv"].cost * EVENT_EFFECTS.chinaLithoProgress;
      break;
    case "grid-buildout":
      addModifier(state, "grid-buildout", EVENT_EFFECTS.gridBuildoutMonths);
      break;
    case "texas-power-cut":
      haltSite(state, "texas", EVENT_EFFECTS.powerCutMonths);
      break;
  }
  state.eventLog.push(injected ? { month: state.month, id: `event:${id}`, params: { injected: 1 } } : { month: state.month, id: `event:${id}` });
}

/** Monthly: maybe draw the next card; maybe a site disaster outside the deck. */
export function runEvents(state: GameState): void {
  if (state.options.events && state.month >= EVENT_GRACE_MONTHS && chance(state, EVENT_CHANCE_PER_MONTH)) {
    if (state.deck.length === 0) state.deck = shuffle(state, [...EVENT_IDS]);
    const id = state.deck.shift() as EventId;
    applyEvent(state, id);
  }
  if (!state.options.events) return;
  for (const site of SITE_IDS) {
    if (chance(state, SITES[site].disasterChance)) {
      const months = randomInt(state, DISASTER_HALT_MONTHS.min, DISASTER_HALT_MONTHS.max);
      haltSite(state, site, months);
      state.eventLog.push({ month: state.month, id: "site-halted", params: { site, months } });
    }
  }
}
