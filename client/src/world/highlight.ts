// The limiting factor on the map: rings (pulsing when they move), in the factor's colour, around what
// binds the player now (the warehouse when power binds, the vendor queue when tools do…).
import Phaser from "phaser";
import type { LimitingFactor } from "../../../shared/index";
import { tr } from "../i18n";
import { FACTOR_GLYPH, factorColor, hexToNumber } from "../ui/palette";
import type { Point } from "./layout";
import { label } from "./text";
import { TEX } from "./textures";
import { tinted } from "./tint";
import { REDRAW } from "./redraw";
import { DEPTH } from "./depths";

const PULSES = 3;
/** One pulse: 1.4 s in 14 steps (alpha 1 → 0.25 → 1). */
const PULSE_STEPS = 14;
const PULSE_STEP_MS = 100;

export class Highlight {
  /** One image of the rings texture per point (drawn once, in the factor's colour): no shapes re-drawn each frame. */
  private rings: Phaser.GameObjects.Image[] = [];
  readonly tag: Phaser.GameObjects.Text;
  private pulse: Phaser.Time.TimerEvent | null = null;
  private key = "";

  constructor(private scene: Phaser.Scene) {
    this.tag = label(scene, 0, 0, "", 14).setDepth(DEPTH.tag).setOrigin(0.5, 1);
    this.tag.setPadding(6, 3, 6, 3);
  }

  show(factor: LimitingFactor, points: Point[], reduced: boolean): void {
    const key = `${factor}|${factorColor(factor)}|${points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`).join(";")}|${reduced}`;
    if (key === this.key) return;
    this.key = key;
    this.pulse?.remove();
    this.pulse = null;
    for (const r of this.rings) r.destroy();
    this.rings = [];
    if (factor === "none" || points.length === 0) {
      this.tag.setVisible(false);
      return;
    }
    const color = hexToNumber(factorColor(factor));
    // Under the icons and their labels (depths.ts): drawn on top, a ring around the warehouse or the
    // power icons crossed their text ("Warehouse: 897 k unpowered").
    this.rings = points.map((p) => this.scene.add.image(p.x, p.y, tinted(this.scene, TEX.pulse, color)).setDepth(DEPTH.ring));
    const top = points.reduce((a, b) => (b.y < a.y ? b : a));
    this.tag.setText(`${FACTOR_GLYPH[factor]} ${tr("map.limiting", { factor: tr(`factor.${factor}`) })}`);
    this.tag.setBackgroundColor(factorColor(factor));
    this.tag.setColor("#0b1020").setStroke("#0b1020", 0);
    this.tag.setPosition(top.x, top.y - 50).setVisible(true);
    // Three pulses when the factor or its place changes, then the rings stay. The pulse steps ten
    // times a second rather than every frame: each step redraws the whole world (redraw.ts),
    // and a slow glow needs no more.
    if (!reduced) {
      let step = 0;
      const rings = this.rings;
      this.pulse = this.scene.time.addEvent({
        delay: PULSE_STEP_MS,
        repeat: PULSES * PULSE_STEPS - 1,
        callback: () => {
          step += 1;
          const phase = (step % PULSE_STEPS) / PULSE_STEPS;
          for (const r of rings) r.setAlpha(0.625 + 0.375 * Math.cos(2 * Math.PI * phase));
          this.scene.game.events.emit(REDRAW);
        },
      });
    }
  }
}
