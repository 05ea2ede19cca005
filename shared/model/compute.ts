// Powered compute in GW: ground + orbit at full draw, edge units at night duty.
import { GW_PER_KACCEL } from "../data/chain";
import { EDGE_DUTY } from "../data/power";
import type { FactionState } from "./types";

export function computeGW(f: FactionState): number {
  return (f.poweredAccelerators + f.orbitAccelerators + f.edgeAccelerators * EDGE_DUTY) * GW_PER_KACCEL;
}
