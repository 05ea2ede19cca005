// Fabs start wafers: logic wafers carry their yield; DRAM wafers split between
// HBM stacks and commodity DRAM (HBM takes ~3x the area per GB).
import { DRAM_PB_PER_KWAFER, GB_PER_STACK, STACKS_PER_DRAM_WAFER } from "../../data/chain";
import { FACTION_IDS } from "../../data/factions";
import { NPC_HBM_SHIFT_PER_MONTH, NPC_MEMORY_MAKERS, MARKETS } from "../../data/markets";
import { DUV_COST_PREMIUM, NODES } from "../../data/nodes";
import { isProducing } from "../../model/fab-plan";
import { addStock } from "../../model/stock";
import type { GameState } from "../../model/types";
import { spend } from "../money";
import { staffingByFaction } from "./talent";

/** $M earned per thousand DRAM wafers used as HBM or as commodity DRAM at today's prices. */
export function dramWaferValues(state: GameState, yieldShare: number): { hbm: number; dram: number } {
  const hbm = STACKS_PER_DRAM_WAFER * yieldShare * state.markets.hbm.price * MARKETS.hbm.moneyPerUnitPerPrice;
  const dram = DRAM_PB_PER_KWAFER * yieldShare * state.markets.dram.price * MARKETS.dram.moneyPerUnitPerPrice;
  return { hbm, dram };
}

/** A node's wafer price relative to the wafer market's N3-class reference. src: WORLD-DATA "Wafer prices" (NODES.waferPrice). */
export function waferPremium(node: keyof typeof NODES): number {
  return NODES[node].waferPrice / NODES.N3.waferPrice;
}

export function runProduction(state: GameState): void {
  const staffing = staffingByFaction(state);
  for (const id of FACTION_IDS) {
    const fl = state.factions[id].flows;
    fl.logicWafersMade = 0;
    fl.dramWafers = 0;
    fl.hbmMade = 0;
    fl.dramMade = 0;
    fl.goodDies = 0;
    fl.leadingEdgeWafersMade = 0;
    fl.newLogicWafers = 0;
    fl.newLeadingEdgeWafers = 0;
    fl.newHbmMade = 0;
  }
  for (const fab of state.fabs) {
    fab.output = 0;
    if (!isProducing(fab) || state.siteHaltedUntil[fab.site] > state.month) continue;
    const f = state.factions[fab.owner];
    const wafers = fab.capacity * staffing[fab.owner].ops;
    fab.output = wafers;
    spend(f, wafers * NODES[fab.node].waferCost * (fab.multipatterning ? 1 + DUV_COST_PREMIUM : 1));
    if (fab.kind === "logic") {
      addStock(f, "wafer", wafers, fab.yield, waferPremium(fab.node));
      f.flows.logicWafersMade += wafers;
      if (NODES[fab.node].leadingEdge) f.flows.leadingEdgeWafersMade += wafers;
      if (fab.credited) f.flows.newLogicWafers += wafers;
      if (fab.credited && NODES[fab.node].leadingEdge) f.flows.newLeadingEdgeWafers += wafers;
    } else {
      const stacks = wafers * f.hbmShare * STACKS_PER_DRAM_WAFER * fab.yield;
      const accepted = stacks * f.hbmAcceptance;
      const rejectedPB = ((stacks - accepted) * GB_PER_STACK) / 1000;
      const dram = wafers * (1 - f.hbmShare) * DRAM_PB_PER_KWAFER * fab.yield + rejectedPB;
      f.hbm += accepted;
      f.dram += dram;
      f.flows.dramWafers += wafers;
      f.flows.hbmMade += accepted;
      if (fab.credited) f.flows.newHbmMade += accepted;
      f.flows.dramMade += dram;
    }
  }
  runNpcMemory(state);
}

/** SK hynix and Micron grow and move wafers toward whichever of HBM or DRAM pays more. */
function runNpcMemory(state: GameState): void {
  for (const [name, m] of Object.entries(state.npc.memory)) {
    const d = NPC_MEMORY_MAKERS[name as keyof typeof NPC_MEMORY_MAKERS];
    m.capacity *= 1 + d.growth;
    const v = dramWaferValues(state, d.yield);
    // AI customers sign HBM first: the makers lean to HBM unless DDR pays clearly more.
    const lean = v.hbm > v.dram * 0.9 ? 1 : v.hbm < v.dram * 0.8 ? -1 : 0;
    // HBM lines sold under yearly contracts are not given back to DDR: the share only grows from where it starts.
    m.hbmShare = Math.min(d.hbmShareMax, Math.max(d.hbmShare, m.hbmShare + lean * NPC_HBM_SHIFT_PER_MONTH));
  }
}

export function npcMemoryOutput(state: GameState): { hbm: number; dram: number } {
  let hbm = 0;
  let dram = 0;
  for (const [name, m] of Object.entries(state.npc.memory)) {
    const d = NPC_MEMORY_MAKERS[name as keyof typeof NPC_MEMORY_MAKERS];
    hbm += m.capacity * m.hbmShare * STACKS_PER_DRAM_WAFER * d.yield;
    dram += m.capacity * (1 - m.hbmShare) * DRAM_PB_PER_KWAFER * d.yield;
  }
  return { hbm, dram };
}
