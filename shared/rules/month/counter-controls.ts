// China's curb on solar exports, each month it holds: the solar farms being built outside China
// slip (half pace), and the West answers by pushing the export controls tighter.
import { SOLAR_CURB_WEST_PUSH } from "../../data/counter-controls";
import { curbedFarms, curbSlipsThisMonth, solarCurbed } from "../../model/solar-curb";
import type { GameState } from "../../model/types";

export function runSolarCurb(state: GameState): void {
  if (!solarCurbed(state)) return;
  state.lobby.tighten += SOLAR_CURB_WEST_PUSH;
  if (curbSlipsThisMonth(state)) for (const p of curbedFarms(state)) p.readyMonth = (p.readyMonth as number) + 1;
}
