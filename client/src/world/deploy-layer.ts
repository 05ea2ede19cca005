// Where accelerators go: ground power (grid, solar, turbines), the warehouse of
// unpowered accelerators piling up, Tesla's edge fleet and its satellites in orbit.
import Phaser from "phaser";
import { FACTION_IDS, type FactionId } from "../../../shared/index";
import { tr } from "../i18n";
import { gw, num } from "../i18n/format";
import { edgeGW, groundPower, orbitGW } from "../model/derive";
import type { WorldView } from "../net/view";
import { crateSpot, DEPLOY_POS, ORBIT, PILE, type Point } from "./layout";
import { label } from "./text";
import { TEX } from "./textures";
import { DEPTH } from "./depths";

/** Thousand accelerators per crate drawn in the pile. */
const K_PER_CRATE = 20;

interface Deployer {
  powerIcons: Phaser.GameObjects.Image[];
  powerText: Phaser.GameObjects.Text;
  pile: Phaser.GameObjects.Image[];
  shed: Phaser.GameObjects.Image;
  pileText: Phaser.GameObjects.Text;
  edge?: { icon: Phaser.GameObjects.Image; text: Phaser.GameObjects.Text };
  /** Which side of the shed the crates pile up on (away from the site names nearby). */
  pileDir: 1 | -1;
}

type Hover = (text: string | null, at?: Point) => void;

/** Hovering (or tapping) an object shows what it is and its numbers. */
export function hoverTip(obj: Phaser.GameObjects.Image, onHover: Hover, text: () => string): void {
  obj.setInteractive({ useHandCursor: false });
  obj.on("pointerover", () => onHover(text(), { x: obj.x, y: obj.y - obj.displayHeight / 2 - 4 }));
  obj.on("pointerout", () => onHover(null));
}

export class DeployLayer {
  private deployers = new Map<FactionId, Deployer>();
  private sats: Phaser.GameObjects.Image[] = [];
  private orbitText: Phaser.GameObjects.Text;

  constructor(private scene: Phaser.Scene, onHover: Hover = () => undefined) {
    for (const id of FACTION_IDS) {
      const pos = DEPLOY_POS[id];
      if (!pos) continue;
      const p = pos.power;
      const powerIcons = ["power-grid", "power-solar", "power-turbine"].map((k, i) => scene.add.image(p.x + i * 32 - 32, p.y, k).setDisplaySize(30, 30).setDepth(DEPTH.icon));
      const powerText = label(scene, p.x, p.y + 18, "", 11).setOrigin(0.5, 0).setDepth(DEPTH.label);
      const w = pos.warehouse;
      const shed = scene.add.image(w.x, w.y, "warehouse").setDisplaySize(38, 38).setDepth(DEPTH.icon);
      const pile: Phaser.GameObjects.Image[] = [];
      const pileText = label(scene, w.x, w.y + 22, "", 11).setOrigin(0.5, 0).setDepth(DEPTH.label);
      const d: Deployer = { powerIcons, powerText, pile, shed, pileText, pileDir: pos.pileDir };
      if (pos.edge) d.edge = { icon: scene.add.image(pos.edge.x, pos.edge.y, "edge-car").setDisplaySize(34, 34).setDepth(DEPTH.icon), text: label(scene, pos.edge.x, pos.edge.y + 18, "", 11).setOrigin(0.5, 0).setDepth(DEPTH.label) };
      this.deployers.set(id, d);
      const who = () => tr(`faction.${id}`);
      for (const icon of powerIcons) hoverTip(icon, onHover, () => `${who()} · ${tr("map.tip.power")}\n${powerText.text}`);
      hoverTip(shed, onHover, () => `${who()} · ${tr("map.tip.warehouse")}\n${pileText.text}`);
      if (d.edge) {
        const text = d.edge.text;
        hoverTip(d.edge.icon, onHover, () => `${who()} · ${tr("map.tip.edge")}\n${text.text}`);
      }
    }
    this.orbitText = label(scene, ORBIT.x, ORBIT.y + 26, "", 12, "#bae6fd").setOrigin(0.5, 0).setDepth(DEPTH.label);
  }

  warehousePos(id: FactionId): Point | null {
    return DEPLOY_POS[id]?.warehouse ?? null;
  }

  powerPos(id: FactionId): Point | null {
    return DEPLOY_POS[id]?.power ?? null;
  }

  update(v: WorldView, _me: FactionId | null): void {
    for (const [id, d] of this.deployers) {
      const f = v.factions[id];
      const p = groundPower(f);
      d.powerText.setText(tr("map.power", { used: gw(p.usedGW), cap: gw(p.capacityGW) }));
      d.powerIcons[1].setAlpha(f.solarGW > 0 ? 1 : 0.35);
      d.powerIcons[2].setAlpha(f.turbineGW > 0 ? 1 : 0.35);
      this.drawPile(d, f.warehouse);
      d.pileText.setText(tr("map.warehouse", { k: num(f.warehouse) }));
      d.pileText.setColor(f.warehouse > 1 ? "#fecaca" : "#cbd5e1");
      if (d.edge) d.edge.text.setText(tr("map.edge", { k: num(f.edgeAccelerators), gw: gw(edgeGW(f)) }));
    }
    const tesla = v.factions.tesla;
    const orbit = orbitGW(tesla);
    const want = Math.min(28, Math.ceil(orbit / 0.1));
    while (this.sats.length < want) {
      const i = this.sats.length;
      const x = ORBIT.x - 420 + ((i * 137) % 840);
      const y = ORBIT.y - 30 + ((i * 53) % 40);
      this.sats.push(this.scene.add.image(x, y, "orbit-satellite").setDisplaySize(28, 28).setDepth(DEPTH.icon));
    }
    this.orbitText.setText(tesla.launchesTotal > 0 || orbit > 0 ? tr("map.orbit", { gw: gw(orbit), n: num(tesla.launchesTotal) }) : tr("map.orbitEmpty"));
  }

  /** Crates stacked in a pyramid beside the shed, one per 20 k accelerators waiting for power. */
  private drawPile(d: Deployer, warehouse: number): void {
    const crates = Math.min(PILE.max, Math.ceil(warehouse / K_PER_CRATE));
    while (d.pile.length < crates) {
      const at = crateSpot(d.shed, d.pileDir, d.pile.length);
      d.pile.push(this.scene.add.image(at.x, at.y, TEX.crate).setOrigin(d.pileDir > 0 ? 0 : 1, 1).setDepth(DEPTH.icon));
    }
    d.pile.forEach((img, i) => img.setVisible(i < crates));
  }

  /** A rocket climbs from the launch site to orbit. */
  launch(reduced: boolean): void {
    const from = DEPLOY_POS.tesla?.launch;
    if (!from || reduced) return;
    const r = this.scene.add.image(from.x, from.y, "rocket").setDisplaySize(34, 34).setDepth(DEPTH.siteName);
    this.scene.tweens.add({ targets: r, x: ORBIT.x - 200 + Math.random() * 400, y: ORBIT.y, duration: 1600, ease: "Cubic.easeIn", onComplete: () => r.destroy() });
  }
}
