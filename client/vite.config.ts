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

/** Phaser's sources test build flags with `typeof FLAG`; its own build swaps in true/false. */
const PHASER_FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true, CANVAS_RENDERER: true, WEBGL_DEBUG: false, FEATURE_SOUND: false,
  EXPERIMENTAL: false, PLUGIN_CAMERA3D: false, PLUGIN_FBINSTANT: false,
};
/** Phaser's MULTIPLY tint (mode 0) on a premultiplied texel: rgb·tint·a' and a·a', a' the tint's alpha. */
const MULTIPLY_TINT = [
  "vec4 applyTint(vec4 texture)",
  "{",
  "    return texture * vec4(outTint.bgr * outTint.a, outTint.a);",
  "}",
].join("\n");
function phaserFlags(): Plugin {
  const flag = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join("|")})\\b`, "g");
  return {
    name: "terrafab-phaser-flags",
    enforce: "pre",
    transform(code, id) {
      // Phaser probes 2D-canvas blend modes at load with pixel read-backs that wait behind the GPU
      // process (~0.8 s on software GL). Only the Canvas renderer reads the answers; every browser
      // we support has the new blend modes.
      if (/[\\/]phaser[\\/]src[\\/]device[\\/]CanvasFeatures\.js$/.test(id)) {
        return { code: "module.exports = { supportInverseAlpha: false, supportNewBlendModes: true };", map: null };
      }
      // Phaser's tint step in every sprite's fragment shader handles eight tint modes with
      // branches (and divides), and a software rasteriser (SwiftShader) runs all of them for every
      // pixel: a canvas-sized image took ~67 ms of GPU-process time per frame, ~38 ms with this.
      // The world view only multiplies (setTint; Text and Image default to it), which on
      // premultiplied colour is one multiply: the same pixels. Other tint modes (setTintFill…)
      // would draw as MULTIPLY here; the world view uses none.
      if (/[\\/]phaser[\\/]src[\\/]renderer[\\/]webgl[\\/]shaders[\\/]ApplyTint-glsl\.js$/.test(id)) {
        return { code: `module.exports = ${JSON.stringify(MULTIPLY_TINT)};`, map: null };
      }
      // With `antialias: false` Phaser's canvas pool opens every new canvas (each map label's)
      // as a GPU-drawn 2D canvas: the first one sets up a GPU context for 2D canvases and every
      // label is then drawn on the GPU and copied into WebGL from there — on software GL, slow
      // work in the way of the first frame. Labels are small and drawn once: the CPU draws them.
      if (/[\\/]phaser[\\/]src[\\/]display[\\/]canvas[\\/]CanvasPool\.js$/.test(id)) {
        return { code: code.replace("getContext('2d', { willReadFrequently: false })", "getContext('2d', { willReadFrequently: true })"), map: null };
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
