// react-portone-inicis/testing as Node and browser bundlers see it (run after `npm run build`;
// dist-checks.mjs runs it). Node resolves it (the `node` export condition) to the build with the
// PortOne REST stand-in, on node:http; browser bundles (Storybook, a sandbox demo) resolve it to
// the browser build, where createPortOneStandIn only throws a sentence. Checks:
// 1. both builds export the same names, ESM and CJS (their types are the same too);
// 2. in Node, by the package's name, createPortOneStandIn serves on 127.0.0.1, ESM and CJS;
// 3. Vite and esbuild browser bundles of `import { createSandboxSdk } from ".../testing"` build
//    without a warning and hold no node built-in, no stand-in and no fake script; importing the
//    stand-in's name in a browser bundle builds too, and calling it throws the sentence; and,
//    to show the check can fail, a Vite browser bundle of the Node build does meet node:http.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";
import { build as viteBuild, createLogger } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const SENTENCE = "react-portone-inicis/testing: createPortOneStandIn runs in Node";

// 1. the name lists
const names = (module) => Object.keys(module).sort();
const browserEsm = await import(join(root, "dist/esm/testing.js"));
const nodeEsm = await import(join(root, "dist/esm/testing-node.js"));
assert.deepEqual(names(browserEsm), names(nodeEsm), "the browser and Node builds of /testing (ESM) export the same names");
assert.deepEqual(names(require(join(root, "dist/testing.cjs"))), names(nodeEsm), "the browser build (CJS) exports the same names");
assert.deepEqual(names(require(join(root, "dist/testing-node.cjs"))), names(nodeEsm), "the Node build (CJS) exports the same names");
for (const name of ["createSandboxSdk", "createPortOneStandIn", "fakePortOneScript"]) assert.ok(names(nodeEsm).includes(name), `/testing exports ${name}`);
assert.throws(() => browserEsm.createPortOneStandIn({ storeId: "store-1" }), (e) => e.message.startsWith(SENTENCE), "the browser build's createPortOneStandIn throws the sentence");
console.log(`testing: the browser and Node builds of /testing export the same ${names(nodeEsm).length} names (ESM and CJS): ${names(nodeEsm).join(", ")}`);

// 2. Node, by the package's name
for (const [format, testing] of [
  ["ESM", await import("react-portone-inicis/testing")],
  ["CJS", require("react-portone-inicis/testing")],
]) {
  const standIn = testing.createPortOneStandIn({ storeId: "store-1", secret: "s" });
  const url = await standIn.listen();
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/, `${format}: the stand-in serves on 127.0.0.1`);
    standIn.pay({ paymentId: "pay-1", amount: 39000 });
    const answer = await fetch(`${url}/payments/pay-1`, { headers: { authorization: "PortOne s" } });
    assert.equal(answer.status, 200, `${format}: GET /payments/pay-1 answers`);
    assert.equal((await answer.json()).status, "PAID");
  } finally {
    await standIn.close();
  }
}
console.log("testing: in Node, react-portone-inicis/testing (ESM and CJS) resolves to the build whose createPortOneStandIn serves PortOne's REST API on 127.0.0.1");

// 3. browser bundles, resolving the package by name as a merchant's bundler does
const app = mkdtempSync(join(tmpdir(), "rpi-testing-"));
mkdirSync(join(app, "node_modules"));
symlinkSync(root, join(app, "node_modules", "react-portone-inicis"), "dir");
const entries = {
  sandbox: `import { createSandboxSdk } from "react-portone-inicis/testing";\nwindow.__sdk = createSandboxSdk({ window: "pc" });\n`,
  standInName: `import { createPortOneStandIn, fakePortOneScript } from "react-portone-inicis/testing";\nwindow.__testing = { createPortOneStandIn, fakePortOneScript };\n`,
  // the negative control: the Node build itself, bundled for a browser
  nodeBuild: `import { createPortOneStandIn } from ${JSON.stringify(join(root, "dist/esm/testing-node.js"))};\nwindow.__standIn = createPortOneStandIn;\n`,
};
for (const [name, text] of Object.entries(entries)) writeFileSync(join(app, `${name}.js`), text);

