// China's counter-control: curbing its solar exports, or lifting the curb (data/counter-controls.ts).
import { SOLAR_CURB_SLIP_EVERY, SOLAR_CURB_WEST_PUSH } from "../../data/counter-controls";
import { LOBBY_COST_PER_STEP } from "../../data/tools";
import { curbedFarms, solarCurbed } from "../../model/solar-curb";
import { effect, type OrderEffect } from "../../protocol/preview";
import { refuse } from "../../protocol/refusal";
import { accept, type HandlerTable } from "./handler";

export const counterControlHandlers: HandlerTable = {
  curbSolarExports(state, _issuer, o) {
    if (o.on && solarCurbed(state)) return refuse("limit-reached", "refusal.solarCurbAlready");
    if (!o.on && !solarCurbed(state)) return refuse("unknown-target", "refusal.solarCurbNone");
    return accept(null, (): OrderEffect[] => {
      if (!o.on) return [effect("preview.solarCurb.lift", { month: { month: state.month + 1 } })];
      const gw = curbedFarms(state).reduce((sum, p) => sum + p.gw, 0);
      return [
        // Nobody may be building solar yet: then the line says so instead of "0.00 GW".
        gw > 0.005 ? effect("preview.solarCurb.pace", { every: SOLAR_CURB_SLIP_EVERY, gw: { gw } }) : effect("preview.solarCurb.paceNone", { every: SOLAR_CURB_SLIP_EVERY }),
        effect("preview.solarCurb.answer", { push: { money: SOLAR_CURB_WEST_PUSH }, step: { money: LOBBY_COST_PER_STEP }, months: Math.ceil(LOBBY_COST_PER_STEP / SOLAR_CURB_WEST_PUSH) }, true),
      ];
    }, () => {
      state.solarCurbSince = o.on ? state.month : null;
      state.eventLog.push({ month: state.month, id: o.on ? "solar-curb-on" : "solar-curb-off" });
    });
  },
};
