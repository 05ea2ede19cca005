// Orders about money and people: hiring, loans, research, lobbying.
import { creditLeft, loanRateOf } from "../../model/credit";
import { expectedCost, researchEstimate } from "../../model/research-estimate";
import { ENGINEER_SALARY, HIRE_DELAY_MONTHS, PHD_SALARY, POACH_FEE_MONTHS, POACH_SHARE_PER_MONTH, TALENT_POOL } from "../../data/construction";
import { FACTIONS } from "../../data/factions";
import { HIRING_FEE_MONTHS } from "../../data/limits";
import { RESEARCH, type ResearchId } from "../../data/research";
import { LOBBY_COST_PER_STEP, LOOSEN_MAX_PER_MONTH, SANCTION_MAX, SANCTION_MIN } from "../../data/tools";
import { effect, type PreviewKey } from "../../protocol/preview";
import { refuse } from "../../protocol/refusal";
import { canAfford, earn, spend } from "../money";
import { accept, type HandlerTable } from "./handler";
import { poachRoom, poachSanctioned, takeStaff } from "../../model/poaching";
import { staffWanted } from "../staff-posts";
import { setMonthlyFunding } from "../../model/monthly-funding";

/** What each research programme buys, in a sentence. */
const RESEARCH_WHAT: Record<ResearchId, PreviewKey> = {
  "domestic-euv": "preview.research.what.domestic-euv",
  "hbm-qualification": "preview.research.what.hbm-qualification",
  "yield-learning": "preview.research.what.yield-learning",
  "launch-cadence": "preview.research.what.launch-cadence",
  "multipatterning": "preview.research.what.multipatterning",
};