// the "use client" directives Next.js needs (vite.lib.config.ts) are no concern of a Vite app's
const DIRECTIVE = /MODULE_LEVEL_DIRECTIVE|module level directive "use client"/;
async function withVite(name) {
  const warnings = [];
  const warn = (message) => void (DIRECTIVE.test(message) || warnings.push(message));
  const logger = createLogger("warn", { allowClearScreen: false });
  logger.warn = warn;
  logger.warnOnce = warn;
  try {
    const out = await viteBuild({
      configFile: false,
      root: app,
      customLogger: logger,
      logLevel: "warn",
      build: { write: false, minify: false, modulePreload: false, rollupOptions: { input: join(app, `${name}.js`), preserveEntrySignatures: false, onwarn: (w) => warn(w.message) } },
    });
    const code = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((o) => o.type === "chunk").map((o) => o.code).join("\n");
    return { code, warnings };
  } catch (error) {
    return { error: error.message, warnings };
  }
}
async function withEsbuild(name) {
  try {
    const out = await esbuild({ entryPoints: [join(app, `${name}.js`)], bundle: true, write: false, format: "esm", platform: "browser", logLevel: "silent", absWorkingDir: app, external: ["react", "react-dom", "react/jsx-runtime", "@portone/browser-sdk"] });
    return { code: out.outputFiles[0].text, warnings: out.warnings.map((w) => w.text) };
  } catch (error) {
    return { error: error.message.split("\n").slice(0, 3).join(" "), warnings: [] };
  }
}
const NODE_MARKERS = ["node:", "__vite-browser-external", "createServer"];
const STAND_IN_MARKERS = ["/__control/payments", "/__pg", "webhook-signature"];
try {
  for (const [bundler, bundle] of [
    ["vite", withVite],
    ["esbuild", withEsbuild],
  ]) {
    const sandbox = await bundle("sandbox");
    assert.equal(sandbox.error, undefined, `${bundler}: a browser bundle of createSandboxSdk builds (${sandbox.error})`);
    assert.deepEqual(sandbox.warnings, [], `${bundler}: a browser bundle of createSandboxSdk builds without warnings`);
    for (const marker of [...NODE_MARKERS, ...STAND_IN_MARKERS, SENTENCE]) assert.ok(!sandbox.code.includes(marker), `${bundler}: the createSandboxSdk bundle holds no "${marker}"`);
    assert.ok(sandbox.code.includes("PaymentAlreadyPaid"), `${bundler}: the bundle holds the sandbox`);

    const named = await bundle("standInName");
    assert.equal(named.error, undefined, `${bundler}: a browser bundle importing createPortOneStandIn builds (${named.error})`);
    assert.deepEqual(named.warnings, [], `${bundler}: ... without warnings`);
    for (const marker of NODE_MARKERS) assert.ok(!named.code.includes(marker), `${bundler}: the createPortOneStandIn browser bundle holds no "${marker}"`);
    assert.ok(named.code.includes(SENTENCE), `${bundler}: the browser's createPortOneStandIn says where it runs`);
    console.log(`testing: ${bundler} browser bundles of react-portone-inicis/testing build without warnings or node built-ins (createSandboxSdk: ${(sandbox.code.length / 1024).toFixed(1)} KB unminified, no stand-in or fake script; createPortOneStandIn: the throwing sentence)`);
  }
  const control = await withVite("nodeBuild");
  const met = control.error !== undefined || control.warnings.some((w) => /node:|externalized/.test(w)) || NODE_MARKERS.some((m) => control.code?.includes(m));
  assert.ok(met, "the negative control: a Vite browser bundle of the Node build must meet node:http (else this check proves nothing)");
  console.log(`testing: control: a Vite browser bundle of dist/esm/testing-node.js does meet node built-ins (${control.error ? "build error" : control.warnings.length ? "warning" : "node: in the output"}), so the checks above can fail`);
} finally {
  rmSync(app, { recursive: true, force: true });
}
