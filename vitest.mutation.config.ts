import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The test files Stryker runs for each mutation scope (`npm run mutation`): plain Node, no jsdom and
// no React, so each mutant run takes well under a second. MUTATION_SCOPE picks the scope.
const scope = process.env.MUTATION_SCOPE === "server" || process.env.MUTATION_SCOPE === "flow" ? process.env.MUTATION_SCOPE : "core";

const INCLUDE: Record<string, string[]> = {
  // the rules layer: its unit tests, the guide's examples, the bad-input corpus through the pure builders
  core: ["src/core/**/*.test.ts", "test/guide-examples.test.ts", "test/bad-inputs/pure.test.ts"],
  // /server: its suites (the browser guard tests browser.ts, which is not mutated) and the corpus's server cases
  server: ["test/server/**/*.test.ts", "test/bad-inputs/pure.test.ts"],
};
// the flow layer: its unit tests beside it (a Map for storage, a stubbed fetch, a fake SDK port)
INCLUDE.flow = ["src/flow/**/*.test.ts"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^react-portone-inicis\/server$/, replacement: fileURLToPath(new URL("./src/server/index.ts", import.meta.url)) },
      { find: /^react-portone-inicis\/testing$/, replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)) },
      { find: /^react-portone-inicis$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
    ],
  },
  test: {
    environment: "node",
    include: INCLUDE[scope],
    exclude: ["test/server/browser-guard.test.ts", "node_modules/**"],
    restoreMocks: true,
  },
});
