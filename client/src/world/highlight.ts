// The limiting factor on the map: rings (pulsing when they move), in the factor's colour, around what
// binds the player now (the warehouse when power binds, the vendor queue when tools do…).
import Phaser from "phaser";
import type { LimitingFactor } from "../../../shared/index";
import { tr } from "../i18n";
import { FACTOR_GLYPH, factorColor, hexToNumber } from "../ui/palette";
import type { Point } from "./layout";
import { label } from "./text";
import { TEX } from "./textures";

const PULSES = 3;

export class Highlight {
  /** One image of the rings texture per point (drawn once, tinted): no shapes re-tessellated each frame. */
  private rings: Phaser.GameObjects.Image[] = [];
  readonly tag: Phaser.GameObjects.Text;
  private tween: Phaser.Tweens.Tween | null = null;
  private key = "";

  constructor(private scene: Phaser.Scene) {
    this.tag = label(scene, 0, 0, "", 14).setDepth(10).setOrigin(0.5, 1);
    this.tag.setPadding(6, 3, 6, 3);
  }

  show(factor: LimitingFactor, points: Point[], reduced: boolean): void {
    const key = `${factor}|${factorColor(factor)}|${points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`).join(";")}|${reduced}`;
    if (key === this.key) return;
    this.key = key;
    this.tween?.remove();
    this.tween = null;
    for (const r of this.rings) r.destroy();
    this.rings = [];
    if (factor === "none" || points.length === 0) {
      this.tag.setVisible(false);
      return;
    }
    const color = hexToNumber(factorColor(factor));
    this.rings = points.map((p) => this.scene.add.image(p.x, p.y, TEX.pulse).setTint(color).setDepth(7));
    const top = points.reduce((a, b) => (b.y < a.y ? b : a));
    this.tag.setText(`${FACTOR_GLYPH[factor]} ${tr("map.limiting", { factor: tr(`factor.${factor}`) })}`);
    this.tag.setBackgroundColor(factorColor(factor));
    this.tag.setColor("#0b1020").setStroke("#0b1020", 0);
    this.tag.setPosition(top.x, top.y - 50).setVisible(true);
    // Three pulses when the factor or its place changes, then the rings stay: a world standing
    // still is not redrawn (redraw.ts), and a ring that never stops pulsing would redraw it forever.
    if (!reduced) this.tween = this.scene.tweens.add({ targets: this.rings, alpha: 0.25, duration: 700, yoyo: true, repeat: PULSES - 1, ease: "Sine.easeInOut" });
  }
}
