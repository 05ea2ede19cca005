// Coloured copies of the marker textures, made once per colour. Why: the world draws with
// Phaser's canvas renderer (no shader to compile in software before the first frame, see
// world.ts), which cannot tint; a copy multiplied by the colour looks as a WebGL tint does.
import type Phaser from "phaser";

/** The key of `key`'s texture multiplied by `color` (made on first use). */
export function tinted(scene: Phaser.Scene, key: string, color: number): string {
  const hex = color.toString(16).padStart(6, "0");
  const out = `${key}#${hex}`;
  if (scene.textures.exists(out)) return out;
  const src = scene.textures.get(key).getSourceImage() as HTMLCanvasElement | HTMLImageElement;
  const canvas = scene.textures.createCanvas(out, src.width, src.height)!;
  const ctx = canvas.getContext();
  ctx.drawImage(src, 0, 0);
  ctx.globalCompositeOperation = "multiply";
  ctx.fillStyle = `#${hex}`;
  ctx.fillRect(0, 0, src.width, src.height);
  // Keep the source's shape and transparency.
  ctx.globalCompositeOperation = "destination-in";
  ctx.drawImage(src, 0, 0);
  canvas.refresh();
  return out;
}

/** Show an image in a colour (its texture is the colour's copy of `key`). */
export function paint<T extends Phaser.GameObjects.Image>(image: T, key: string, color: number): T {
  const want = tinted(image.scene, key, color);
  if (image.texture.key !== want) image.setTexture(want);
  return image;
}
