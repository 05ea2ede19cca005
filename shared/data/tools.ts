// Tool lines: who makes what, how many a month, at what price (docs/design.md §5).

export const TOOL_KINDS = ["euv", "duv", "dep", "etch", "track", "inspect"] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

export const VENDOR_IDS = ["asml", "amat", "lam", "tel", "kla", "domestic"] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

export interface ToolLineData {
  vendor: VendorId;
  kind: ToolKind;
  /** Tools built per month at the start (all customers). */
  outputPerMonth: number;
  /** Natural growth of monthly output per month. */
  growthPerMonth: number;
  /** Ceiling of monthly output without funded expansion. */
  outputCap: number;
  /** Share of output taken by non-player customers (Intel, SK hynix, Micron, …). tuned */
  npcShare: number;
  /** Price per tool, $M. */
  price: number;
  /** Months from order to the earliest delivery. */
  leadMonths: number;
}

export const TOOL_LINES: Record<string, ToolLineData> = {
  // ≥ 60 low-NA EUV in 2026 (~5/month), ~80 in 2027; price €170–200 M; lead "over 12 months". src: WORLD-DATA "ASML and tools".
  "asml:euv": { vendor: "asml", kind: "euv", outputPerMonth: 5, growthPerMonth: 0.04, outputCap: 7, npcShare: 0.45, price: 200, leadMonths: 12 },
  // ~250 immersion DUV a year (WORLD-DATA: 300–421 lithography units a year incl. EUV). Price ~$60 M. tuned within src.
  "asml:duv": { vendor: "asml", kind: "duv", outputPerMonth: 26, growthPerMonth: 0.08, outputCap: 36, npcShare: 0.5, price: 60, leadMonths: 8 },
  // Deposition, etch, coat/develop, inspection: volumes and prices tuned so tools are ~70 % of fab cost (docs/design.md §5).
  "amat:dep": { vendor: "amat", kind: "dep", outputPerMonth: 150, growthPerMonth: 0.6, outputCap: 220, npcShare: 0.5, price: 25, leadMonths: 6 },
  "lam:etch": { vendor: "lam", kind: "etch", outputPerMonth: 190, growthPerMonth: 0.8, outputCap: 280, npcShare: 0.5, price: 20, leadMonths: 6 },
  "tel:track": { vendor: "tel", kind: "track", outputPerMonth: 40, growthPerMonth: 0.15, outputCap: 60, npcShare: 0.4, price: 40, leadMonths: 6 },
  "kla:inspect": { vendor: "kla", kind: "inspect", outputPerMonth: 40, growthPerMonth: 0.15, outputCap: 60, npcShare: 0.4, price: 20, leadMonths: 6 },
  // China's domestic tool makers (SMEE, Naura, AMEC…): small output, sold only to China. Domestic EUV only after the programme succeeds. src: WORLD-DATA "China" (SMEE at 90 nm, EUV prototype 2025); volumes tuned.
  "domestic:duv": { vendor: "domestic", kind: "duv", outputPerMonth: 2, growthPerMonth: 0.03, outputCap: 6, npcShare: 0, price: 45, leadMonths: 6 },
  "domestic:dep": { vendor: "domestic", kind: "dep", outputPerMonth: 20, growthPerMonth: 0.2, outputCap: 50, npcShare: 0, price: 18, leadMonths: 5 },
  "domestic:etch": { vendor: "domestic", kind: "etch", outputPerMonth: 25, growthPerMonth: 0.25, outputCap: 60, npcShare: 0, price: 15, leadMonths: 5 },
  "domestic:track": { vendor: "domestic", kind: "track", outputPerMonth: 4, growthPerMonth: 0.04, outputCap: 12, npcShare: 0, price: 30, leadMonths: 5 },
  "domestic:inspect": { vendor: "domestic", kind: "inspect", outputPerMonth: 4, growthPerMonth: 0.04, outputCap: 12, npcShare: 0, price: 15, leadMonths: 5 },
  "domestic:euv": { vendor: "domestic", kind: "euv", outputPerMonth: 0.8, growthPerMonth: 0.05, outputCap: 3, npcShare: 0, price: 150, leadMonths: 9 },
};
export const TOOL_LINE_IDS = Object.keys(TOOL_LINES);
/** Each kind's lines, foreign vendors first, then China's own: the order a buyer tries them in. */
export const TOOL_LINES_OF_KIND = Object.fromEntries(TOOL_KINDS.map((kind) => {
  const ids = TOOL_LINE_IDS.filter((id) => TOOL_LINES[id].kind === kind);
  return [kind, [...ids.filter((id) => !id.startsWith("domestic")), ...ids.filter((id) => id.startsWith("domestic"))]];
})) as Record<ToolKind, string[]>;

