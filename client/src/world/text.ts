// Text on the map: one readable style (outlined), in the player's font stack.
import Phaser from "phaser";

export const FONT = "system-ui, 'Segoe UI', 'Noto Sans TC', 'WenQuanYi Micro Hei', 'PingFang TC', sans-serif";

/** Map text is drawn larger than its nominal size: the map is usually shown at 60–90 %. */
export const TEXT_SCALE = 1.4;

export function label(scene: Phaser.Scene, x: number, y: number, text: string, size = 13, color = "#e5e7eb"): Phaser.GameObjects.Text {
  return scene.add.text(x, y, text, { fontFamily: FONT, fontSize: `${Math.round(size * TEXT_SCALE)}px`, color, stroke: "#050913", strokeThickness: 5 });
}
