// The limiting factor on the map: pulsing rings, in the factor's colour, around what
// binds the player now (the warehouse when power binds, the vendor queue when tools do…).
import Phaser from "phaser";
import type { LimitingFactor } from "../../../shared/index";
import { tr } from "../i18n";
import { FACTOR_GLYPH, factorColor, hexToNumber } from "../ui/palette";
import type { Point } from "./layout";
import { label } from "./text";

export class Highlight {
  private rings: Phaser.GameObjects.Graphics;
  readonly tag: Phaser.GameObjects.Text;
  private tween: Phaser.Tweens.Tween | null = null;
  private key = "";

  constructor(private scene: Phaser.Scene) {
    this.rings = scene.add.graphics().setDepth(7);
    this.tag = label(scene, 0, 0, "", 14).setDepth(10).setOrigin(0.5, 1);
    this.tag.setPadding(6, 3, 6, 3);
  }

  show(factor: LimitingFactor, points: Point[], reduced: boolean): void {
    const key = `${factor}|${factorColor(factor)}|${points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`).join(";")}|${reduced}`;
    if (key === this.key) return;
    this.key = key;
    this.rings.clear();
    this.tween?.remove();
    this.tween = null;
    if (factor === "none" || points.length === 0) {
      this.tag.setVisible(false);
      return;
    }
    const color = hexToNumber(factorColor(factor));
    for (const p of points) {
      this.rings.lineStyle(5, color, 0.95).strokeCircle(p.x, p.y, 38);
      this.rings.lineStyle(3, color, 0.5).strokeCircle(p.x, p.y, 48);
    }
    const top = points.reduce((a, b) => (b.y < a.y ? b : a));
    this.tag.setText(`${FACTOR_GLYPH[factor]} ${tr("map.limiting", { factor: tr(`factor.${factor}`) })}`);
    this.tag.setBackgroundColor(factorColor(factor));
    this.tag.setColor("#0b1020").setStroke("#0b1020", 0);
    this.tag.setPosition(top.x, top.y - 50).setVisible(true);
    this.rings.setAlpha(1);
    if (!reduced) this.tween = this.scene.tweens.add({ targets: this.rings, alpha: 0.25, duration: 700, yoyo: true, repeat: -1, ease: "Sine.easeInOut" });
  }
}
