import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/** Unit and component tests in jsdom. */
export default defineConfig({
  plugins: [react()],
  resolve: {
    // tests, stories and examples import the package by its name; resolve it to the source
    alias: [
      { find: /^react-portone-inicis\/server$/, replacement: fileURLToPath(new URL("./src/server/index.ts", import.meta.url)) },
      { find: /^react-portone-inicis\/testing$/, replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)) },
      { find: /^react-portone-inicis$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
  test: {
    environment: "jsdom",
    globals: true,
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "test/browser/**", "node_modules/**"],
    setupFiles: ["./test/setup.ts"],
    restoreMocks: true,
    // a cap, not a clock: tests wait for events, and a loaded 2-core machine may take a while
    testTimeout: 30_000,
  },
});
