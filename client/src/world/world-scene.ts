// The world view: the map, fabs at their sites, vendors and their queues, power,
// warehouses, orbit — and the player's limiting factor ringed on top.
import Phaser from "phaser";
import { TOOL_LINES, type FactionId } from "../../../shared/index";
import type { Effect, WorldView } from "../net/view";
import { settings } from "../app/settings";
import { isBuilding } from "../model/derive";
import { ICONS } from "./assets";
import { DeployLayer } from "./deploy-layer";
import { FabLayer } from "./fab-layer";
import { Highlight } from "./highlight";
import { HOME_VIEW, MAP_H, MAP_W, SITE_POS, type Point } from "./layout";
import { declutter } from "./declutter";
import { label } from "./text";
import { makeTextures } from "./textures";
import { VendorLayer } from "./vendor-layer";
import { DEPTH } from "./depths";

const FOCUS = { x: 70, y: 30, w: 1480, h: 620 };

export class WorldScene extends Phaser.Scene {
  private fabs!: FabLayer;
  private vendors!: VendorLayer;
  private deploy!: DeployLayer;
  private highlight!: Highlight;
  private tip!: Phaser.GameObjects.Text;
  private ready = false;
  private pending: { view: WorldView; me: FactionId | null; ring?: FactionId | null } | null = null;
  private lastLaunches = -1;

  constructor() {
    super({ key: "world" });
  }

  preload(): void {
    performance.mark("tf:scene-preload");
    for (const [key, url] of Object.entries(ICONS)) this.load.image(key, url);
  }

  create(): void {
    makeTextures(this);
    this.fit();
    this.scale.on(Phaser.Scale.Events.RESIZE, () => this.fit());
    this.enablePanZoom();
    this.vendors = new VendorLayer(this, (text, at) => this.showTip(text, at));
    this.deploy = new DeployLayer(this, (text, at) => this.showTip(text, at));
    this.fabs = new FabLayer(this, (text, at) => this.showTip(text, at));
    this.highlight = new Highlight(this);
    this.tip = label(this, 0, 0, "", 13).setDepth(DEPTH.tip).setVisible(false).setBackgroundColor("#0b1222").setPadding(6, 4, 6, 4).setData("wanted", false);
    this.ready = true;
    performance.mark("tf:scene-created");
    this.game.events.emit("world-ready");
    if (this.pending) this.apply(this.pending.view, this.pending.me, this.pending.ring);
  }

  /** Zoom that shows the whole band where the game happens (orbit, the US, Europe, East Asia). */
  private fitZoom(): number {
    const whole = Math.min(this.scale.width / FOCUS.w, this.scale.height / FOCUS.h);
    // A tall, narrow view (a phone in portrait) fills its height instead and pans sideways.
    if (this.scale.width < 560 && this.scale.height > this.scale.width * 0.6) return Math.max(whole, Math.min(1, (this.scale.height / FOCUS.h) * 0.8));
    return whole;
  }

  private zoomFactor = 1;
  private homed = false;
  private center: Point | null = null;

