// Browser tests (tests/e2e): a real server, the built client and Debian's Chromium.
// Kept apart from the main config, which runs only tests/unit and tests/server.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: "forks",
    fileParallelism: false,
    maxWorkers: 1,
  },
});
