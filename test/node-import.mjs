// Imports the built browser entry in plain Node (no DOM), as a server render would, and checks
// the "use client" directive that Next.js App Router needs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import assert from "node:assert/strict";

const esm = await import("react-portone-inicis");
assert.equal(typeof esm.PortOneProvider, "function", "ESM entry exports PortOneProvider");
assert.equal(esm.detectDevice(), "pc", "detectDevice() with no navigator is pc");
const testing = await import("react-portone-inicis/testing");
assert.equal(typeof testing.createSandboxSdk, "function");
const cjs = createRequire(import.meta.url)("react-portone-inicis");
assert.equal(typeof cjs.usePayment, "function", "CJS entry exports usePayment");
for (const file of ["dist/index.js", "dist/index.cjs"]) {
  assert.ok(readFileSync(new URL(`../${file}`, import.meta.url), "utf8").startsWith('"use client";'), `${file} starts with "use client"`);
}
console.log("node import: ESM and CJS entries load without a DOM; both start with \"use client\"");
