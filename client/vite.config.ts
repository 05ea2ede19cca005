// Vite config for the TerraFab client. Root is client/, output goes to dist/client
// (the server serves it at "/"). In dev, /colyseus, /api and /health go to the game server.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const server = process.env.TERRAFAB_SERVER ?? "http://localhost:2567";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL("../dist/client", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    sourcemap: false,
  },
  server: {
    fs: { allow: [repoRoot] },
    proxy: {
      "/colyseus": { target: server, ws: true, changeOrigin: true, rewrite: (p) => p.replace(/^\/colyseus/, "") },
      "/api": { target: server, changeOrigin: true },
      "/health": { target: server, changeOrigin: true },
    },
  },
});
