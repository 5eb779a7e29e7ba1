import { dirname, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import dts from "vite-plugin-dts";
import { defineConfig } from "vite";

const src = (path: string) => resolve(import.meta.dirname, "src", path);

// What a click may need later is emitted as self-contained files by vite.lazy.config.ts, and the
// static modules load them by a plain relative path. A merchant's bundler then sees no module that
// both the static graph and a lazy chunk import, so nothing lazy is hoisted into the static part.
const LAZY: Record<string, string> = {
  "react/engine": "engine",
  "components/BuyerDialog": "buyer-dialog",
  "core/locales/ko": "pack-ko",
  "core/locales/en": "pack-en",
};
const LOADERS = ["/src/react/runtime.ts", "/src/components/dialog-loader.ts"];
const lazyChunks = {
  name: "react-portone-inicis:lazy-chunks",
  enforce: "pre" as const,
  resolveId(id: string, importer: string | undefined) {
    if (!importer || !LOADERS.some((l) => importer.endsWith(l))) return null;
    const target = resolve(dirname(importer), id).replace(/\.tsx?$/, "");
    const name = Object.entries(LAZY).find(([path]) => target.endsWith(`/src/${path}`))?.[1];
    return name ? { id: `rpi-lazy:${name}`, external: true } : null;
  },
};
const lazyPath = (prefix: string) => (id: string) => (id.startsWith("rpi-lazy:") ? `${prefix}${id.slice(9)}.js` : id);

// Modules a Next.js server component may render directly: they open a client boundary. The
// barrel stays free of the directive, so the pure functions it exports still run on the server.
const CLIENT_MODULES = ["react/context", "components/PayButton", "components/PhoneBillingButton", "components/BillingKeyForm", "components/InicisBypassEditor", "testing/simulated-window"];
const banner = (chunk: { facadeModuleId: string | null; name: string }) =>
  CLIENT_MODULES.some((m) => chunk.facadeModuleId?.endsWith(`/src/${m}.tsx`) || chunk.facadeModuleId?.endsWith(`/src/${m}.ts`)) ? '"use client";' : "";

/**
 * Library build (kept apart from vite.config.ts, which Storybook reads). ESM is emitted module by
 * module, so a merchant's bundler keeps only what an import uses; CJS is one file per entry.
 */
export default defineConfig({
  plugins: [
    lazyChunks,
    react(),
    dts({
      tsconfigPath: "./tsconfig.build.json",
      entryRoot: "src",
      bundleTypes: true,
      outDirs: ["dist", { dir: "dist", moduleFormat: "cjs" }],
    }),
  ],
  build: {
    target: "es2022",
    minify: false,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: src("index.ts"),
        testing: src("testing/index.ts"),
        server: src("server/index.ts"),
        "server-browser": src("server/browser.ts"),
        "locales/ko": src("locales/ko.ts"),
        "locales/en": src("locales/en.ts"),
      },
      formats: ["es", "cjs"],
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@portone\//, /^@radix-ui\//, /^node:/],
      output: [
        { format: "es", dir: "dist/esm", preserveModules: true, preserveModulesRoot: "src", entryFileNames: "[name].js", banner, paths: lazyPath("../lazy/") },
        { format: "cjs", dir: "dist", entryFileNames: "[name].cjs", chunkFileNames: "cjs/[name]-[hash].cjs", paths: lazyPath("./esm/lazy/"), banner: (c) => (c.name === "index" || c.name === "testing" ? '"use client";' : "") },
      ],
    },
  },
});
