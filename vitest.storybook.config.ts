import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/chromium.mjs";

/** Every story as a test in headless Debian Chromium, with its play function and axe (a11y test: "error"). */
export default defineConfig({
  plugins: [storybookTest({ configDir: ".storybook" })],
  test: {
    name: "storybook",
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
      instances: [{ browser: "chromium" }],
    },
    // a cap, not a clock (5 s by default): play functions wait for events, and a loaded 2-core
    // machine may take a while
    testTimeout: 30_000,
  },
});
