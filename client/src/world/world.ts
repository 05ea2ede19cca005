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
import { redrawOnChange, type Redraw } from "./redraw";

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
      /** Frames the world actually drew (it redraws only when something on it changed). */
      worldRenders?: () => number;
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
  // The map is a layer of its own under the transparent canvas, rasterised by the browser: a pan
  // only moves it (a transform the compositor applies, no repaint); a zoom resizes it.
  parent.style.background = "#050913";
  const map = document.createElement("div");
  map.className = "world-map";
  map.style.backgroundImage = `url("${MAP_URL}")`;
  parent.prepend(map);
  let redraw: Redraw | null = null;
  const invalidate = () => redraw?.invalidate();
  const game = new Phaser.Game({
    // The canvas renderer, not WebGL: on software WebGL (SwiftShader: school laptops without a
    // GPU, headless browsers) compiling the one shader took about half a second of the first
    // frame, and a world that redraws only when it changed (redraw.ts) needs no GPU batching.
    // Colours are texture copies (tint.ts), since canvas cannot tint.
    type: Phaser.CANVAS,
    parent,
    transparent: true,
    scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
    scene,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    render: { antialias: true },
    callbacks: { postBoot: (g) => (redraw = redrawOnChange(g, scene)) },
  });
  const hooks = (window.__terrafab ??= {});
  hooks.fps = () => game.loop.actualFps;
  hooks.frames = () => game.loop.frame;
  hooks.worldRenders = () => redraw?.renders() ?? 0;
  hooks.world = scene;
  game.events.once(Phaser.Core.Events.READY, () => performance.mark("tf:phaser-ready"));
  // The first frame counts once it is on screen and shows the world (sites, fabs, vendors),
  // not an empty canvas drawn while the icons are still loading.
  // Until then the loop sleeps: empty frames would only compete (on software GL) with loading.
  let drawn = false;
  const onScreen = () => parent.dataset.onScreen === "1";
  game.events.once("world-ready", () => {
    drawn = true;
    invalidate();
    // The pointer can show a tooltip or drag the map: draw what it changes.
    for (const e of ["pointermove", "pointerdown", "pointerup", "wheel", "gameobjectover", "gameobjectout"]) scene.input.on(e, invalidate);
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
    invalidate();
    const width = `${MAP_W * v.zoom}px`, height = `${MAP_H * v.zoom}px`;
    if (map.style.width !== width || map.style.height !== height) Object.assign(map.style, { width, height });
    map.style.transform = `translate(${v.left}px, ${v.top}px)`;
  });

  const apply = (v: WorldView) => {
    scene.apply(v, feed.faction(), feed.ringed ? feed.ringed() : feed.faction());
    invalidate();
  };
  const push = () => {
    const v = feed.view();
    if (v) apply(v);
  };
  game.events.once("world-ready", push);
  const offs = [
    feed.onView(apply),
    ...(feed.onEffect
      ? [
          feed.onEffect((e) => {
            scene.effect(e);
            invalidate();
          }),
        ]
      : []),
    onSettings(() => push()),
  ];
  push();

  return {
    show() {
      parent.dataset.onScreen = "1";
      invalidate();
      if (drawn) game.loop.wake();
    },
    relabel() {
      scene.relabel();
      push();
    },
    zoom(factor) {
      scene.zoomBy(factor); // its map-view event asks for the redraw
    },
    destroy() {
      for (const off of offs) off();
      game.destroy(true);
    },
  };
}
