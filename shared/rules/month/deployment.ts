// Deployers turn dies and HBM into accelerators — min(good dies, stacks ÷ 8) —
// and switch on as many as their power allows. The rest wait in the warehouse.
import { ACCELERATOR_RETIREMENT_PER_MONTH, DIES_PER_WAFER, STACKS_PER_ACCELERATOR } from "../../data/chain";
import { FACTION_IDS, FACTIONS } from "../../data/factions";
import type { GameState } from "../../model/types";
import { groundSlots } from "./power";
import { useStock } from "../../model/stock";

export function runAssembly(state: GameState): void {
  for (const id of FACTION_IDS) {
    if (!FACTIONS[id].deploys) continue;
    const f = state.factions[id];
    const dies = f.logicWafers * DIES_PER_WAFER * f.logicWaferYield;
    const made = Math.min(dies, f.hbm / STACKS_PER_ACCELERATOR);
    f.flows.goodDies = dies;
    f.flows.stacksAvailable = f.hbm;
    f.flows.acceleratorsMade = made;
    f.flows.hbmUsed = made * STACKS_PER_ACCELERATOR;
    if (made <= 0) continue;
    // What it bought goes into its accelerators first: its own lines' wafers and HBM are what it can sell on as its own.
    useStock(f, "wafer", made / (DIES_PER_WAFER * f.logicWaferYield));
    useStock(f, "hbm", made * STACKS_PER_ACCELERATOR);
    f.warehouse += made;
  }
}

export function runSwitchOn(state: GameState): void {
  for (const id of FACTION_IDS) {
    const f = state.factions[id];
    f.poweredAccelerators *= 1 - ACCELERATOR_RETIREMENT_PER_MONTH;
    f.orbitAccelerators *= 1 - ACCELERATOR_RETIREMENT_PER_MONTH;
    f.edgeAccelerators *= 1 - ACCELERATOR_RETIREMENT_PER_MONTH;
    if (!FACTIONS[id].deploys) {
      f.flows.newlyPowered = 0;
      continue;
    }
    const slots = Math.max(0, groundSlots(state, id) - f.poweredAccelerators);
    const on = Math.min(slots, f.warehouse);
    f.warehouse -= on;
    f.poweredAccelerators += on;
    f.flows.newlyPowered = on;
  }
}
