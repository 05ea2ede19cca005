// The world view boots while the server is still making the match: Phaser starts in a holder
// kept off screen, and the game screen moves that holder into its map cell when it opens.
import type { World } from "./world";

interface Hosted {
  holder: HTMLElement;
  world: World;
}

let booting: Promise<Hosted> | null = null;

function newHolder(): HTMLElement {
  const holder = document.createElement("div");
  holder.className = "world-holder offscreen";
  holder.setAttribute("data-testid", "world-canvas");
  document.body.append(holder);
  return holder;
}

/** Start the world view now (idempotent until it is released). */
export function bootWorld(): Promise<Hosted> {
  booting ??= import("./world").then(({ createWorld }) => {
    const holder = newHolder();
    return { holder, world: createWorld(holder) };
  });
  booting.catch(() => (booting = null));
  return booting;
}

/** Put the world into a screen's map cell. */
export async function attachWorld(cell: HTMLElement): Promise<World> {
  const { holder, world } = await bootWorld();
  holder.classList.remove("offscreen");
  cell.append(holder);
  world.show();
  return world;
}

/** The screen is gone: end this world; the next match boots a fresh one. */
export async function releaseWorld(): Promise<void> {
  const hosted = booting;
  booting = null;
  if (!hosted) return;
  const { holder, world } = await hosted.catch(() => ({ holder: null, world: null }));
  world?.destroy();
  holder?.remove();
}
