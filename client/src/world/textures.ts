// Small textures drawn once at start, so markers are plain images instead of shapes drawn again
// at every redraw. White where a marker takes a colour (tint.ts makes the coloured copies).
import Phaser from "phaser";

export const TEX = { ring: "tf-ring", ringMine: "tf-ring-mine", px: "tf-px", dot: "tf-dot", crate: "tf-crate", outline: "tf-outline", pulse: "tf-pulse" } as const;

/** Size of the limiting-factor rings texture (rings of radius 38 and 48 around its centre). */
export const PULSE_SIZE = 104;

export function makeTextures(scene: Phaser.Scene): void {
  const g = scene.add.graphics();
  const draw = (key: string, w: number, h: number, paint: (g: Phaser.GameObjects.Graphics) => void) => {
    g.clear();
    paint(g);
    g.generateTexture(key, w, h);
  };
  // Fab badge: dark disc with a white rim (in the owner's colour when shown).
  draw(TEX.ring, 48, 48, (g) => g.fillStyle(0x0b1222, 0.92).fillCircle(24, 24, 21).lineStyle(3.5, 0xffffff, 1).strokeCircle(24, 24, 21));
  draw(TEX.ringMine, 60, 60, (g) => g.lineStyle(2.5, 0xffffff, 0.95).strokeCircle(30, 30, 27));
  draw(TEX.px, 4, 4, (g) => g.fillStyle(0xffffff, 1).fillRect(0, 0, 4, 4));
  draw(TEX.dot, 16, 16, (g) => g.fillStyle(0xffffff, 1).fillCircle(8, 8, 6).lineStyle(2, 0x050913, 1).strokeCircle(8, 8, 6));
  // The player's order in a vendor queue: a 2 px white square outline, 13 px across.
  draw(TEX.outline, 16, 16, (g) => g.lineStyle(2, 0xffffff, 1).strokeRect(1.5, 1.5, 13, 13));
  // The limiting factor's rings (in the factor's colour when shown).
  const c = PULSE_SIZE / 2;
  draw(TEX.pulse, PULSE_SIZE, PULSE_SIZE, (g) => g.lineStyle(5, 0xffffff, 0.95).strokeCircle(c, c, 38).lineStyle(3, 0xffffff, 0.5).strokeCircle(c, c, 48));
  draw(TEX.crate, 14, 12, (g) => g.fillStyle(0xb45309, 1).fillRect(1, 1, 12, 10).lineStyle(1.5, 0xffffff, 0.85).strokeRect(1, 1, 12, 10));
  g.destroy();
}
