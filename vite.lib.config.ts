import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import dts from "vite-plugin-dts";
import { defineConfig } from "vite";

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
      fileName: (format, name) => `${name}.${format === "es" ? "js" : "cjs"}`,
    },
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@portone\//, /^@radix-ui\//, /^node:/],
    },
  },
});
