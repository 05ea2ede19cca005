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
