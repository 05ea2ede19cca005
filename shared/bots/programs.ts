// The research programmes each bot funds every month, whatever its difficulty.
import type { Difficulty } from "../protocol/options";
import { fundResearch } from "./actions";
import type { BotContext } from "./context";

/**
 * Share of the monthly maximum China's bot puts into its own HBM's qualification. The easy bot half:
 * at the normal bot's rate its seat won as often as the normal one in 60-month matches (24 % against
 * 25 %, 18.5 against 15.5 % on two seed sets of 200), at half 13–17 % against 14.5–25 % on four, the
 * all-easy China 19.5–28 % (at 0.3 the all-easy China won 13–14.5 %: its memory binds it all match). tuned
 */
const CHINA_HBM_QUALIFICATION_RATE: Record<Difficulty, number> = { easy: 0.5, normal: 0.6, hard: 1 };

/**
 * Research programmes are standing commitments: every bot funds its faction's each month, whatever
 * its difficulty (the easy bot's slowness is in its other decisions, not in a programme run at a third
 * of its pace, which made research-bound factions unwinnable at easy).
 */
export function fundPrograms(ctx: BotContext): void {
  const me = ctx.me;
  switch (ctx.id) {
    case "tsmc":
      fundResearch(ctx, "yield-learning", 0.5);
      return;
    case "samsung":
      if (me.research["hbm-qualification"].level < 1) fundResearch(ctx, "hbm-qualification");
      fundResearch(ctx, "yield-learning", 0.5);
      return;
    case "china":
      fundResearch(ctx, "domestic-euv");
      if (me.research.multipatterning.level < 3) fundResearch(ctx, "multipatterning", 0.6);
      // HBM binds China nearly all match (HBM is export-controlled): the hard bot qualifies its own at
      // the full rate. tuned: with the launch delay (data/power.ts) the all-hard China of 60-month matches
      // won 10 % over eight seed sets of 200; now 17–18 %
      if (me.hbmAcceptance < 1) fundResearch(ctx, "hbm-qualification", CHINA_HBM_QUALIFICATION_RATE[ctx.difficulty]);
      return;
    case "tesla":
      return;
  }
}
