// Starts the Phaser world view in a DOM element and keeps it in step with the match.
// Loaded on demand when a match opens (Phaser is the biggest part of the client).
import Phaser from "phaser";
import type { FactionId } from "../../../shared/index";
import { net } from "../net/net";
import type { Effect, WorldView } from "../net/view";
import { onSettings } from "../app/settings";
import { WorldScene } from "./world-scene";
import { MAP_URL } from "./assets";
import { MAP_H, MAP_W } from "./layout";

performance.mark("tf:world-module");

export interface World {
  relabel(): void;
  /** On screen: run the loop. Off screen (booted early): draw one frame, then sleep. */
  show(): void;
  /** Zoom the map in (> 1) or out (< 1); 1 fits the whole band again. */
  zoom(factor: number): void;
  destroy(): void;
}

declare global {
  interface Window {
    __terrafab?: {
      firstFrameAt?: number; firstPaintAt?: number; fps?: () => number; frames?: () => number; world?: Phaser.Scene;
      /** For the browser tests: what the speakers are doing. */
      audio?: () => { muted: boolean; music: boolean; played: string[] };
    };
  }
}

/** Where the world's views come from: the match (default), or a replay scrubbing its own states. */
export interface WorldFeed {
  view(): WorldView | null;
  /** The player's faction (null: a spectator). */
  faction(): FactionId | null;
  /** Whose limiting factor is ringed, when not the player's (a replay follows any faction). */
  ringed?(): FactionId | null;
  onView(cb: (v: WorldView) => void): () => void;
  onEffect?(cb: (e: Effect) => void): () => void;
}

const matchFeed: WorldFeed = {
  view: () => net.view,
  faction: () => net.faction,
  onView: (cb) => net.on("view", cb),
  onEffect: (cb) => net.on("effect", cb),
};

export function createWorld(parent: HTMLElement, feed: WorldFeed = matchFeed): World {
  performance.mark("tf:world-create");
  const scene = new WorldScene();
  parent.style.background = `#050913 url("${MAP_URL}") no-repeat`;
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    transparent: true,
    scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
    scene,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    // No MSAA: on software WebGL it multiplies the fill cost; the map is smooth without it.
    // Few texture units and a small batch: much less shader and buffer set-up at boot (it
    // matters on software WebGL), and this scene has few textures anyway.
    render: { antialias: false, antialiasGL: false, powerPreference: "low-power", maxTextures: 4, batchSize: 2048 },
  });
  const hooks = (window.__terrafab ??= {});
  hooks.fps = () => game.loop.actualFps;
  hooks.frames = () => game.loop.frame;
  hooks.world = scene;
  game.events.once(Phaser.Core.Events.READY, () => performance.mark("tf:phaser-ready"));
  // The first frame counts once it is on screen and shows the world (sites, fabs, vendors),
  // not an empty canvas drawn while the icons are still loading.
  // Until then the loop sleeps: empty frames would only compete (on software GL) with loading.
  let drawn = false;
  const onScreen = () => parent.dataset.onScreen === "1";
  game.events.once("world-ready", () => {
    drawn = true;
    if (onScreen()) game.loop.wake();
  });
  const onFrame = () => {
    if (!onScreen() || !drawn) {
      // Booted before its screen or its icons: the first frame compiled the shaders; now wait quietly.
      game.loop.sleep();
      return;
    }
    hooks.firstFrameAt ??= performance.now();
    game.events.off(Phaser.Core.Events.POST_RENDER, onFrame);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, onFrame);

  game.events.on("map-view", (v: { zoom: number; left: number; top: number }) => {
    parent.style.backgroundSize = `${MAP_W * v.zoom}px ${MAP_H * v.zoom}px`;
    parent.style.backgroundPosition = `${v.left}px ${v.top}px`;
  });

  const push = () => {
    const v = feed.view();
    if (v) scene.apply(v, feed.faction(), feed.ringed ? feed.ringed() : feed.faction());
  };
  game.events.once("world-ready", push);
  const offs = [
    feed.onView((v) => scene.apply(v, feed.faction(), feed.ringed ? feed.ringed() : feed.faction())),
    ...(feed.onEffect ? [feed.onEffect((e) => scene.effect(e))] : []),
    onSettings(() => push()),
  ];
  push();

  return {
    show() {
      parent.dataset.onScreen = "1";
      if (drawn) game.loop.wake();
    },
    relabel() {
      scene.relabel();
      push();
    },
    zoom(factor) {
      scene.zoomBy(factor);
    },
    destroy() {
      for (const off of offs) off();
      game.destroy(true);
    },
  };
}
