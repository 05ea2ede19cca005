// The world redraws only when something in it changed: a month's view, a tween under way, the
// pointer, a resize, a pan or a zoom. Why: on software WebGL (school laptops, SwiftShader) every
// redraw makes the browser composite the whole canvas again over the map, and that, not the
// game's code, set the frame rate (measured with WebGL; the canvas renderer is no different).
// A world standing still costs the page nothing, so the page (HUD, panels, clock) runs at the
// browser's full rate and the map redraws when it has news.
import Phaser from "phaser";

export interface Redraw {
  /** Something on the map changed: draw the next frame. */
  invalidate(): void;
  /** Frames actually drawn so far (the loop's own frame count counts every tick). */
  renders(): number;
}

/** A game event any part of the world emits when it changed something outside a view update or a tween. */
export const REDRAW = "tf-redraw";

/** Frames drawn after a change (textures changed by it, such as labels, upload with that frame). */
const FRAMES_PER_CHANGE = 1;

/** Call from the game's postBoot, before its loop starts (the loop binds `game.step` then). */
export function redrawOnChange(game: Phaser.Game, scene: Phaser.Scene): Redraw {
  let owed = FRAMES_PER_CHANGE;
  let renders = 0;
  const invalidate = () => {
    owed = FRAMES_PER_CHANGE;
  };
  const moving = () => (scene.sys?.isActive() ?? false) && scene.tweens.getTweens().length > 0;
  const internals = game as unknown as { pendingDestroy: boolean; runDestroy(): void };
  // Phaser's own step (core/Game.js), with the render part run only when there is something new to show.
  game.step = (time: number, delta: number) => {
    if (internals.pendingDestroy) return internals.runDestroy();
    if (game.isPaused) return;
    const events = game.events;
    events.emit(Phaser.Core.Events.PRE_STEP, time, delta);
    events.emit(Phaser.Core.Events.STEP, time, delta);
    game.scene.update(time, delta);
    events.emit(Phaser.Core.Events.POST_STEP, time, delta);
    if (owed === 0 && !moving()) return;
    owed = Math.max(0, owed - 1);
    renders += 1;
    const renderer = game.renderer;
    renderer.preRender();
    events.emit(Phaser.Core.Events.PRE_RENDER, renderer, time, delta);
    game.scene.render(renderer);
    renderer.postRender();
    events.emit(Phaser.Core.Events.POST_RENDER, renderer, time, delta);
  };
  // What changes the picture without going through the world's own calls.
  game.events.on(REDRAW, invalidate);
  game.scale.on(Phaser.Scale.Events.RESIZE, invalidate);
  game.events.on(Phaser.Core.Events.VISIBLE, invalidate);
  return { invalidate, renders: () => renders };
}
