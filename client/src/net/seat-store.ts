// The seat this tab holds, kept in sessionStorage so a refresh rejoins it silently.
import type { FactionId } from "../../../shared/index";

const SEAT_KEY = "terrafab.seat";

export interface SavedSeat {
  token: string;
  roomId: string;
  faction: FactionId | null;
  spectator: boolean;
}

export function saveSeat(seat: SavedSeat): void {
  try {
    sessionStorage.setItem(SEAT_KEY, JSON.stringify(seat));
  } catch {
    // storage unavailable: no silent rejoin after refresh
  }
}

export function savedSeat(): SavedSeat | null {
  try {
    const raw = sessionStorage.getItem(SEAT_KEY);
    return raw ? (JSON.parse(raw) as SavedSeat) : null;
  } catch {
    return null;
  }
}

export function forgetSeat(): void {
  try {
    sessionStorage.removeItem(SEAT_KEY);
  } catch {
    // nothing to forget
  }
}
