// TerraFab's game core: pure, deterministic, no I/O. Everything the server, the
// client, the tools and the tests need comes from here.
export * from "./data";
export type * from "./model/types";
export { LIMITING_FACTORS } from "./model/types";
export { createMatch } from "./model/create-match";
export { hashValue as hashOf } from "./model/hash";
export { stateHash } from "./rules/state-hash";
export { step, type StepResult } from "./rules/step";
export { applyOrder, checkOrder, parseOrder } from "./rules/apply-order";
export { OrderSchema, IssuerSchema, ReplaySchema, ORDER_TYPES, type Order, type OrderType, type Issuer, type IssuedOrder, type Replay } from "./protocol/order";
export { MatchOptionsSchema, MATCH_LENGTHS, DIFFICULTIES, type MatchOptions, type MatchOptionsInput, type Difficulty, type MatchLength } from "./protocol/options";
export { REFUSAL_CODES, type Refusal, type RefusalCode } from "./protocol/refusal";
export type { ClassroomCommand, ClassroomCommandType } from "./protocol/class-commands";
export { NEWS_IDS, deckEventOf, eventTextKey, type NewsId, type DeckEventKey, type GameEventId } from "./protocol/events";
export {
  MATCH_MESSAGES, CLASS_MESSAGES, asMatchMessage,
  type MatchMessages, type ClassMessages, type MatchMessageName, type ClassMessageName, type MatchMessage, type ClassMessage, type RefusedPayload, type ClockBy,
} from "./protocol/messages";
export { botOrders, botDecisions, type BotReason } from "./bots";
export { runMatch, recordOf, type MatchRecord, type RunOptions } from "./sim/run-match";
export { idlePlayer, advicePlayer } from "./sim/players";
// The limiting factor: its evidence, the forecast beside it, the relief that checks it, the orders that attack it.
export { bindingOf, type Binding } from "./rules/limiting/binding";
export { relieve, reliefsFor, type Relief } from "./rules/limiting/relieve";
export { nextUp, type NextUp, type NextUpByFaction } from "./sim/next-up";
export { probe, probeSeeds, botMatchAt, type ProbeResult } from "./sim/probe";
export { attackOrders, hireOrder, type Attack } from "./advice/attack";
export { scoreBreakdown, type ScoreBreakdown } from "./rules/month/score";
// Read-only views the server mirrors to clients.
export { computeGW } from "./model/compute";
export { creditLimitOf, creditLeft, loanRateOf, rateAtDebt, fabBookValue } from "./model/credit";
export { researchEstimate, expectedCost, type ResearchEstimate } from "./model/research-estimate";
export { deliveredShare, shellCostOf, toolsNeededFor } from "./model/fab-plan";
export { blockedSale } from "./model/sanctions";
// Rule helpers the order panels still read (until the handlers' dry runs give them their previews).
export { allowedSites, mustMultipattern } from "./rules/orders/fabs";
export { allowedRegions, KACCEL_PER_LAUNCH } from "./rules/orders/power";
export { launchCost, launchFailureChance } from "./rules/launch-cost";
// Limiting-factor spans (the debrief's and the class's lessons).
export { spansOf, sustainedSequence, SUSTAINED_MONTHS, type Span } from "./sim/spans";
export { lineOutput, queueOf } from "./rules/month/vendors";
export { replayMatch, replayVersionProblem, replayEngineVersion, newReplay, ReplayVersionError } from "./sim/replay";
export { ENGINE_VERSION } from "./sim/engine-version";
export { t, LOCALES, MESSAGES, type Locale, type EngineKey } from "./i18n";
export { formatMessage, placeholders } from "./i18n/message";
export * from "./host";
