import { defineConfig } from "vitest/config";

/** End-to-end tests: Playwright driving Debian's Chromium against pages served on 127.0.0.1. */
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/e2e/**/*.e2e.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // expect.poll waits for an event on the page; its cap (1 s by default) is generous so a loaded
    // 2-core machine (Chromium, the page's chunks, the script) waits longer instead of failing
    expect: { poll: { timeout: 15_000 } },
  },
});
