import { readFileSync } from "node:fs";
import { resolve } from "node:path";
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

/** Library build (kept apart from vite.config.ts, which Storybook reads). */
export default defineConfig({
  plugins: [
    react(),
    dts({
      tsconfigPath: "./tsconfig.build.json",
      entryRoot: "src",
      bundleTypes: true,
      outDirs: ["dist", { dir: "dist", moduleFormat: "cjs" }],
    }),
    serverEntryGuard(),
  ],
  build: {
    target: "es2020",
    minify: false,
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: {
        index: resolve(import.meta.dirname, "src/index.ts"),
        testing: resolve(import.meta.dirname, "src/testing/index.ts"),
        server: resolve(import.meta.dirname, "src/server/index.ts"),
        "server-browser": resolve(import.meta.dirname, "src/server/browser.ts"),
      },
      formats: ["es", "cjs"],
      // the server entry's code goes to server-impl; server.js/.cjs is the guard in front of it
      fileName: (format, name) => `${name === "server" ? "server-impl" : name}.${format === "es" ? "js" : "cjs"}`,
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@portone\//, /^@radix-ui\//, /^node:/],
    },
  },
});