export const financeHandlers: HandlerTable = {
  hire(state, issuer, o) {
    if (o.engineers <= 0 && o.phds <= 0) return refuse("limit-reached", "refusal.nothingToHire");
    const f = state.factions[issuer];
    const pool = TALENT_POOL[FACTIONS[issuer].homeRegion];
    // Poached staff came from a rival, not from this month's labour market.
    const hiredNow = f.hiring.filter(([m, , , how]) => m === state.month + HIRE_DELAY_MONTHS && how !== "poached");
    const engNow = hiredNow.reduce((s, h) => s + h[1], 0);
    const phdNow = hiredNow.reduce((s, h) => s + h[2], 0);
    if (engNow + o.engineers > pool.engineers + 1e-9 || phdNow + o.phds > pool.phds + 1e-9) {
      return refuse("limit-reached", "refusal.talentPool", { engineers: Math.round(Math.max(0, pool.engineers - engNow) * 1000), phds: Math.round(Math.max(0, pool.phds - phdNow) * 100) });
    }
    const monthly = o.engineers * ENGINEER_SALARY + o.phds * PHD_SALARY;
    const fee = monthly * HIRING_FEE_MONTHS;
    if (!canAfford(f, fee)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(fee) });
    // Engine units: engineers in thousands, PhDs in hundreds; people read head counts.
    return accept(fee, () => [
      effect("preview.hire.arrive", { month: { month: state.month + HIRE_DELAY_MONTHS }, salary: { money: monthly } }),
      effect("preview.hire.pool", { e: Math.round(pool.engineers * 1000), p: Math.round(pool.phds * 100) }),
      effect("preview.hire.now", { e: Math.round(f.engineers * 1000), p: Math.round(f.phds * 100) }),
    ], () => {
      spend(f, fee);
      f.hiring.push([state.month + HIRE_DELAY_MONTHS, o.engineers, o.phds]);
    });
  },

  poach(state, issuer, o) {
    if (o.from === issuer) return refuse("not-allowed", "refusal.poachSelf");
    if (o.engineers <= 0 && o.phds <= 0) return refuse("limit-reached", "refusal.nothingToHire");
    // US persons may not work for China's advanced fabs (the Oct 2022 rule), and under tight sanctions no Western firm's staff.
    if (poachSanctioned(state, issuer, o.from)) return refuse("sanctioned", "refusal.poachSanctioned");
    const f = state.factions[issuer];
    const rival = state.factions[o.from];
    const room = poachRoom(state, o.from);
    if (o.engineers > room.engineers + 1e-9 || o.phds > room.phds + 1e-9) {
      return refuse("limit-reached", "refusal.poachLimit", { engineers: Math.floor(room.engineers * 1000), phds: Math.floor(room.phds * 100) });
    }
    // People are lured into posts, not away from a rival for sport: only as many as its fabs have work for.
    const posts = staffWanted(state, issuer);
    if (o.engineers > posts.engineers + 1e-9 || o.phds > posts.phds + 1e-9) {
      return refuse("limit-reached", "refusal.poachNoPosts", { engineers: Math.floor(posts.engineers * 1000), phds: Math.floor(posts.phds * 100) });
    }
    const monthly = o.engineers * ENGINEER_SALARY + o.phds * PHD_SALARY;
    const fee = monthly * POACH_FEE_MONTHS;
    if (!canAfford(f, fee)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(fee) });
    return accept(fee, () => [
      effect("preview.hire.arrive", { month: { month: state.month + HIRE_DELAY_MONTHS }, salary: { money: monthly } }),
      effect("preview.poach.rival", { rival: { text: `faction.${o.from}` }, e: Math.round(rival.engineers * 1000), p: Math.round(rival.phds * 100), share: { pct: POACH_SHARE_PER_MONTH } }),
      effect("preview.poach.posts", { e: Math.floor(posts.engineers * 1000), p: Math.floor(posts.phds * 100) }),
    ], () => {
      spend(f, fee);
      f.hiring.push([state.month + HIRE_DELAY_MONTHS, o.engineers, o.phds, "poached"]);
      // They hand in their notice now: the rival is short of them from this month.
      takeStaff(state, o.from, o.engineers, o.phds);
      state.eventLog.push({ month: state.month, id: "staff-poached", faction: o.from, params: { by: issuer, engineers: Math.round(o.engineers * 1000), phds: Math.round(o.phds * 100) } });
    });
  },

  borrow(state, issuer, o) {
    const f = state.factions[issuer];
    const left = creditLeft(state, issuer);
    if (o.amount > left) return refuse("limit-reached", "refusal.creditLimit", { left: Math.round(left) });
    // The rate rises with leverage, so the loan moves the rate on all the debt: after the loan, beside today's.
    return accept(null, () => {
      const after = loanRateOf(state, issuer, o.amount);
      return [
        effect("preview.borrow.interest", { rate: { pct: after, digits: 1 }, now: { pct: loanRateOf(state, issuer), digits: 1 }, monthly: { money: ((f.debt + o.amount) * after) / 12 } }),
        effect("preview.borrow.left", { left: { money: left - o.amount }, debt: { money: f.debt + o.amount } }),
      ];
    }, () => {
      f.debt += o.amount;
      earn(f, o.amount);
      // A loan is cash, not revenue: lenders do not count it.
      f.flows.revenue -= o.amount;
    });
  },

  repay(state, issuer, o) {
    const f = state.factions[issuer];
    // "You owe only $0 M" reads as a riddle: with nothing owed, say so.
    if (f.debt <= 1e-9) return refuse("limit-reached", "refusal.noDebt");
    if (o.amount > f.debt + 1e-9) return refuse("limit-reached", "refusal.repayMoreThanDebt", { debt: Math.round(f.debt) });
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    return accept(o.amount, () => [effect("preview.repay", { debt: { money: Math.max(0, f.debt - o.amount) } })], () => {
      spend(f, o.amount);
      f.debt = Math.max(0, f.debt - o.amount);
    });
  },

  fundResearch(state, issuer, o) {
    const r = RESEARCH[o.program];
    if (!r.factions.includes(issuer)) return refuse("not-allowed", "refusal.researchNotForYou", { program: o.program });
    const f = state.factions[issuer];
    const prog = f.research[o.program];
    if (prog.level >= r.levels) return refuse("limit-reached", "refusal.researchDone");
    const room = r.maxPerMonth - f.researchThisMonth[o.program];
    if (o.amount > room + 1e-9) return refuse("limit-reached", "refusal.researchMonthlyCap", { max: r.maxPerMonth, left: Math.max(0, Math.round(room)) });
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    return accept(o.amount, () => {
      const e = researchEstimate(state, issuer, o.program);
      // Paced on the middle of what is known; the range narrows as the money goes in.
      const monthsAtMax = Math.ceil(Math.max(0, expectedCost(e) - e.spent - o.amount) / r.maxPerMonth);
      return [
        effect(RESEARCH_WHAT[o.program]),
        e.high > e.low + 0.5
          ? effect("preview.research.range", { spent: { money: e.spent }, low: { money: e.low }, high: { money: e.high } })
          : effect("preview.research.progress", { level: e.level, levels: e.levels, spent: { money: e.spent }, cost: { money: e.low } }),
        effect("preview.research.pace", { max: { money: r.maxPerMonth }, months: monthsAtMax, month: { month: state.month + monthsAtMax } }),
        ...(o.everyMonth ? [effect("preview.monthly.research", { amount: { money: o.amount }, month: { month: state.month + 1 } })] : []),
      ];
    }, () => {
      spend(f, o.amount);
      f.researchThisMonth[o.program] += o.amount;
      prog.spent += o.amount;
      if (o.everyMonth) setMonthlyFunding(f, { type: "fundResearch", program: o.program, amount: o.amount }, state.month);
    });
  },

  lobby(state, issuer, o) {
    if (issuer === "china" && o.direction === "tighten") return refuse("not-allowed", "refusal.chinaCannotTighten");
    const f = state.factions[issuer];
    // Licence reviews are slow: lobbying to loosen counts up to a cap a month (LOOSEN_MAX_PER_MONTH).
    const loosenRoom = LOOSEN_MAX_PER_MONTH - f.loosenThisMonth;
    if (o.direction === "loosen" && o.amount > loosenRoom + 1e-9) return refuse("limit-reached", "refusal.loosenMonthlyCap", { max: LOOSEN_MAX_PER_MONTH, left: Math.max(0, Math.round(loosenRoom)) });
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    return accept(o.amount, () => [
      effect("preview.lobby.level", { level: state.sanctionLevel, min: SANCTION_MIN, max: SANCTION_MAX }),
      effect("preview.lobby.step", { step: { money: LOBBY_COST_PER_STEP }, share: { num: (o.amount / LOBBY_COST_PER_STEP) * 100, digits: 0 } }),
      ...(o.direction === "loosen" ? [effect("preview.lobby.loosenPace", { max: { money: LOOSEN_MAX_PER_MONTH }, months: Math.ceil(LOBBY_COST_PER_STEP / LOOSEN_MAX_PER_MONTH) })] : []),
      ...(o.everyMonth ? [effect("preview.monthly.lobby", { amount: { money: o.amount }, month: { month: state.month + 1 } })] : []),
    ], () => {
      spend(f, o.amount);
      f.lobbySpent[o.direction] += o.amount;
      if (o.direction === "loosen") f.loosenThisMonth += o.amount;
      state.lobby[o.direction] += o.amount;
      if (o.everyMonth) setMonthlyFunding(f, { type: "lobby", direction: o.direction, amount: o.amount }, state.month);
    });
  },
};
