// People: hires arrive, some leave, everyone is paid; and how staff are shared between running and building fabs.
import { ATTRITION_PER_MONTH, ENGINEER_SALARY, ENGINEERS_PER_10K, MIN_STAFFING_RATE, PHD_SALARY, PHDS_PER_10K_RAMP } from "../../data/construction";
import { FACTION_IDS, type FactionId } from "../../data/factions";
import { NODES } from "../../data/nodes";
import type { Fab, GameState } from "../../model/types";
import { spend } from "../money";

/** Engineers (thousands) a fab needs now. DRAM and older nodes need fewer per wafer (scaled by capex). */
export function engineersNeeded(fab: Fab): number {
  const scale = NODES[fab.node].capexPerK / 400;
  return ENGINEERS_PER_10K[fab.stage] * (fab.capacity / 10) * scale;
}

export interface Staffing {
  /** Share of need met for running fabs and for fabs being built, and PhD coverage for ramps. */
  ops: number;
  build: number;
  phd: number;
}

export function staffingOf(state: GameState, faction: FactionId): Staffing {
  return staffingByFaction(state, faction)[faction];
}

function staffingFrom(state: GameState, id: FactionId, [opsNeed, buildNeed, phdNeed]: number[]): Staffing {
  const f = state.factions[id];
  const ops = opsNeed > 0 ? Math.min(1, f.engineers / opsNeed) : 1;
  const left = Math.max(0, f.engineers - opsNeed);
  const build = buildNeed > 0 ? Math.min(1, left / buildNeed) : 1;
  const phd = phdNeed > 0 ? Math.min(1, f.phds / phdNeed) : 1;
  return { ops: Math.max(MIN_STAFFING_RATE, ops), build: Math.max(MIN_STAFFING_RATE, build), phd };
}

/** Every faction's staffing from one pass over the fabs (or just one faction's). */
export function staffingByFaction(state: GameState, only?: FactionId): Record<FactionId, Staffing> {
  const need = { tesla: [0, 0, 0], tsmc: [0, 0, 0], samsung: [0, 0, 0], china: [0, 0, 0] };
  for (const fab of state.fabs) {
    if (only !== undefined && fab.owner !== only) continue;
    const n = need[fab.owner];
    const e = engineersNeeded(fab);
    if (fab.stage === "ramp" || fab.stage === "volume") n[0] += e;
    else n[1] += e;
    if (fab.stage === "ramp") n[2] += PHDS_PER_10K_RAMP * (fab.capacity / 10);
  }
  if (only !== undefined) return { [only]: staffingFrom(state, only, need[only]) } as Record<FactionId, Staffing>;
  return { tesla: staffingFrom(state, "tesla", need.tesla), tsmc: staffingFrom(state, "tsmc", need.tsmc), samsung: staffingFrom(state, "samsung", need.samsung), china: staffingFrom(state, "china", need.china) };
}

export function runTalent(state: GameState): void {
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    const arriving = f.hiring.filter(([m]) => m <= state.month);
    for (const [, e, p] of arriving) {
      f.engineers += e;
      f.phds += p;
    }
    f.hiring = f.hiring.filter(([m]) => m > state.month);
    f.engineers *= 1 - ATTRITION_PER_MONTH;
    f.phds *= 1 - ATTRITION_PER_MONTH;
    spend(f, f.engineers * ENGINEER_SALARY + f.phds * PHD_SALARY);
  }
}
