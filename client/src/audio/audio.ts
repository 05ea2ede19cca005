// Sounds through howler: effects load when first needed, the music loop only when a
// match starts (it is the biggest asset, kept out of the initial download).
import { Howl, Howler } from "howler";
import { onSettings, settings } from "../app/settings";
import clickUrl from "../../../assets/sounds/click.wav?url";
import confirmUrl from "../../../assets/sounds/confirm.wav?url";
import refusedUrl from "../../../assets/sounds/refused.wav?url";
import alertUrl from "../../../assets/sounds/alert.wav?url";
import milestoneUrl from "../../../assets/sounds/milestone.wav?url";
import launchUrl from "../../../assets/sounds/launch.wav?url";
import fabCompleteUrl from "../../../assets/sounds/fab-complete.wav?url";
import musicUrl from "../../../assets/sounds/music-loop.wav?url";

export type SoundId = "click" | "confirm" | "refused" | "alert" | "milestone" | "launch" | "fab-complete";

const URLS: Record<SoundId, string> = {
  click: clickUrl, confirm: confirmUrl, refused: refusedUrl, alert: alertUrl, milestone: milestoneUrl, launch: launchUrl, "fab-complete": fabCompleteUrl,
};

const effects = new Map<SoundId, Howl>();
let music: Howl | null = null;
let musicWanted = false;
const lastPlayed = new Map<SoundId, number>();

/** The audio context starts with the first sound, not when this module loads: creating it took
 *  about 150 ms of a cold page's way to the first frame of a match. */
let started = false;
function start(): void {
  if (started) return;
  started = true;
  Howler.mute(settings().muted);
}

function effect(id: SoundId): Howl {
  let howl = effects.get(id);
  if (!howl) {
    start();
    howl = new Howl({ src: [URLS[id]], volume: settings().effectsVolume, preload: true });
    effects.set(id, howl);
  }
  return howl;
}

export function play(id: SoundId): void {
  const s = settings();
  if (s.muted || s.effectsVolume <= 0) return;
  // The same sound within 150 ms is one sound (a burst of toasts should not roar).
  const now = performance.now();
  if (now - (lastPlayed.get(id) ?? -1e9) < 150) return;
  lastPlayed.set(id, now);
  const howl = effect(id);
  howl.volume(s.effectsVolume);
  howl.play();
}

/** Load the effects in the background once the player has interacted. */
export function warmEffects(): void {
  for (const id of Object.keys(URLS) as SoundId[]) effect(id);
}

export function startMusic(): void {
  musicWanted = true;
  applyMusic();
}

export function stopMusic(): void {
  musicWanted = false;
  music?.stop();
}

function applyMusic(): void {
  const s = settings();
  const audible = musicWanted && !s.muted && s.musicVolume > 0;
  if (!audible) {
    music?.pause();
    return;
  }
  start();
  music ??= new Howl({ src: [musicUrl], loop: true, html5: false, volume: s.musicVolume });
  music.volume(s.musicVolume);
  if (!music.playing()) music.play();
}

onSettings((s) => {
  if (started) Howler.mute(s.muted);
  for (const howl of effects.values()) howl.volume(s.effectsVolume);
  applyMusic();
});

// For the browser tests (and curious players in the console): is the music on, what has played.
(window.__terrafab ??= {}).audio = () => ({ muted: settings().muted, music: music?.playing() ?? false, played: [...lastPlayed.keys()] });
