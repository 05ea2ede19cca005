// China's counter-controls (docs/design.md §5): China answers the West's export controls with its
// own, on what it makes for the world. The game models the one that reaches the race for compute:
// solar. China makes over 80 % of every stage of the solar supply chain and about 95 % of the
// wafers (IEA, "Solar PV Global Supply Chains", 2022; it curbed gallium and germanium in 2023 and
// rare earths in 2025, public reports). Both figures below are tuned, not sourced.

/** While the curb holds, every solar farm being built outside China slips a month in every this
 *  many months held: 2 = half pace (buyers re-route to the little polysilicon made elsewhere). */
export const SOLAR_CURB_SLIP_EVERY = 2;

/** The West's answer: each month the curb holds adds this much ($M) to the push to tighten the
 *  export controls on China, as a faction's lobbying would (a step is LOBBY_COST_PER_STEP). With
 *  China's bot lobbying its paced $100 M to loosen, that is a step about every 15 months. tuned: a
 *  China that curbs from the first month then wins about as often as one that does not. */
export const SOLAR_CURB_WEST_PUSH = 300;
