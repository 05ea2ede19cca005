// Fabs on the map: an icon per fab at its site (crane while building), ringed in its
// owner's colour, with a bar for the current stage (or yield once it runs).
import Phaser from "phaser";
import type { FactionId, SiteId } from "../../../shared/index";
import type { FabView as Fab } from "../net/view";
import { tr } from "../i18n";
import { pct } from "../i18n/format";
import { isBuilding, stageShare, toolsShare } from "../model/derive";
import type { WorldView } from "../net/view";
import { fabLabel } from "../panels/specs/options";
import { factionColor, hexToNumber } from "../ui/palette";
import { fabSlot, SITE_LABEL, SITE_POS, type Point } from "./layout";
import { label } from "./text";
import { TEX } from "./textures";
import { paint, tinted } from "./tint";
import { DEPTH } from "./depths";

const STAGE_COLOR: Record<string, number> = { permitting: 0x94a3b8, shell: 0xfb923c, install: 0xf87171, ramp: 0x38bdf8, volume: 0x4ade80 };

interface Marker {
  box: Phaser.GameObjects.Container;
  ring: Phaser.GameObjects.Image;
  mine: Phaser.GameObjects.Image;
  icon: Phaser.GameObjects.Image;
  barBg: Phaser.GameObjects.Image;
  bar: Phaser.GameObjects.Image;
  dot: Phaser.GameObjects.Image;
  text: Phaser.GameObjects.Text;
}

export class FabLayer {
  private markers = new Map<string, Marker>();
  private siteLabels: Phaser.GameObjects.Text[] = [];

  constructor(private scene: Phaser.Scene, private onHover: (text: string | null, at?: Point) => void) {
    this.relabel();
  }

  relabel(): void {
    for (const t of this.siteLabels) t.destroy();
    // Each site's name sits on the side away from its fabs.
    this.siteLabels = (Object.keys(SITE_POS) as SiteId[]).map((s) => {
      const p = SITE_POS[s];
      const side = SITE_LABEL[s];
      return label(this.scene, p.x + side.dx * 4, p.y + side.dy * 4, tr(`site.${s}`), 14, "#f8fafc").setOrigin(side.dx > 0 ? 0 : 1, side.dy > 0 ? 0 : 1).setDepth(DEPTH.siteName).setData("prio", 100);
    });
  }

  update(v: WorldView, me: FactionId | null): void {
    const seen = new Set<string>();
    const bySite = new Map<SiteId, Fab[]>();
    for (const fab of v.fabs) bySite.set(fab.site, [...(bySite.get(fab.site) ?? []), fab]);
    for (const [site, fabs] of bySite) {
      fabs.sort((a, b) => (a.owner === me ? -1 : 0) - (b.owner === me ? -1 : 0) || a.owner.localeCompare(b.owner) || a.id.localeCompare(b.id, undefined, { numeric: true }));
      fabs.forEach((fab, i) => {
        seen.add(fab.id);
        this.draw(fab, fabSlot(site, i), fab.owner === me);
      });
    }
    for (const [id, m] of this.markers) {
      if (seen.has(id)) continue;
      m.box.destroy();
      this.markers.delete(id);
    }
  }

  /** Where the fab markers are (world coordinates): the limiting-factor tag keeps off them. */
  bounds(): Array<{ x: number; y: number; w: number; h: number; owner: unknown }> {
    return [...this.markers.values()].map((m) => ({ x: m.box.x - 22, y: m.box.y - 24, w: 44, h: 50, owner: m.box }));
  }

  /** Centre of the player's fabs that match, for the limiting-factor highlight. */
  positionsOf(ids: string[]): Point[] {
    return ids.map((id) => this.markers.get(id)?.box).filter((b): b is Phaser.GameObjects.Container => Boolean(b)).map((b) => ({ x: b.x, y: b.y }));
  }

  private draw(fab: Fab, at: Point, mine: boolean): void {
    let m = this.markers.get(fab.id);
    if (!m) {
      const s = this.scene;
      const ring = s.add.image(0, -2, TEX.ring);
      const mineRing = s.add.image(0, -2, TEX.ringMine);
      const icon = s.add.image(0, -2, "fab-building").setDisplaySize(32, 32);
      const barBg = s.add.image(-23, 24, tinted(s, TEX.px, 0x000000)).setOrigin(0, 0.5).setDisplaySize(46, 8).setAlpha(0.75);
      const bar = s.add.image(-22, 24, TEX.px).setOrigin(0, 0.5);
      const dot = s.add.image(19, -20, tinted(s, TEX.dot, 0xef4444));
      const text = label(s, 0, 30, "", 8.5).setOrigin(0.5, 0);
      const box = s.add.container(at.x, at.y, [ring, mineRing, icon, barBg, bar, dot, text]).setDepth(mine ? DEPTH.myFab : DEPTH.rivalFab).setSize(50, 50);
      box.setInteractive({ useHandCursor: false });
      box.on("pointerover", () => this.onHover(this.tooltip(fab.id), { x: box.x, y: box.y - 30 }));
      box.on("pointerout", () => this.onHover(null));
      m = { box, ring, mine: mineRing, icon, barBg, bar, dot, text };
      this.markers.set(fab.id, m);
    }
    m.box.setPosition(at.x, at.y);
    m.box.setData("fab", fab);
    const color = hexToNumber(factionColor(fab.owner));
    paint(m.ring, TEX.ring, color);
    m.mine.setVisible(mine);
    m.text.setData("prio", mine ? 60 : 30);
    m.box.setDepth(mine ? DEPTH.myFab : DEPTH.rivalFab);
    m.icon.setTexture(isBuilding(fab) ? "fab-building" : fab.kind === "dram" ? "fab-dram" : "fab-logic").setDisplaySize(32, 32);
    m.icon.setAlpha(fab.blocker === "halted" ? 0.4 : 1);
    const share = fab.stage === "ramp" || fab.stage === "volume" ? fab.yield : stageShare(fab);
    paint(m.bar, TEX.px, STAGE_COLOR[fab.stage] ?? 0xffffff).setDisplaySize(Math.max(1, 44 * share), 6);
    m.dot.setVisible(Boolean(fab.blocker));
    m.text.setText(fab.stage === "volume" || fab.stage === "ramp" ? `${fab.node} ${pct(fab.yield)}` : `${fab.node} ${tr(`stageShort.${fab.stage}`)}`);
  }

  private tooltip(id: string): string {
    const fab = this.markers.get(id)?.box.getData("fab") as Fab | undefined;
    if (!fab) return "";
    const lines = [`${tr(`faction.${fab.owner}`)} · ${fabLabel(fab)}`];
    if (isBuilding(fab)) lines.push(tr("fab.stageProgress", { p: pct(stageShare(fab)), tools: pct(toolsShare(fab)) }));
    else lines.push(tr("fab.yield", { y: pct(fab.yield) }));
    if (fab.blocker) lines.push(tr(`blocker.${fab.blocker}`));
    return lines.join("\n");
  }
}
