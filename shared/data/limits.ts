// Rule limits and small mechanics (deposits, penalties, how long offers stand).

/** Most fabs a faction may have under construction at once. tuned (keeps bots and fuzzers sane) */
export const MAX_FABS_BUILDING = 10;
/** Share of the shell cost paid up front when a fab is founded. tuned */
export const FOUNDING_DEPOSIT = 0.1;
/** Hiring costs this many months of salary up front (recruiting, relocation). tuned */
export const HIRING_FEE_MONTHS = 2;
/** A seller who falls short pays this share of the undelivered value. tuned */
export const BREACH_PENALTY = 0.2;
/** Deliveries running one side must miss (a seller short of goods, a buyer short of cash) before the
 *  other may end the contract without paying damages: termination for material breach. tuned */
export const TERMINATION_BREACHES = 3;
/** Once the other side may end a contract, a shortfall that goes on is news only every this many
 *  months (the contracts list counts every one): a seller short for a year sent 24 items before. */
export const BREACH_NEWS_EVERY = 6;
/** Most spot orders a faction may have waiting for the next clearing. tuned */
export const MAX_SPOT_ORDERS = 12;
/** Open offers a faction may have at once, and how long an offer stands. tuned */
export const MAX_OPEN_OFFERS = 8;
export const OFFER_EXPIRY_MONTHS = 3;
/** Months a finished contract stays in the contracts list (the Deals tab's history). */
export const FINISHED_CONTRACT_KEPT_MONTHS = 12;
/** Months from a wafer or HBM contract's acceptance (or a supply deal's signing) to its first delivery:
 *  foundry and HBM capacity is allocated ahead (HBM "sold out for 2026"). Four for wafers was measured
 *  and not landed (docs/design.md Known gaps). tuned */
export const CONTRACT_LEAD_MONTHS = 6;