  /** Show the band as large as the view allows (or as the player zoomed and panned it). */
  private fit(): void {
    const cam = this.cameras.main;
    const base = this.fitZoom();
    const zoom = base * this.zoomFactor;
    cam.setZoom(zoom);
    const visibleW = this.scale.width / zoom;
    const visibleH = this.scale.height / zoom;
    // Extra height goes below the band (oceans), not above it (empty space).
    const c = this.center ?? { x: FOCUS.x + FOCUS.w / 2, y: FOCUS.y + visibleH / 2 };
    const clamp = (v: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v)));
    const cx = clamp(c.x, visibleW / 2, MAP_W - visibleW / 2);
    const cy = clamp(c.y, visibleH / 2, MAP_H - visibleH / 2);
    if (this.center) this.center = { x: cx, y: cy };
    cam.centerOn(cx, cy);
    // The map itself is the page's background under a transparent canvas (rasterised once by the
    // browser, not re-uploaded by Phaser): tell the page where the camera puts it.
    this.game.events.emit("map-view", { zoom, left: this.scale.width / 2 - cx * zoom, top: this.scale.height / 2 - cy * zoom });
    this.relayout();
  }

  /** Drag to pan, wheel to zoom (between the whole band and 3×). */
  private enablePanZoom(): void {
    let drag: { x: number; y: number; moved: boolean } | null = null;
    this.input.on("pointerdown", (p: Phaser.Input.Pointer) => (drag = { x: p.x, y: p.y, moved: false }));
    this.input.on("pointerup", () => (drag = null));
    this.input.on("pointermove", (p: Phaser.Input.Pointer) => {
      if (!drag || !p.isDown) return;
      const dx = p.x - drag.x, dy = p.y - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      drag.moved = true;
      const cam = this.cameras.main;
      const c = this.center ?? { x: cam.midPoint.x, y: cam.midPoint.y };
      this.center = { x: c.x - dx / cam.zoom, y: c.y - dy / cam.zoom };
      drag.x = p.x;
      drag.y = p.y;
      this.fit();
    });
    this.input.on("wheel", (p: Phaser.Input.Pointer, _o: unknown, _dx: number, dy: number) => this.zoomBy(dy > 0 ? 1 / 1.15 : 1.15, p.x, p.y));
  }

  /** Zoom in (factor > 1) or out around a point of the view (its centre by default); 1 = fit. */
  zoomBy(factor: number, x = this.scale.width / 2, y = this.scale.height / 2): void {
    if (!this.ready) return;
    const cam = this.cameras.main;
    const before = cam.getWorldPoint(x, y);
    const next = factor === 1 ? 1 : Math.max(1, Math.min(3, this.zoomFactor * factor));
    if (next === this.zoomFactor && factor !== 1) return;
    this.zoomFactor = next;
    const zoom = this.fitZoom() * next;
    // Keep the point under the pointer where it is.
    this.center = factor === 1 ? null : { x: before.x - (x - this.scale.width / 2) / zoom, y: before.y - (y - this.scale.height / 2) / zoom };
    this.fit();
  }

  /** Labels: readable size for this zoom, no overlaps, the limiting-factor tag where it hides nothing. */
  private relayout(): void {
    if (!this.ready) return;
    const cam = this.cameras.main;
    const w = this.scale.width / cam.zoom, h = this.scale.height / cam.zoom;
    const visible = { x: cam.midPoint.x - w / 2, y: cam.midPoint.y - h / 2, w, h };
    declutter(this, { zoom: cam.zoom, tag: this.highlight.tag, obstacles: [...this.fabs.bounds(), ...this.vendors.bounds()], visible });
  }

  private showTip(text: string | null, at?: Point): void {
    if (!text || !at) {
      this.tip.setVisible(false);
      return;
    }
    this.tip.setText(text).setOrigin(0.5, 1).setPosition(at.x, at.y).setVisible(true);
  }

  /** `ring`: whose limiting factor is ringed (the player's by default; a replay follows any faction). */
  apply(view: WorldView, me: FactionId | null, ring: FactionId | null = me): void {
    if (!this.ready) {
      this.pending = { view, me, ring };
      return;
    }
    const home = me ?? ring;
    if (home && !this.homed) {
      // A view narrower than the band starts on the player's home.
      this.homed = true;
      if (this.fitZoom() > Math.min(this.scale.width / FOCUS.w, this.scale.height / FOCUS.h) + 1e-6) {
        this.center = { ...HOME_VIEW[home] };
        this.fit();
      }
    }
    this.vendors.update(view, me);
    this.deploy.update(view, me);
    this.fabs.update(view, me);
    if (ring) this.highlightFor(view, ring);
    this.relayout();
    const launches = view.factions.tesla.launchesTotal;
    if (this.lastLaunches >= 0 && launches > this.lastLaunches) this.deploy.launch(settings().reducedMotion);
    this.lastLaunches = launches;
  }

  effect(e: Effect): void {
    if (!this.ready) return;
    if (e.kind === "launches" && this.lastLaunches < 0) this.deploy.launch(settings().reducedMotion);
  }

  relabel(): void {
    if (!this.ready) return;
    this.fabs.relabel();
    this.vendors.relabel();
    if (this.pending) this.apply(this.pending.view, this.pending.me, this.pending.ring);
  }

  remember(view: WorldView, me: FactionId | null): void {
    this.pending = { view, me };
  }

  private highlightFor(v: WorldView, me: FactionId): void {
    const f = v.factions[me];
    const mine = v.fabs.filter((fab) => fab.owner === me);
    let points: Point[] = [];
    switch (f.limitingFactor) {
      case "power": {
        points = [this.deploy.warehousePos(me), this.deploy.powerPos(me)].filter((p): p is Point => Boolean(p));
        break;
      }
      case "tools": {
        const lines = new Set(v.toolOrders.filter((o) => o.faction === me).map((o) => o.line));
        const euv = [...lines].filter((l) => TOOL_LINES[l]?.kind === "euv");
        const pick = euv.length ? euv : lines.size ? [...lines] : [me === "china" ? "domestic:euv" : "asml:euv"];
        points = pick.map((l) => this.vendors.rowPosition(l)).filter((p): p is Point => Boolean(p)).slice(0, 3);
        break;
      }
      case "construction":
        points = this.fabs.positionsOf(mine.filter(isBuilding).map((x) => x.id));
        break;
      case "memory": {
        const dram = v.fabs.filter((x) => x.kind === "dram" && (x.owner === me || me === "tesla"));
        points = dram.length ? this.fabs.positionsOf(dram.slice(0, 4).map((x) => x.id)) : [SITE_POS.korea];
        break;
      }
      case "logic": {
        const logic = mine.filter((x) => x.kind === "logic");
        points = logic.length ? this.fabs.positionsOf(logic.slice(0, 4).map((x) => x.id)) : [SITE_POS.taiwan];
        break;
      }
      case "none":
        points = [];
        break;
      default:
        points = this.fabs.positionsOf(mine.slice(0, 3).map((x) => x.id));
    }
    this.highlight.show(f.limitingFactor, points, settings().reducedMotion);
  }
}
