// The five tool makers (and China's own) with their order books: one square per order in
// the queue, in its buyer's colour; the player's orders are outlined and numbered.
import Phaser from "phaser";
import { TOOL_LINES, TOOL_LINE_IDS, VENDOR_IDS, type VendorId, type FactionId } from "../../../shared/index";
import { tr } from "../i18n";
import { num } from "../i18n/format";
import { lineOutputForPlayers, queueOf } from "../model/derive";
import type { WorldView } from "../net/view";
import { factionColor, hexToNumber } from "../ui/palette";
import { VENDOR_POS, type Point } from "./layout";
import { hoverTip } from "./deploy-layer";
import { label } from "./text";
import { TEX } from "./textures";
import { paint } from "./tint";
import { DEPTH } from "./depths";

const MAX_SQUARES = 10;

interface LineRow {
  icon: Phaser.GameObjects.Image;
  /** One square per queued order (tinted with its buyer's colour), and the player's outlines:
   *  images of textures drawn once, so a frame draws quads instead of re-tessellating shapes. */
  squares: Phaser.GameObjects.Image[];
  outlines: Phaser.GameObjects.Image[];
  text: Phaser.GameObjects.Text;
}

export class VendorLayer {
  private names = new Map<VendorId, Phaser.GameObjects.Text>();
  private rows = new Map<string, LineRow>();
  private icons: Phaser.GameObjects.Image[] = [];

  constructor(private scene: Phaser.Scene, onHover: (text: string | null, at?: Point) => void = () => undefined) {
    for (const v of VENDOR_IDS) {
      const p = VENDOR_POS[v];
      const icon = scene.add.image(p.x, p.y, "vendor").setDisplaySize(36, 36).setDepth(DEPTH.icon);
      this.icons.push(icon);
      // The vendor's lines, their output for players and the queue, in words.
      hoverTip(icon, onHover, () => [`${tr(`vendor.${v}`)} · ${tr("map.tip.vendor")}`, ...TOOL_LINE_IDS.filter((l) => TOOL_LINES[l].vendor === v).map((l) => this.rows.get(l)?.text).filter((t) => t?.visible).map((t) => t!.text)].join("\n"));
      // The name clear of the first line's label, which may not move off its row.
      this.names.set(v, label(scene, p.x + 22, p.y - 40, "", 12, "#fde68a").setDepth(DEPTH.label));
      TOOL_LINE_IDS.filter((l) => TOOL_LINES[l].vendor === v).forEach((l, i) => {
        const y = p.y + 2 + i * 22;
        const icon = scene.add.image(p.x + 32, y, TOOL_LINES[l].kind === "euv" ? "tool-euv" : "tool-generic").setDisplaySize(20, 20).setDepth(DEPTH.label);
        const squares: Phaser.GameObjects.Image[] = [];
        const outlines: Phaser.GameObjects.Image[] = [];
        for (let k = 0; k < MAX_SQUARES; k++) {
          squares.push(scene.add.image(0, y, TEX.px).setOrigin(0, 0.5).setDisplaySize(10, 10).setDepth(DEPTH.label).setVisible(false));
          outlines.push(scene.add.image(0, y, TEX.outline).setDepth(DEPTH.label).setVisible(false));
        }
        // On its own row or not at all (declutter.ts): China's rows are closer than a label is tall.
        const text = label(scene, p.x + 44, y - 10, "", 10).setDepth(DEPTH.label).setData("row", true);
        this.rows.set(l, { icon, squares, outlines, text });
      });
    }
    this.relabel();
  }

  relabel(): void {
    for (const [v, t] of this.names) t.setText(tr(`vendor.${v}`));
  }

  /** What no map label may cover (declutter.ts), in world coordinates: each line's icon and order
   *  squares. Nudged onto them, a label made "DUV 3.4/mo" read "DU⚙▮/mo". */
  bounds(): Array<{ x: number; y: number; w: number; h: number }> {
    const out: Array<{ x: number; y: number; w: number; h: number }> = [];
    for (const row of this.rows.values()) {
      if (!row.icon.visible) continue;
      out.push({ x: row.icon.x - 10, y: row.icon.y - 10, w: 20, h: 20 });
      const shown = row.squares.filter((q) => q.visible).length;
      if (shown > 0) out.push({ x: row.icon.x + 14, y: row.icon.y - 5, w: shown * 13 - 3, h: 10 });
    }
    return out;
  }

  /** Where a line's row is (for the tools highlight). */
  rowPosition(lineId: string): Point | null {
    const r = this.rows.get(lineId);
    return r ? { x: r.icon.x + 50, y: r.icon.y } : null;
  }

  update(v: WorldView, me: FactionId | null): void {
    for (const [lineId, row] of this.rows) {
      const q = queueOf(v, lineId);
      const kind = TOOL_LINES[lineId].kind;
      const x0 = row.icon.x + 14;
      const hide = lineId.startsWith("domestic") && v.factions.china && me !== "china" && q.length === 0;
      for (let i = 0; i < MAX_SQUARES; i++) {
        const o = q[i];
        const x = x0 + i * 13;
        row.squares[i].setVisible(Boolean(o));
        row.outlines[i].setVisible(Boolean(o) && o.faction === me);
        if (!o) continue;
        paint(row.squares[i], TEX.px, hexToNumber(factionColor(o.faction))).setPosition(x, row.icon.y);
        // The outline's centre: the square's (x + 5), as the 13 px stroke around it always was.
        row.outlines[i].setPosition(x + 5, row.icon.y);
      }
      const mine = q.findIndex((o) => o.faction === me);
      const per = lineOutputForPlayers(v, lineId);
      const head = `${tr(`toolShort.${kind}`)} ${num(per, per < 10 ? 1 : 0)}/${tr("unit.mo")}`;
      const tail = q.length > MAX_SQUARES ? ` +${q.length - MAX_SQUARES}` : "";
      const place = mine >= 0 ? `  ${tr("queue.youAt", { place: mine + 1 })}` : "";
      row.text.setPosition(x0 + Math.min(q.length, MAX_SQUARES) * 13 + 4, row.icon.y - 10);
      row.text.setText(`${head}${tail}${place}`);
      row.text.setColor(mine >= 0 ? "#ffffff" : "#cbd5e1");
      row.icon.setVisible(!hide);
      row.text.setVisible(!hide);
    }
  }
}
