// Checks of the built package (run after `npm run build`): plain-Node import of the browser entry
// (SSR), the "use client" directive, the /server browser guard (and test/server-guard.mjs), /testing's
// Node and browser builds (test/testing-entry.mjs), and what a browser bundle holds.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const esm = await import("react-portone-inicis");
assert.equal(typeof esm.PortOneProvider, "function", "ESM entry exports PortOneProvider");
assert.equal(esm.detectDevice(), "pc", "detectDevice() with no navigator is pc");
const cjs = createRequire(import.meta.url)("react-portone-inicis");
assert.equal(typeof cjs.usePayment, "function", "CJS entry exports usePayment");
assert.equal(typeof (await import("react-portone-inicis/testing")).createSandboxSdk, "function");
const server = await import("react-portone-inicis/server");
assert.equal(typeof server.createInicisServer, "function");
// /server is a guard in front of dist/esm/server-impl (it explains a missing @portone/server-sdk): it must pass every export through
const impl = await import("../dist/esm/server-impl.js");
assert.deepEqual(Object.keys(server).sort(), Object.keys(impl).sort(), "the ESM /server guard re-exports every export of server-impl");
assert.equal(server.InicisServerError, impl.InicisServerError, "one InicisServerError class, so instanceof works");
assert.deepEqual(Object.keys(createRequire(import.meta.url)("react-portone-inicis/server")).sort(), Object.keys(impl).sort(), "the CJS /server guard exports the same names");
console.log(`dist: /server (ESM and CJS) passes all ${Object.keys(impl).length} exports of server-impl through its @portone/server-sdk guard`);
const read = (file) => readFileSync(new URL(`../${file}`, import.meta.url), "utf8");
// the components and the provider open a client boundary for Next.js; the ESM barrel does not, so the
// pure functions it exports (validators, builders) can still run in a server component
for (const file of ["dist/esm/components/PayButton.js", "dist/esm/components/PhoneBillingButton.js", "dist/esm/components/BillingKeyForm.js", "dist/esm/components/InicisBypassEditor.js", "dist/esm/react/context.js", "dist/index.cjs"]) {
  assert.ok(read(file).startsWith('"use client";'), `${file} starts with "use client"`);
}
assert.ok(!read("dist/esm/index.js").startsWith('"use client";'), "the ESM barrel has no directive");
assert.equal(typeof esm.validateBuyer, "function");
console.log('dist: ESM and CJS entries import in plain Node without a DOM; components and provider start with "use client", the ESM barrel does not');

// Under the browser condition /server imports (bundlers and frameworks list its exports) but says the
// problem on stderr; every export throws it. test/server-guard.mjs checks esbuild and Vite bundles.
const guarded = spawnSync(
  process.execPath,
  ["--conditions=browser", "--input-type=module", "-e", "const s = await import('react-portone-inicis/server'); try { s.createInicisServer({ secret: 'x' }); } catch (e) { console.log(e.message); }"],
  { encoding: "utf8" },
);
assert.equal(guarded.status, 0, "importing /server under the browser condition must not throw");
assert.match(guarded.stderr, /runs on a server: it holds your API secret/);
assert.match(guarded.stdout, /runs on a server: it holds your API secret/);
console.log("dist: react-portone-inicis/server under the browser condition says at import, and throws on call: runs on a server: it holds your API secret");
await import("./server-guard.mjs");
await import("./testing-entry.mjs");

const bundle = await build({
  stdin: { contents: 'export * from "react-portone-inicis";', resolveDir: process.cwd(), loader: "js" },
  tsconfigRaw: {},
  bundle: true,
  write: false,
  format: "esm",
  platform: "browser",
  minify: false,
  external: ["react", "react-dom", "react/jsx-runtime"],
  logLevel: "silent",
});
const text = bundle.outputFiles.map((f) => f.text).join("\n");
for (const marker of ["@portone/server-sdk", "PortOneClient", "createInicisServer", "verifyWebhook", "InicisServerError", "createSandboxSdk", "SandboxPortOneError"]) {
  assert.ok(!text.includes(marker), `the browser bundle must not contain ${marker}`);
}
console.log(`dist: a browser bundle of the main entry (${(text.length / 1024).toFixed(1)} KB unminified) holds no /server or /testing code`);
