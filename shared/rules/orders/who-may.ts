// Who may issue which order: one table, checked once before any handler runs.
import { FACTION_IDS, FACTIONS, type FactionId } from "../../data/factions";
import { LAUNCH_FACTIONS } from "../../data/power";
import type { Issuer, OrderType } from "../../protocol/order";
import { refuse, type Refusal } from "../../protocol/refusal";

/** Classroom commands: the teacher's, never a faction's. */
type TeacherOrder = "injectEvent";
export type IssuerOf<T extends OrderType> = T extends TeacherOrder ? "teacher" : FactionId;

interface WhoMay {
  /** Who may give the order. */
  issuers: readonly Issuer[];
  /** The refusal for anyone else… */
  refusal: Refusal;
  /** …unless the teacher gets its own. */
  teacher?: Refusal;
}

const CANNOT_BUILD = refuse("not-allowed", "refusal.teacherCannotBuild");
const CANNOT_TRADE = refuse("not-allowed", "refusal.teacherCannotTrade");
const DEPLOYERS = FACTION_IDS.filter((f) => FACTIONS[f].deploys);

const builds: WhoMay = { issuers: FACTION_IDS, refusal: CANNOT_BUILD };
const trades: WhoMay = { issuers: FACTION_IDS, refusal: CANNOT_TRADE };
const deploys: WhoMay = { issuers: DEPLOYERS, refusal: refuse("not-allowed", "refusal.noDataCentres"), teacher: CANNOT_BUILD };
const launches: WhoMay = { issuers: LAUNCH_FACTIONS, refusal: refuse("not-allowed", "refusal.launchTeslaOnly") };

export const WHO_MAY: Record<OrderType, WhoMay> = {
  buildFab: builds, expandFab: builds, setOvertime: builds,
  orderTools: builds, orderToolKit: builds, prepay: builds, fundVendor: builds,
  buildPower: deploys, orderTurbines: deploys, fundCasting: deploys,
  launch: launches, fundLaunches: launches,
  deployEdge: { issuers: ["tesla"], refusal: refuse("not-allowed", "refusal.edgeTeslaOnly") },
  fundResearch: builds, hire: builds, poach: builds, borrow: builds, repay: builds, lobby: builds, stopFunding: builds,
  spotTrade: trades, setProcurement: trades, supplyDeal: trades, setHbmShare: trades,
  offerContract: trades, acceptContract: trades, declineContract: trades, cancelContract: trades, breakContract: trades,
  curbSolarExports: { issuers: ["china"], refusal: refuse("not-allowed", "refusal.solarCurbChinaOnly") },
  injectEvent: { issuers: ["teacher"], refusal: refuse("not-allowed", "refusal.teacherOnly") },
};

/** Null when this issuer may give this kind of order; otherwise why not. */
export function whoMayRefusal(type: OrderType, issuer: Issuer): Refusal | null {
  const rule = WHO_MAY[type];
  if (rule.issuers.includes(issuer)) return null;
  return issuer === "teacher" ? (rule.teacher ?? rule.refusal) : rule.refusal;
}
