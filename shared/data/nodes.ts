// Process nodes: what a fab makes, what it costs and which tools it needs (docs/design.md §5).
import type { ToolKind } from "./tools";

export const NODE_IDS = ["N7", "N5", "N3", "N2", "D1c"] as const;
export type NodeId = (typeof NODE_IDS)[number];
export type FabKind = "logic" | "dram";

export interface NodeData {
  kind: FabKind;
  /** Capex per kWSPM, $M. src: WORLD-DATA "Cost: 2 nm fab of 50 k wafers/month ≈ $28 B; 3 nm ≈ $20 B" (IBS est.); DRAM ~$15 B / 50 k (the first design's figure). */
  capexPerK: number;
  /** Share of capex that is the shell and cleanroom (the rest is tools). src: the first design ("about 70 % of it is tools"); tuned. */
  shellShare: number;
  /** Tools needed per 10 kWSPM. src: the first design (N3); other nodes tuned. */
  toolsPer10k: Partial<Record<ToolKind, number>>;
  /** Leading edge: counts toward the leading-edge wafer market and TSMC's demand share. */
  leadingEdge: boolean;
  /** Reference wafer price, $k. src: WORLD-DATA "Wafer prices" (N7 $10 k, N5 $16 k, N3 $18–27 k, N2 ~$30 k). */
  waferPrice: number;
  /** Operating cost per wafer, $k (materials, power, staff not counted elsewhere). tuned */
  waferCost: number;
}

const LEADING_LOGIC_TOOLS = { euv: 5, duv: 8, dep: 20, etch: 25, track: 5, inspect: 6 };

export const NODES: Record<NodeId, NodeData> = {
  N7: { kind: "logic", capexPerK: 250, shellShare: 0.3, toolsPer10k: { duv: 10, dep: 14, etch: 18, track: 4, inspect: 4 }, leadingEdge: false, waferPrice: 10, waferCost: 5 },
  N5: { kind: "logic", capexPerK: 350, shellShare: 0.3, toolsPer10k: { euv: 4, duv: 8, dep: 18, etch: 22, track: 5, inspect: 5 }, leadingEdge: false, waferPrice: 16, waferCost: 7 },
  N3: { kind: "logic", capexPerK: 400, shellShare: 0.3, toolsPer10k: LEADING_LOGIC_TOOLS, leadingEdge: true, waferPrice: 20, waferCost: 8 },
  N2: { kind: "logic", capexPerK: 560, shellShare: 0.3, toolsPer10k: { euv: 7, duv: 8, dep: 26, etch: 32, track: 6, inspect: 8 }, leadingEdge: true, waferPrice: 30, waferCost: 11 },
  D1c: { kind: "dram", capexPerK: 300, shellShare: 0.3, toolsPer10k: { euv: 2, duv: 10, dep: 20, etch: 25, track: 5, inspect: 4 }, leadingEdge: false, waferPrice: 0, waferCost: 4 },
};

/**
 * Without EUV, China makes 7 nm-class logic by DUV multi-patterning; 5 nm-class needs 4x patterning.
 * A fab built without EUV swaps each EUV tool for this many extra DUV tools, and its yield is capped.
 * src: WORLD-DATA "SMIC on DUV: ~50 % yield at 7 nm, 30–40 % at 5 nm (4x patterning)".
 */
export const DUV_SUBSTITUTE_PER_EUV = 3;
export const DUV_YIELD_CAP: Partial<Record<NodeId, number>> = { N7: 0.5, N5: 0.35, N3: 0.2, N2: 0.1 };
/** Cost premium of multi-patterning (more passes). src: WORLD-DATA "prices 40–50 % above TSMC". */
export const DUV_COST_PREMIUM = 0.45;
