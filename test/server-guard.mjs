// The /server browser guard as bundlers see it (run after `npm run build`; dist-checks.mjs runs it).
// 1. dist/server-browser.js exports the same names as dist/server.js.
// 2. esbuild and Vite, resolving `react-portone-inicis/server` through the package's `exports`
//    with the browser condition, keep the guard even when its imports are unused (package.json
//    `sideEffects` names it), and the bundles, run in Chromium, print the guard's sentence at
//    import and throw it on every call.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { chromium } from "playwright";
import { build as viteBuild } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from "../scripts/chromium.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const SENTENCE = "react-portone-inicis/server runs on a server: it holds your API secret.";

// 1. the name lists, from the built files
const originalError = console.error;
const printed = [];
console.error = (...args) => printed.push(args.join(" "));
const serverNames = Object.keys(await import(join(root, "dist/esm/server-impl.js"))).sort();
const guardNames = Object.keys(await import(join(root, "dist/esm/server-browser.js"))).sort();
console.error = originalError;
assert.deepEqual(guardNames, serverNames, "dist/server-browser.js must export the names of dist/server.js");
assert.ok(printed.some((line) => line.startsWith(SENTENCE)), "importing dist/server-browser.js prints the guard's sentence");
console.log(`server guard: dist/server-browser.js exports the same ${serverNames.length} names as dist/server.js (${serverNames.join(", ")})`);

// 2. a tiny app resolving the package by name, as a merchant's bundler does
const app = mkdtempSync(join(tmpdir(), "rpi-guard-"));
mkdirSync(join(app, "node_modules"));
symlinkSync(root, join(app, "node_modules", "react-portone-inicis"), "dir");
const entries = {
  // calls a name: the call must throw the sentence
  called: `import { ${serverNames.join(", ")} } from "react-portone-inicis/server";\nwindow.__guarded = { ${serverNames.join(", ")} };\n`,
  // imports a name it never uses (dead code after an edit): tree-shaking must keep the sentence
  unused: `import { createInicisServer } from "react-portone-inicis/server";\nconst unused = () => createInicisServer;\nwindow.__loaded = true;\n`,
};
for (const [name, text] of Object.entries(entries)) writeFileSync(join(app, `${name}.js`), text);

async function bundleWithEsbuild(name) {
  const out = await esbuild({ entryPoints: [join(app, `${name}.js`)], bundle: true, write: false, format: "esm", platform: "browser", minify: true, treeShaking: true, logLevel: "silent", absWorkingDir: app });
  return out.outputFiles[0].text;
}
async function bundleWithVite(name) {
  const out = await viteBuild({
    configFile: false,
    root: app,
    logLevel: "silent",
    build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: join(app, `${name}.js`), preserveEntrySignatures: false } },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  return outputs.filter((o) => o.type === "chunk").map((o) => o.code).join("\n");
}

assert.ok(chromiumAvailable(), `Chromium is missing at ${CHROMIUM_PATH}: run node scripts/ensure-chromium.mjs`);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  for (const [bundler, bundle] of [
    ["esbuild", bundleWithEsbuild],
    ["vite", bundleWithVite],
  ]) {
    for (const name of Object.keys(entries)) {
      const code = await bundle(name);
      assert.ok(!code.includes("@portone/server-sdk") && !code.includes("PortOneClient"), `${bundler} (${name}): the browser bundle holds no server code`);
      const page = await browser.newPage();
      const logged = [];
      page.on("console", (m) => logged.push({ type: m.type(), text: m.text() }));
      const pageErrors = [];
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.setContent("<!doctype html><title>guard</title>");
      await page.addScriptTag({ type: "module", content: code });
      await page.waitForFunction(() => window.__guarded !== undefined || window.__loaded === true);
      assert.deepEqual(pageErrors, [], `${bundler} (${name}): importing must not throw`);
      const sentence = logged.find((l) => l.type === "error" && l.text.startsWith(SENTENCE));
      assert.ok(sentence, `${bundler} (${name}): console.error says "${SENTENCE}" at import (got ${JSON.stringify(logged)})`);
      if (name === "called") {
        const thrown = await page.evaluate(() =>
          Object.entries(window.__guarded).map(([n, fn]) => {
            try {
              fn({ secret: "s" });
              return [n, null];
            } catch (e) {
              return [n, e instanceof Error ? e.message : String(e)];
            }
          }),
        );
        assert.deepEqual(thrown.map(([n]) => n).sort(), serverNames, `${bundler}: every export reaches the browser`);
        for (const [n, message] of thrown) assert.ok(message?.startsWith(SENTENCE), `${bundler}: ${n}() throws the guard's sentence (got ${message})`);
      }
      await page.close();
    }
    console.log(`server guard: ${bundler} bundles of react-portone-inicis/server (browser condition) print the sentence at import, keep it when the import is unused, and throw it from all ${serverNames.length} exports in Chromium`);
  }
} finally {
  await browser.close();
  rmSync(app, { recursive: true, force: true });
}