/** Funding a vendor's expansion: each $M adds this much to monthly output (all its lines, scaled by line size). tuned */
export const VENDOR_FUNDING_OUTPUT_PER_BILLION = 0.06; // +6 % of base output per $1 B
/** Funded output arrives after this many months (a factory takes time). tuned */
export const VENDOR_FUNDING_DELAY = 12;
/** Prepaying moves an order ahead of every unprepaid order; it costs this share of the order's undelivered value. tuned ("the Jensen move", docs/design.md §5) */
export const PREPAY_PREMIUM = 0.2;

/** Export controls for China by sanction level (0 = licensed, 1 = today, 3 = full embargo). src: WORLD-DATA "Controls" (EUV blocked since 2019; DUV and US tools restricted 2022–2024); quotas tuned. */
export const SANCTION_MIN = 0;
export const SANCTION_MAX = 3;
const TODAYS_QUOTA: Partial<Record<ToolKind, number>> = { duv: 3, dep: 20, etch: 25, track: 6, inspect: 5 };
export const CHINA_QUOTA: Record<number, Partial<Record<ToolKind, number>>> = {
  // Licences for AI chips change nothing for tools.
  0: TODAYS_QUOTA,
  1: TODAYS_QUOTA,
  2: { duv: 1, dep: 8, etch: 10, track: 3, inspect: 2 },
  3: {},
};
/** Price premium China pays for foreign tools under controls, by level. tuned */
export const CHINA_PREMIUM: Record<number, number> = { 0: 0.25, 1: 0.25, 2: 0.5, 3: 1 };
/**
 * Under a full embargo (SANCTION_MAX) Western makers may not service the tools already in China's fabs,
 * nor their people support them: China's fabs learn yield at this share of their speed. src: WORLD-DATA
 * "Controls" (the US rules of Oct 2022 bar US persons from supporting advanced fabs in China; the scope
 * widened in Sep 2024); the share tuned (at 0.7 China won 19 % of all-hard 120-month matches, at 0.5 7.5 %).
 * Only the all-hard matches reach the embargo often (normal rivals stop at tight controls), so the share
 * sets the all-hard China: at 0.85 it won 34.0 % of 120-month ones on the mean of twelve seed sets of 200
 * (27.5–41.5 by set; 36.6 % on the mean of the four from seed 40 001), at 0.8 30.4 % (25–38), at 0.75
 * 27.0 % (22–32) but the all-hard Tesla of 180-month matches 34.4 % (29.5 % at 0.85, 32.0 % at 0.8).
 * The step lies between 0.83 (34.0 %, as 0.85) and 0.82 (30.5 %): 0.8 keeps clear of it. The hard
 * China seat, whose rivals are normal, hardly moves (45.5 → 45.3 % at 120 months).
 */
export const EMBARGO_LEARNING_SPEED = 0.8;
/** Lobbying spend that moves the sanction level one step. tuned */
export const LOBBY_COST_PER_STEP = 3000;
/**
 * The most a faction's lobbying to loosen the controls counts for in a month ($M): Washington
 * tightens by a rule issued overnight (Oct 2022, Oct 2023, Dec 2024) but loosens by slow licence
 * reviews (the H20 and H200 licences of 2025 took months each; public reports). China's bot lobbies
 * at this pace (bots/lobbying.ts). Without the cap a China player that lobbied $300 M a month on top
 * of the normal bot's play kept the HBM licences 50 months of a 120-month match instead of 5, doubled
 * its compute and won 88 % of 60-month matches against three normal bots (18 % without), 37 % of
 * 120-month ones (25 %); seeds 1–60. Tightening has no such cap: spending more to tighten only cost
 * the rival that did it (Tesla, TSMC or Samsung at $1 B a month won less, 60 and 120 months).
 */
export const LOOSEN_MAX_PER_MONTH = 100;
/**
 * At the lowest sanction level HBM and AI accelerators are licensed to China shipment by shipment, as
 * the US licensed Nvidia's H200 in December 2025 against a quarter of the price (public reports; not
 * in WORLD-DATA): China pays this share on top of the market price, and the licences cover at most
 * this many thousand HBM stacks a month, loose or on accelerators (8 each). The volume is tuned
 * (seeds 1–100): uncapped, China won 59 % of all-normal 60-month matches even with Tesla lobbying
 * $300 M a month against the licences; capped at 400 k stacks, the licences hardly mattered (an idle
 * Tesla moved China's compute by 3 % at most); at 800 k by 12 %; at 1 500 k by 20–23 % (11 % from
 * month 73), at 2 000 k by 23–35 %. 2 000 k also made a Samsung that qualified its HBM early win
 * three times as often as one that qualified late (seeds 1–300: 27 / 14 / 9 %; 1 500 k: 27 / 20 /
 * 22 %), as it sold into the licensed months' dearer HBM; over four seed sets of 200 (tuned /
 * unseen) 1 500 k gives cells 3.3 / 6.1 and hard seats 0.6 / 0.0 (2 000 k: 3.4 / 5.3, 1.2 / 1.1).
 */
export const LICENCE_FEE = 0.25;
export const LICENSED_STACKS_PER_MONTH = 1500;
