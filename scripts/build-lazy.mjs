// The lazily loaded parts, each emitted as ONE self-contained ESM file in dist/esm/lazy (run after
// the main library build): the rules engine with the SDK adapter, the buyer dialog, the option
// editor, and one file per locale pack. Built one by one, so no two share a chunk: loading the
// Korean pack never fetches the English one, and a merchant's bundler sees no module shared with
// the static graph. The static modules import them by relative path (vite.lib.config.ts).
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { build } from "vite";

const root = resolve(import.meta.dirname, "..");
export const LAZY_ENTRIES = {
  engine: "src/flow/index.ts",
  after: "src/flow/after.ts",
  landing: "src/flow/route-page.ts",
  "buyer-dialog": "src/components/BuyerDialog.tsx",
  "flow-extras": "src/components/FlowExtras.tsx",
  "pack-ko": "src/core/locales/ko.ts",
  "pack-en": "src/core/locales/en.ts",
};

for (const [name, entry] of Object.entries(LAZY_ENTRIES)) {
  await build({
    root,
    configFile: false,
    logLevel: "warn",
    plugins: [react()],
    build: {
      target: "es2022",
      minify: false,
      sourcemap: true,
      emptyOutDir: false,
      outDir: resolve(root, "dist/esm/lazy"),
      lib: { entry: resolve(root, entry), formats: ["es"], fileName: () => `${name}.js` },
      rollupOptions: { external: [/^react($|\/)/, /^react-dom($|\/)/, /^@portone\//, /^@radix-ui\//], output: { codeSplitting: false } },
    },
  });
}
console.log(`lazy: ${Object.keys(LAZY_ENTRIES).join(", ")} -> dist/esm/lazy`);
