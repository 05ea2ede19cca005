// The opening test: a normal bot that at month 0 borrows everything it may and founds every fab
// the rules allow, then plays on as the normal bot. How much does that raise its win rate? And the
// same for a Tesla that books the outside makers' HBM whenever memory binds (./outside-hbm.ts).
import { botOrders, creditLeft, FACTION_IDS, NODE_IDS, SITE_IDS, runMatch, type FactionId, type GameState, type MatchLength, type Order } from "../../shared/index";
import { zeroRates, type Rates } from "./cells";
import { outsideHbmPlayer } from "./outside-hbm";

export function allInOpening(state: GameState, id: FactionId): Order[] {
  const orders: Order[] = [...botOrders(state, id, "normal")];
  if (state.month !== 0) return orders;
  const left = creditLeft(state, id);
  if (left > 0) orders.unshift({ type: "borrow", amount: Math.floor(left) });
  for (const site of SITE_IDS) for (const node of NODE_IDS) orders.push({ type: "buildFab", site, node, capacity: 50 });
  return orders;
}

export interface Opening {
  normal: Rates;
  allIn: Rates;
  /** Tesla's win rate when it books the outside HBM it is short of while memory binds. */
  outsideHbm: number;
}

/** `normal`: the all-normal win rates on the same seeds, when the caller has played them already. */
export function openingTest(months: MatchLength, matches: number, seed0: number, played?: Rates): Opening {
  const normal = played ?? zeroRates();
  const allIn = zeroRates();
  let outsideHbm = 0;
  if (!played) {
    for (let i = 0; i < matches; i++) {
      const base = runMatch({ seed: seed0 + i, months, difficulty: "normal" }).record;
      if (base.winner) normal[base.winner] += 1 / matches;
    }
  }
  for (const f of FACTION_IDS) {
    for (let i = 0; i < matches; i++) {
      const r = runMatch({ seed: seed0 + i, months, difficulty: "normal" }, { players: { [f]: allInOpening } }).record;
      if (r.winner === f) allIn[f] += 1 / matches;
    }
  }
  for (let i = 0; i < matches; i++) {
    if (runMatch({ seed: seed0 + i, months, difficulty: "normal" }, { players: { tesla: outsideHbmPlayer } }).record.winner === "tesla") outsideHbm += 1 / matches;
  }
  return { normal, allIn, outsideHbm };
}
