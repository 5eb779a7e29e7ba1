import { defineConfig } from "vitest/config";

/** End-to-end tests: Playwright driving Debian's Chromium against pages served on 127.0.0.1. */
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/e2e/**/*.e2e.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
