// Starts the Phaser world view in a DOM element and keeps it in step with the match.
// Loaded on demand when a match opens (Phaser is the biggest part of the client).
import Phaser from "phaser";
import { net } from "../net/net";
import { onSettings } from "../app/settings";
import { WorldScene } from "./world-scene";

export interface World {
  relabel(): void;
  destroy(): void;
}

declare global {
  interface Window {
    __terrafab?: { firstFrameAt?: number; fps?: () => number; frames?: () => number };
  }
}

export function createWorld(parent: HTMLElement): World {
  const scene = new WorldScene();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: "#050913",
    scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
    scene,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    render: { antialias: true },
  });
  const hooks = (window.__terrafab ??= {});
  hooks.fps = () => game.loop.actualFps;
  hooks.frames = () => game.loop.frame;
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    hooks.firstFrameAt ??= performance.now();
  });

  const push = () => {
    if (net.view) scene.apply(net.view, net.faction);
  };
  game.events.once("world-ready", push);
  const offs = [
    net.on("view", (v) => scene.apply(v, net.faction)),
    net.on("effect", (e) => scene.effect(e)),
    onSettings(() => push()),
  ];
  push();

  return {
    relabel() {
      scene.relabel();
      push();
    },
    destroy() {
      for (const off of offs) off();
      game.destroy(true);
    },
  };
}
