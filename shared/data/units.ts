// Units used everywhere in the engine (so every number below reads the same way):
//   money          $M (millions of US dollars)
//   wafers         thousands of wafers; fab capacity in kWSPM (thousand wafer starts per month)
//   dies, accelerators, HBM stacks   thousands
//   commodity DRAM PB (petabytes); its price is quoted in $/GB
//   power          GW
//   engineers      thousands of people; PhDs in hundreds of people
//   time           months; month 0 = January 2026
export const START_YEAR = 2026;

export function monthLabel(month: number): string {
  const year = START_YEAR + Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${year}-${String(m).padStart(2, "0")}`;
}
