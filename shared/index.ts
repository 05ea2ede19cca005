// TerraFab's game core: pure, deterministic, no I/O. Everything the server, the
// client, the tools and the tests need comes from here.
export * from "./data";
export type * from "./model/types";
export { LIMITING_FACTORS } from "./model/types";
export { standingPurchase } from "./model/standing-purchase";
export { stopOrderOf } from "./model/monthly-funding";
export { createMatch } from "./model/create-match";
export { hashValue as hashOf } from "./model/hash";
export { stateHash } from "./rules/state-hash";
export { step, type StepResult } from "./rules/step";
export { applyOrder, checkOrder, parseOrder, previewOrder } from "./rules/apply-order";
export { WHO_MAY, whoMayRefusal } from "./rules/orders/who-may";
export { forCause } from "./rules/orders/contracts";
export { MAX_PREVIEW_ID, PreviewRequestSchema, type OrderPreview, type OrderEffect, type EffectParam, type PreviewKey, type PreviewRequest, type PreviewReply } from "./protocol/preview";
export {
  MAX_ORDER_MONEY, MAX_ORDER_GOODS, FAB_CAPACITY, EXPANSION_CAPACITY, MAX_TOOLS_PER_ORDER, MAX_POWER_ORDER_GW, MAX_TURBINE_ORDER_GW, MAX_LAUNCHES_PER_ORDER,
  MAX_EDGE_UNITS_PER_ORDER, MAX_HIRE_PER_ORDER, MAX_CONTRACT_MONTHS,
} from "./protocol/order";
export { OrderSchema, IssuerSchema, ReplaySchema, ORDER_TYPES, type Order, type OrderType, type Issuer, type IssuedOrder, type Replay } from "./protocol/order";
export { MatchOptionsSchema, MATCH_LENGTHS, DIFFICULTIES, type MatchOptions, type MatchOptionsInput, type Difficulty, type MatchLength } from "./protocol/options";
export { CLOSE_REMOVED, CLOSE_RESUMED, CLOSE_TAKEN_OVER } from "./protocol/close-codes";
export { REFUSAL_CODES, refuse, type Refusal, type RefusalCode } from "./protocol/refusal";
export { refusedPayload } from "./protocol/refused-payload";
export type { ClassroomCommand, ClassroomCommandType } from "./protocol/class-commands";
export { NEWS_IDS, deckEventOf, eventTextKey, type NewsId, type DeckEventKey, type GameEventId } from "./protocol/events";
export {
  MATCH_MESSAGES, CLASS_MESSAGES, asMatchMessage,
  type MatchMessages, type ClassMessages, type MatchMessageName, type ClassMessageName, type MatchMessage, type ClassMessage, type RefusedPayload, type ClockBy, type ViewPayload,
} from "./protocol/messages";
export { botOrders, botDecisions, botFactor, type BotReason } from "./bots";
export { runMatch, recordOf, type MatchRecord, type RunOptions } from "./sim/run-match";
export { idlePlayer, advicePlayer } from "./sim/players";
// The limiting factor: its evidence, the forecast beside it, the relief that checks it, the orders that attack it.
export { bindingOf, type Binding } from "./rules/limiting/binding";
export { relieve, reliefsFor, type Relief } from "./rules/limiting/relieve";
export { nextUp, type NextUp, type NextUpByFaction } from "./sim/next-up";
export { probe, probeSeeds, botMatchAt, type ProbeResult } from "./sim/probe";
export { attackOrders, hbmShareHasRoom, hireOrder, type Attack } from "./advice/attack";
export { scoreBreakdown, type ScoreBreakdown } from "./rules/month/score";
// Read-only views the server mirrors to clients.
export { computeGW } from "./model/compute";
export { creditLimitOf, creditLeft, loanRateOf, rateAtDebt, fabBookValue } from "./model/credit";
export { researchEstimate, expectedCost, type ResearchEstimate } from "./model/research-estimate";
export { deliveredShare } from "./model/fab-plan";
// What the order panels offer to choose from (their previews are the handlers' dry runs), and a prepay's price.
export { allowedSites } from "./rules/orders/fabs";
export { allowedRegions, KACCEL_PER_LAUNCH } from "./rules/orders/power";
export { prepayCost } from "./rules/orders/tools";
export { supplyDealRoom } from "./rules/month/outside-makers";
export { breakFee, breakFeeNow } from "./rules/orders/contracts";
export { eventOutlook, OUTLOOK_MONTHS, type EventOutlook } from "./model/event-outlook";
export { exportControls, type ExportControls } from "./model/export-controls";
export { LICENSED_LEVEL, TIGHT_SANCTIONS } from "./model/sanctions";
export { milestoneMeasures, type MilestoneMeasure } from "./rules/month/milestone-measures";
// Limiting-factor spans (the debrief's and the class's lessons).
export { spansOf, sustainedSequence, SUSTAINED_MONTHS, type Span } from "./sim/spans";
export { lineOutput, queueOf } from "./rules/month/vendors";
export { replayMatch, replayVersionProblem, replayEngineVersion, newReplay, ReplayVersionError } from "./sim/replay";
export { ENGINE_VERSION } from "./sim/engine-version";
export { t, LOCALES, MESSAGES, type Locale, type EngineKey } from "./i18n";
export { formatMessage, placeholders } from "./i18n/message";
// The one view of a match every client sees, and the month's patch to it.
export { publicView, sharedView, viewForSeat, type PublicView, type SharedView, type FactionPublic, type FabPublic, type ToolOrderPublic, type PowerPublic, type ContractPublic, type MarketPublic } from "./view/public-view";
export { diffView, applyViewPatch, type ViewPatch, type Plain } from "./view/view-patch";
export { seatPatch } from "./view/seat-patch";
export * from "./host";
