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

// A solo match is kept by the server when its player leaves; this browser keeps how to get back to it
// (localStorage: it outlives the tab) and the title screen offers "Continue".
const SOLO_KEY = "terrafab.solo";

export interface SavedSolo {
  /** The room's reconnection token, `<roomId>:<key>` (the key opens the seat). */
  token: string;
  roomId: string;
  faction: FactionId | null;
  month: number;
  savedAt: number;
}

export function saveSolo(solo: SavedSolo): void {
  try {
    localStorage.setItem(SOLO_KEY, JSON.stringify(solo));
  } catch {
    // storage unavailable: no "Continue"
  }
}

export function savedSolo(): SavedSolo | null {
  try {
    const raw = localStorage.getItem(SOLO_KEY);
    const s = raw ? (JSON.parse(raw) as Partial<SavedSolo>) : null;
    return s && typeof s.token === "string" && typeof s.roomId === "string" ? (s as SavedSolo) : null;
  } catch {
    return null;
  }
}

export function forgetSolo(): void {
  try {
    localStorage.removeItem(SOLO_KEY);
  } catch {
    // nothing to forget
  }
}
