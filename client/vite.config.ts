// Vite config for the TerraFab client. Root is client/, output goes to dist/client
// (the server serves it at "/"). In dev, /colyseus, /api and /health go to the game server.
import { defineConfig, type Plugin } from "vite";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const server = process.env.TERRAFAB_SERVER ?? "http://localhost:2567";
const phaserLean = fileURLToPath(new URL("./src/world/phaser-lean.cjs", import.meta.url));
/** shared/ is pure (no module does anything on import), so the client's imports through
 *  shared/index keep only what they use: the title screen's download does not carry the engine. */
const sharedDir = new RegExp(`^${fileURLToPath(new URL("../shared/", import.meta.url)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** Phaser's sources test build flags with `typeof FLAG`; its own build swaps in true/false.
 *  The world draws with the canvas renderer (client/src/world/world.ts), so WebGL is left out. */
const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: false, CANVAS_RENDERER: true, WEBGL_DEBUG: false, FEATURE_SOUND: false,
  EXPERIMENTAL: false, PLUGIN_CAMERA3D: false, PLUGIN_FBINSTANT: false,
};
function phaserFlags(): Plugin {
  const flag = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join("|")})\\b`, "g");
  return {
    name: "terrafab-phaser-flags",
    enforce: "pre",
    transform(code, id) {
      // Phaser probes 2D-canvas blend modes at load with pixel read-backs that wait behind the GPU
      // process (~0.8 s on software GL). Every browser we support has the new blend modes.
      if (/[\\/]phaser[\\/]src[\\/]device[\\/]CanvasFeatures\.js$/.test(id)) {
        return { code: "module.exports = { supportInverseAlpha: false, supportNewBlendModes: true };", map: null };
      }
      if (!/[\\/]phaser[\\/]src[\\/]|phaser-lean\.cjs$/.test(id) || !code.includes("typeof ")) return null;
      return { code: code.replace(flag, (_m, name: string) => String(PHASER_FLAGS[name])), map: null };
    },
  };
}

// The lean Phaser is for the built client (what players download); `npm run dev` serves the
// full ESM Phaser because the dev server does not turn CommonJS sources into modules.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  publicDir: false,
  plugins: command === "build" ? [phaserFlags()] : [],
  resolve: { alias: command === "build" ? [{ find: /^phaser$/, replacement: phaserLean }] : [] },
  build: {
    outDir: fileURLToPath(new URL("../dist/client", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    sourcemap: false,
    rolldownOptions: { treeshake: { moduleSideEffects: [{ test: sharedDir, sideEffects: false }] } },
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: {
      "/colyseus": { target: server, ws: true, changeOrigin: true, rewrite: (p) => p.replace(/^\/colyseus/, "") },
      "/api": { target: server, changeOrigin: true },
      "/health": { target: server, changeOrigin: true },
    },
  },
}));
