// Orders about money and people: hiring, loans, research, lobbying.
import { creditLeft } from "../../model/credit";
import { ENGINEER_SALARY, HIRE_DELAY_MONTHS, PHD_SALARY, TALENT_POOL } from "../../data/construction";
import { FACTIONS } from "../../data/factions";
import { HIRING_FEE_MONTHS } from "../../data/limits";
import { RESEARCH } from "../../data/research";
import { refuse } from "../../protocol/refusal";
import { canAfford, earn, spend } from "../money";
import { isFaction, type HandlerTable } from "./handler";


export const financeHandlers: HandlerTable = {
  hire(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    if (o.engineers <= 0 && o.phds <= 0) return refuse("limit-reached", "refusal.nothingToHire");
    const f = state.factions[issuer];
    const pool = TALENT_POOL[FACTIONS[issuer].homeRegion];
    const hiredNow = f.hiring.filter(([m]) => m === state.month + HIRE_DELAY_MONTHS);
    const engNow = hiredNow.reduce((s, h) => s + h[1], 0);
    const phdNow = hiredNow.reduce((s, h) => s + h[2], 0);
    if (engNow + o.engineers > pool.engineers + 1e-9 || phdNow + o.phds > pool.phds + 1e-9) {
      return refuse("limit-reached", "refusal.talentPool", { engineers: Math.round(Math.max(0, pool.engineers - engNow) * 1000), phds: Math.round(Math.max(0, pool.phds - phdNow) * 100) });
    }
    const fee = (o.engineers * ENGINEER_SALARY + o.phds * PHD_SALARY) * HIRING_FEE_MONTHS;
    if (!canAfford(f, fee)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(fee) });
    return () => {
      spend(f, fee);
      f.hiring.push([state.month + HIRE_DELAY_MONTHS, o.engineers, o.phds]);
    };
  },

  borrow(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    const f = state.factions[issuer];
    const left = creditLeft(state, issuer);
    if (o.amount > left) return refuse("limit-reached", "refusal.creditLimit", { left: Math.round(left) });
    return () => {
      f.debt += o.amount;
      earn(f, o.amount);
      // A loan is cash, not revenue: lenders do not count it.
      f.flows.revenue -= o.amount;
    };
  },

  repay(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    const f = state.factions[issuer];
    if (o.amount > f.debt + 1e-9) return refuse("limit-reached", "refusal.repayMoreThanDebt", { debt: Math.round(f.debt) });
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    return () => {
      spend(f, o.amount);
      f.debt = Math.max(0, f.debt - o.amount);
    };
  },

  fundResearch(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    const r = RESEARCH[o.program];
    if (!r.factions.includes(issuer)) return refuse("not-allowed", "refusal.researchNotForYou", { program: o.program });
    const f = state.factions[issuer];
    const prog = f.research[o.program];
    if (prog.level >= r.levels) return refuse("limit-reached", "refusal.researchDone");
    const room = r.maxPerMonth - f.researchThisMonth[o.program];
    if (o.amount > room + 1e-9) return refuse("limit-reached", "refusal.researchMonthlyCap", { max: r.maxPerMonth, left: Math.max(0, Math.round(room)) });
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    return () => {
      spend(f, o.amount);
      f.researchThisMonth[o.program] += o.amount;
      prog.spent += o.amount;
    };
  },

  lobby(state, issuer, o) {
    if (!isFaction(issuer)) return refuse("not-allowed", "refusal.teacherCannotBuild");
    if (issuer === "china" && o.direction === "tighten") return refuse("not-allowed", "refusal.chinaCannotTighten");
    const f = state.factions[issuer];
    if (!canAfford(f, o.amount)) return refuse("not-affordable", "refusal.cannotAfford", { cost: Math.round(o.amount) });
    return () => {
      spend(f, o.amount);
      f.lobbySpent += o.amount;
      state.lobby[o.direction] += o.amount;
    };
  },
};
