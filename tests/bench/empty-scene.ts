// The reference the client benchmark compares against: an empty Phaser 4 scene of the same canvas
// size, in the same browser, served by its own tiny HTTP server (Phaser's own build from
// node_modules; nothing of the game). Its frame rate and first frame are what the renderer alone
// costs here; the game's are reported as a share of them.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { ROOT } from "../e2e/server-process";
import { fpsSamples, median } from "./fps";

const PHASER = readFileSync(join(ROOT, "node_modules", "phaser", "dist", "phaser.min.js"));
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;height:100%;background:#050913}</style></head>
<body><div id="game" style="width:100%;height:100%"></div><script src="/phaser.min.js"></script><script>
const start = performance.now();
window.__ref = { frames: 0 };
class Empty extends Phaser.Scene { update() { window.__ref.frames += 1; if (window.__ref.first === undefined) window.__ref.first = performance.now() - start; } }
new Phaser.Game({ type: Phaser.AUTO, parent: "game", scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" }, scene: Empty, banner: false, audio: { noAudio: true } });
</script></body></html>`;

export interface EmptySceneFigures {
  fps: number;
  firstFrameMs: number;
}

/** Median frames per second of the empty scene over `seconds`, and its first frame, at this viewport. */
export async function emptyScene(browser: Browser, viewport: { width: number; height: number }, seconds: number): Promise<EmptySceneFigures> {
  const server = createServer((req, res) => {
    if (req.url === "/phaser.min.js") res.writeHead(200, { "content-type": "text/javascript" }).end(PHASER);
    else res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  try {
    const page = await browser.newPage({ viewport });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (window as unknown as { __ref: { first?: number } }).__ref.first !== undefined, undefined, { timeout: 60_000 });
    const firstFrameMs = await page.evaluate(() => (window as unknown as { __ref: { first: number } }).__ref.first);
    const read = () => page.evaluate(() => ({ f: (window as unknown as { __ref: { frames: number } }).__ref.frames, t: performance.now() }));
    const samples = await fpsSamples(page, read, seconds);
    await page.close();
    return { fps: median(samples), firstFrameMs };
  } finally {
    server.close();
  }
}
