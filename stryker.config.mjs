// Stryker configuration of `npm run mutation` (scripts/mutation.mjs runs one scope at a time:
// MUTATION_SCOPE=core, then server, then flow). Run one scope by hand with
// `MUTATION_SCOPE=server npx stryker run stryker.config.mjs`.
import { readdirSync, readFileSync } from "node:fs";

const scope = ["server", "flow"].includes(process.env.MUTATION_SCOPE ?? "") ? process.env.MUTATION_SCOPE : "core";

/** `file:1-N` where N is the line before the first line matching `marker`: texts for people sit at the bottom of the table files. */
function before(file, marker) {
  const lines = readFileSync(new URL(file, import.meta.url), "utf8").split("\n");
  const at = lines.findIndex((l) => l.startsWith(marker));
  if (at < 1) throw new Error(`${file}: no line starts with ${marker}`);
  return `${file}:1-${at}`;
}

// The rules layer is all of src/core but messages and UI text: not the message packs and particles
// (locales/), the UI strings (ui-text.ts), the card-code suggestion list (card-codes.ts: data, no
// logic), the re-exports (index.ts) and the type-only files (types.ts, inputs.ts). The option and
// pay-method tables count, up to the labels, hints and names shown to people at their bottom.
const CORE_WHOLE = readdirSync(new URL("./src/core/", import.meta.url))
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .filter((f) => !["index.ts", "types.ts", "inputs.ts", "ui-text.ts", "card-codes.ts", "inicis-options.ts", "pay-methods.ts"].includes(f))
  .map((f) => `src/core/${f}`);
const MUTATE = {
  core: [...CORE_WHOLE, before("src/core/inicis-options.ts", "/** Korean labels"), before("src/core/pay-methods.ts", "/** Korean and English names")],
  // /server but its entry (re-exports), the browser stand-in and the type-only file
  server: ["src/server/**/*.ts", "!src/server/index.ts", "!src/server/browser.ts", "!src/server/types.ts"],
};
// the flow layer but its barrel (the lazy engine's re-exports) and its tests
MUTATE.flow = ["src/flow/*.ts", "!src/flow/index.ts", "!src/flow/*.test.ts"];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  coverageAnalysis: "perTest",
  mutate: MUTATE[scope],
  concurrency: 2,
  timeoutMS: 5000,
  timeoutFactor: 1.5,
  // scripts/mutation.mjs prints the table from the JSON report; the HTML one shows each mutant
  reporters: ["json", "html", "progress-append-only"],
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  tempDirName: `.stryker-tmp/${scope}`,
  incremental: process.env.MUTATION_INCREMENTAL === "1",
  incrementalFile: `reports/mutation/${scope}-incremental.json`,
  ignorePatterns: ["dist", "storybook-static", "stories", ".storybook", "bench", "examples/vite-app", "examples/next-app", "test/e2e", "test/react18", "test/examples", "docs/screenshots", "reports", "coverage"],
  cleanTempDir: "always",
  thresholds: { high: 90, low: 80, break: null },
};
