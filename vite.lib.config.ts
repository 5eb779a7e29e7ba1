import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import dts from "vite-plugin-dts";
import { defineConfig, type Plugin } from "vite";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { peerDependencies: Record<string, string> };
/** "^0.19.0" -> "0.19": what `npm install @portone/server-sdk@...` should ask for. */
const serverSdkRange = pkg.peerDependencies["@portone/server-sdk"]!.replace(/^[\^~]/, "").split(".").slice(0, 2).join(".");
const MISSING_SERVER_SDK = `react-portone-inicis/server needs @portone/server-sdk: npm install @portone/server-sdk@${serverSdkRange}`;

/**
 * `@portone/server-sdk` is an optional peer dependency, so a browser-only app installs without it.
 * The `/server` entry is therefore a small guard in front of the real module (`server-impl`): it
 * loads it, and when Node cannot find the server SDK, it throws one sentence saying what to install
 * instead of a module-not-found stack. ESM needs a dynamic import here: a static one would fail
 * while linking, before any of our code runs.
 */
function serverEntryGuard(): Plugin {
  const explain = `function explain(error) {
  const code = error && error.code;
  if ((code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") || !String(error.message).includes("'@portone/server-sdk'")) return error;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1; // the sentence says it all: one frame (this guard), not a module-not-found stack
  const missing = new Error(${JSON.stringify(MISSING_SERVER_SDK)});
  Error.stackTraceLimit = limit;
  return missing;
}`;
  return {
    name: "server-entry-guard",
    generateBundle(options, bundle) {
      const impl = Object.values(bundle).find((file) => file.type === "chunk" && file.isEntry && file.name === "server");
      if (!impl || impl.type !== "chunk") this.error("the server entry chunk is missing");
      const header = "// react-portone-inicis/server: loads the REST flows, or says in one sentence that @portone/server-sdk (an optional peer dependency) is missing.";
      if (options.format === "es") {
        const names = impl.exports.filter((name) => name !== "default");
        const source = `${header}\n${explain}\nlet server;\ntry {\n  server = await import("./${impl.fileName}");\n} catch (error) {\n  throw explain(error);\n}\nexport const { ${names.join(", ")} } = server;\n`;
        this.emitFile({ type: "asset", fileName: "server.js", source });
      } else {
        const source = `"use strict";\n${header}\n${explain}\ntry {\n  module.exports = require("./${impl.fileName}");\n} catch (error) {\n  throw explain(error);\n}\n`;
        this.emitFile({ type: "asset", fileName: "server.cjs", source });
      }
    },
  };
}

const src = (path: string) => resolve(import.meta.dirname, "src", path);

// What a click may need later is emitted as self-contained files by vite.lazy.config.ts, and the
// static modules load them by a plain relative path. A merchant's bundler then sees no module that
// both the static graph and a lazy chunk import, so nothing lazy is hoisted into the static part.
const LAZY: Record<string, string> = {
  "flow/index": "engine",
  "flow/route-page": "landing",
  "flow/after": "after",
  "components/BuyerDialog": "buyer-dialog",
  "components/FlowExtras": "flow-extras",
  "core/locales/ko": "pack-ko",
  "core/locales/en": "pack-en",
};
const LOADERS = ["/src/react/loaders.ts", "/src/components/dialog-loader.ts"];
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
    serverEntryGuard(),
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
        { format: "es", dir: "dist/esm", preserveModules: true, preserveModulesRoot: "src", entryFileNames: (c) => (c.name === "server" ? "server-impl.js" : "[name].js"), banner, paths: lazyPath("../lazy/") },
        { format: "cjs", dir: "dist", entryFileNames: (c) => (c.name === "server" ? "server-impl.cjs" : "[name].cjs"), chunkFileNames: "cjs/[name]-[hash].cjs", paths: lazyPath("./esm/lazy/"), banner: (c) => (c.name === "index" || c.name === "testing" ? '"use client";' : "") },
      ],
    },
  },
});
