// Fabs move through permitting → shell → tool install → ramp → volume, as fast
// as cash, engineers and tools allow — and never faster than the calendar.
import { OVERTIME_COST_FACTOR, OVERTIME_SPEEDUP, PHD_LEARNING_BONUS, VOLUME_YIELD } from "../../data/construction";
import { FACTIONS } from "../../data/factions";
import { SITE_BUILD_SLOTS, SITES, type SiteId } from "../../data/sites";
import { YIELD_LEARNING_PER_LEVEL } from "../../data/research";
import { servicedLearningSpeed } from "../../model/sanctions";
import { deliveredShare, matureYieldOf } from "../../model/fab-plan";
import type { Fab, GameState } from "../../model/types";
import { earn, spend } from "../money";
import { staffingByFaction, type Staffing } from "./talent";

export function buildRate(fab: Fab, staffing: Staffing): number {
  return (staffing.build / FACTIONS[fab.owner].buildSpeed) * (fab.overtime ? OVERTIME_SPEEDUP : 1);
}

export function learningRate(state: GameState, fab: Fab, staffing: Staffing): number {
  const f = state.factions[fab.owner];
  return servicedLearningSpeed(state, fab.owner) * staffing.ops * (1 + PHD_LEARNING_BONUS * staffing.phd) / (1 + PHD_LEARNING_BONUS) * (1 + YIELD_LEARNING_PER_LEVEL * f.research["yield-learning"].level);
}

export function yieldAfter(state: GameState, fab: Fab, learning: number): number {
  const d = FACTIONS[fab.owner];
  const mature = matureYieldOf(state, fab);
  const start = Math.min(d.rampStartYield, mature);
  return start + (mature - start) * Math.min(1, learning / d.rampMonths);
}

/** Greenfield shells under way at a site, all builders together (expansions build inside existing fabs). */
export function shellsAt(state: GameState, site: SiteId): number {
  let n = 0;
  for (const fab of state.fabs) if (fab.site === site && fab.stage === "shell" && fab.expansionOf === null) n += 1;
  return n;
}

function enterStage(fab: Fab, stage: Fab["stage"], months: number): void {
  fab.stage = stage;
  fab.progress = 0;
  fab.stageMonths = months;
}

function advanceBuilding(state: GameState, fab: Fab, staffing: Staffing): void {
  const f = state.factions[fab.owner];
  if (fab.stage === "permitting") {
    fab.progress = Math.min(fab.stageMonths, fab.progress + 1);
    if (fab.progress < fab.stageMonths) return;
    // Permit through: the shell starts when the site has a free slot (first come, first served).
    if (shellsAt(state, fab.site) >= SITE_BUILD_SLOTS[fab.site]) {
      fab.blocker = "site";
      return;
    }
    fab.blocker = null;
    enterStage(fab, "shell", fab.shellMonths);
    return;
  }
  const rate = buildRate(fab, staffing);
  if (fab.stage === "shell") {
    const remaining = Math.max(1e-9, fab.stageMonths - fab.progress);
    const share = Math.min(1, rate / remaining);
    const pay = fab.shellCostLeft * share;
    const extra = fab.overtime ? pay * (OVERTIME_COST_FACTOR - 1) : 0;
    if (f.cash < pay + extra) {
      fab.blocker = "capital";
      return;
    }
    spend(f, pay + extra);
    earn(f, pay * SITES[fab.site].subsidyShare);
    fab.shellCostLeft -= pay;
    fab.progress += rate;
    fab.blocker = staffing.build < 1 ? "talent" : null;
    if (fab.progress >= fab.stageMonths - 1e-9) enterStage(fab, "install", fab.installMonths);
    return;
  }
  // Tool install and qualification cannot get ahead of the tools that have arrived.
  const cap = fab.stageMonths * deliveredShare(fab);
  const next = Math.min(cap, fab.progress + rate);
  fab.blocker = next < fab.progress + rate - 1e-9 ? "tools" : staffing.build < 1 ? "talent" : null;
  fab.progress = Math.max(fab.progress, next);
  if (fab.progress >= fab.stageMonths - 1e-9 && deliveredShare(fab) >= 1) {
    enterStage(fab, "ramp", FACTIONS[fab.owner].rampMonths);
    fab.learning = 0;
    fab.yield = yieldAfter(state, fab, 0);
    fab.overtime = false;
    state.eventLog.push({ month: state.month, id: "fab-tools-installed", faction: fab.owner, params: { fab: fab.id, site: fab.site, node: fab.node } });
  }
}

function advanceRamp(state: GameState, fab: Fab, staffing: Staffing): void {
  fab.learning += learningRate(state, fab, staffing);
  fab.yield = yieldAfter(state, fab, fab.learning);
  fab.blocker = staffing.ops < 1 ? "talent" : null;
  if (fab.volumeMonth === null && fab.yield >= VOLUME_YIELD - 1e-9 && staffing.ops >= 0.999) {
    fab.volumeMonth = state.month;
    state.eventLog.push({ month: state.month, id: "fab-volume", faction: fab.owner, params: { fab: fab.id, site: fab.site, node: fab.node } });
  }
  if (fab.stage === "ramp" && fab.learning >= FACTIONS[fab.owner].rampMonths) fab.stage = "volume";
}

export function runConstruction(state: GameState): void {
  const staffing = staffingByFaction(state);
  for (const fab of state.fabs) {
    if (state.siteHaltedUntil[fab.site] > state.month) {
      fab.blocker = "halted";
      continue;
    }
    const s = staffing[fab.owner];
    if (fab.stage === "ramp" || fab.stage === "volume") advanceRamp(state, fab, s);
    else advanceBuilding(state, fab, s);
  }
}
