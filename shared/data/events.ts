// The seeded event deck (docs/design.md §10). Effects are applied in rules/month/events.ts; texts are in i18n.

export const EVENT_IDS = [
  "taiwan-earthquake",
  "export-escalation",
  "ddr-shock",
  "ai-demand-surge",
  "turbine-delay",
  "solar-tariff",
  "launch-failure",
  "asml-expansion",
  "china-litho-rumour",
  "grid-buildout",
  "texas-power-cut",
] as const;
export type EventId = (typeof EVENT_IDS)[number];

/** Chance each month that the next card of the deck is drawn. tuned (~1 event a year). */
export const EVENT_CHANCE_PER_MONTH = 0.09;
/** No event in the first months (let players find their feet). tuned */
export const EVENT_GRACE_MONTHS = 4;
/** Sizes of effects. src: WORLD-DATA where noted, else tuned. */
export const EVENT_EFFECTS = {
  earthquakeHaltMonths: 2, // Taiwan 1999 Chi-Chi quake halted fabs ~2 weeks–months; tuned
  ddrShockPrice: 0.45, // WORLD-DATA: DDR5 spot +59 % in one month (Oct 2025)
  ddrShockDemand: 0.25,
  ddrShockMonths: 6,
  aiSurge: 0.2,
  turbineDelayGW: 25,
  solarTariffExtra: 0.25,
  asmlEuvExtra: 1,
  chinaLithoProgress: 0.08,
  gridBuildoutMonths: 12,
  gridBuildoutFactor: 1.6,
  launchFailureMonths: 3,
  powerCutMonths: 1,
};
