// What every order form and list sees: the world, the player's faction and its state.
import type { FactionId } from "../../../shared/index";
import type { FactionView, WorldView } from "../net/view";

export interface PanelContext {
  view: WorldView;
  faction: FactionId;
  me: FactionView;
  /** Spectators and finished matches cannot order. */
  canOrder: boolean;
}

export interface Preview {
  /** Money paid now, $M (null when nothing is paid up front). */
  cost: number | null;
  /** Plain-language consequences, already translated. */
  lines: string[];
  /** A problem the server will refuse for, already translated. */
  warn?: string | null;
}
