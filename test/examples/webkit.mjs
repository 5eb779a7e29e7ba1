// npm run test:webkit (and the second half of npm run test:examples): the example apps' desktop and
// iPhone scenarios on a WebKit engine, Debian's WebKitGTK through its WebDriver (scripts/webkit.mjs;
// WEBKIT_ENGINE=wpe for WPE WebKit), with the same scenarios run.mjs runs on Chromium
// (scenarios.mjs, flow-scenarios.mjs, back-scenarios.mjs) through a Playwright-shaped adapter
// (webdriver-page.mjs). The PortOne CDN script is answered by the same fake and PortOne's REST API
// by the same stand-in as on Chromium (react-portone-inicis/testing's, from the build), through a loopback proxy (webkit-proxy.mjs); a request for
// anything but 127.0.0.1, or an uncaught error in the page, fails its scenario.
// Also checks what WebKit does differently from Chromium: no navigator.userAgentData (the iPhone
// rows then reach the mobile window from the user agent alone), and the store a WebDriver session
// browses with is ephemeral, like a Safari private tab (the round trips below keep their attempt in
// sessionStorage there). The back/forward cache is back-scenarios.mjs's.
// Prints the engine's version and one line per app × device × scenario; exits 1 on any failure.
//
// Options: --app=vite|next (one app), --scenario=<name> (one scenario), --skip-install (reuse
// node_modules), --reuse (reuse the install and build run.mjs just made, when they are there).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { devices } from "playwright";
import { WEBKIT_DRIVER_PATH, startDisplay, webkitCapabilities, webkitVersions } from "../../scripts/webkit.mjs";
import { BACK_SCENARIOS, expected } from "./back-scenarios.mjs";
import { FLOW_SCENARIOS } from "./flow-scenarios.mjs";
import { SCENARIOS } from "./scenarios.mjs";
import { openPage, startDriver } from "./webdriver-page.mjs";
import { startLoopbackProxy } from "./webkit-proxy.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CDN = "https://cdn.portone.io/v2/browser-sdk.js";
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
// the iPhone as Playwright describes it (the Chromium run uses the same user agent)
const IPHONE_UA = devices["iPhone 13"].userAgent;
const SCENARIO_MS = 90_000;

const SECRET = `examples-secret-${randomBytes(12).toString("hex")}`;
const WEBHOOK_SECRET = `whsec_${randomBytes(32).toString("base64")}`;
const STORE_ID = "store-examples-00000000";
const CHANNEL_KEY = "channel-key-test-examples";

const APPS = [
  {
    name: "vite",
    dir: join(ROOT, "examples/vite-app"),
    checkoutPath: "/?item=sneakers",
    build: [["npx", ["vite", "build"]]],
    start: (port) => ["node", ["server.mjs"], { PORT: String(port), HOST: "127.0.0.1" }],
    output: "dist",
  },
  {
    name: "next",
    dir: join(ROOT, "examples/next-app"),
    checkoutPath: "/checkout?item=sneakers",
    build: [["npx", ["next", "build"], { NEXT_SKIP_TYPECHECK: "1" }]],
    start: (port) => ["npx", ["next", "start", "--hostname", "127.0.0.1", "--port", String(port)], {}],
    output: ".next/BUILD_ID",
  },
].filter((a) => !args.has("app") || args.get("app") === a.name);

const env = (extra = {}) => ({
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  PORTONE_API_SECRET: SECRET,
  PORTONE_WEBHOOK_SECRET: WEBHOOK_SECRET,
  PORTONE_STORE_ID: STORE_ID,
  PORTONE_ALLOW_TEST_CHANNEL: "1",
  VITE_PORTONE_STORE_ID: STORE_ID,
  VITE_PORTONE_CHANNEL_KEY: CHANNEL_KEY,
  NEXT_PUBLIC_PORTONE_STORE_ID: STORE_ID,
  NEXT_PUBLIC_PORTONE_CHANNEL_KEY: CHANNEL_KEY,
  ...extra,
});

// ---- output ----------------------------------------------------------------------------------

const rows = [];
const pad = (s, n) => String(s).padEnd(n);
/** `mark`: PASS, FAIL, XFAIL (failed as expected) or XPASS (passes although marked to fail). */
function row(app, device, name, mark, state, detail = "", ms) {
  rows.push({ app, device, name, mark, ms });
  const time = ms === undefined ? "" : `${(ms / 1000).toFixed(1)} s`;
  console.log(`${pad(mark, 5)} ${pad(app, 5)} ${pad(device, 8)} ${pad(name, 28)} ${pad(state ?? "", 12)} ${pad(time, 8)}${detail ? ` ${detail}` : ""}`);
}
const ok = (pass) => (pass ? "PASS" : "FAIL");
const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();
const tail = (s, n = 6) => s.trim().split("\n").filter(Boolean).slice(-n).join(" | ");

// ---- processes -------------------------------------------------------------------------------

const children = new Set();
function kill(child) {
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
function run(cmd, argv, { cwd, extraEnv = {}, timeoutMs = 600_000 } = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, argv, { cwd, env: env(extraEnv), stdio: ["ignore", "pipe", "pipe"], detached: true });
    children.add(child);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => kill(child), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolveRun({ code, out });
    });
  });
}
let driver;
let display;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    for (const c of children) kill(c);
    driver?.stop();
    display?.stop();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolvePort) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

async function serve(app) {
  const port = await freePort();
  const [cmd, argv, extraEnv] = app.start(port);
  const child = spawn(cmd, argv, { cwd: app.dir, env: env({ ...extraEnv, PORTONE_API_BASE_URL: standIn.url }), stdio: ["ignore", "pipe", "pipe"], detached: true });
  children.add(child);
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const r = await fetch(`${base}/`);
      if (r.status < 500) return { base, stop: () => kill(child), log: () => log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  kill(child);
  throw new Error(`did not start: ${tail(log)}`);
}

// ---- the library and the apps ----------------------------------------------------------------

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

async function buildLibrary() {
  const marker = join(ROOT, "dist/esm/index.js");
  const stale = !existsSync(marker) || Math.max(newest(join(ROOT, "src")), statSync(join(ROOT, "package.json")).mtimeMs) > statSync(marker).mtimeMs;
  if (!stale) return true;
  const started = Date.now();
  const r = await run("npm", ["run", "build"], { cwd: ROOT });
  row("lib", "-", "build", ok(r.code === 0), r.code === 0 ? "built" : "failed", r.code === 0 ? "" : tail(r.out), Date.now() - started);
  return r.code === 0;
}

/** Installs and builds the app, unless --reuse finds run.mjs's install and build already there. */
async function prepare(app) {
  const built = existsSync(join(app.dir, "node_modules")) && existsSync(join(app.dir, app.output));
  if (args.has("reuse") && built) return true;
  let started = Date.now();
  if (!args.has("skip-install")) {
    const installed = await run("npm", ["ci", "--install-links", "--no-audit", "--no-fund"], { cwd: app.dir });
    row(app.name, "-", "install", ok(installed.code === 0), installed.code === 0 ? "ok" : "failed", installed.code === 0 ? "" : tail(installed.out, 3), Date.now() - started);
    if (installed.code !== 0) return false;
  }
  started = Date.now();
  let out = "";
  for (const [cmd, argv, extraEnv] of app.build) {
    const r = await run(cmd, argv, { cwd: app.dir, extraEnv });
    out += r.out;
    if (r.code !== 0) {
      row(app.name, "-", "build", "FAIL", "failed", tail(out, 5), Date.now() - started);
      return false;
    }
  }
  row(app.name, "-", "build", "PASS", "ok", "", Date.now() - started);
  return true;
}

// ---- WebKit sessions -------------------------------------------------------------------------

let proxy;
let standIn;

/** A fresh WebKit session on one device: a new browser process, every request through the loopback proxy. */
async function open(device, base) {
  const capabilities = webkitCapabilities({ proxy: proxy.url, userAgent: device === "iphone" ? IPHONE_UA : undefined });
  const sink = { calls: [], blocked: [], errors: [] };
  proxy.attach(sink);
  let session;
  try {
    session = await openPage(driver.url, capabilities);
  } catch (error) {
    // a browser that died can take its driver with it: start a new one and try once more
    driver.stop();
    driver = await startDriver(WEBKIT_DRIVER_PATH, display.env);
    session = await openPage(driver.url, capabilities).catch((again) => {
      throw new Error(`no WebKit session: ${oneLine(again.message)} (first try: ${oneLine(error.message)})`);
    });
  }
  return { ...sink, page: session.page, context: { close: session.close }, capabilities: session.capabilities, base };
}

const withTimeout = (promise, ms, what) => Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms))]);

async function scenario(app, server, spec) {
  const started = Date.now();
  let h;
  let state;
  let detail = "";
  let pass = false;
  try {
    h = await open(spec.device, server.base);
    h.app = app.name;
    h.engine = "webkit";
    h.checkoutUrl = `${server.base}${app.checkoutPath}`;
    h.standIn = standIn;
    h.secret = SECRET;
    standIn.reset();
    state = await withTimeout(spec.run(h), SCENARIO_MS, "scenario");
    pass = true;
  } catch (error) {
    detail = oneLine(error instanceof Error ? error.message : String(error)).slice(0, 400);
    state = h ? ((await withTimeout(h.page.locator("main button[data-state]").first().getAttribute("data-state", { timeout: 1000 }), 5000, "reading the button").catch(() => null)) ?? "(no button)") : "(no session)";
  }
  if (h?.blocked.length) {
    pass = false;
    detail = `tried to leave 127.0.0.1: ${h.blocked.slice(0, 3).join(", ")}${detail ? `; ${detail}` : ""}`;
  }
  if (h?.errors.length) {
    pass = false;
    detail = `page error: ${h.errors[0]}${detail ? `; ${detail}` : ""}`;
  }
  await h?.context.close();
  const result = expected(spec, pass, detail);
  row(app.name, spec.device, spec.name, result.mark, state, result.detail.replace(/^X(FAIL|PASS)[:,] /, ""), Date.now() - started);
}

/**
 * What WebKit does differently, checked once on a running app: no navigator.userAgentData (so the
 * iPhone rows reach the mobile window from the user agent alone), and an ephemeral store, like a
 * Safari private tab: what one session writes to localStorage the next one does not see, while
 * sessionStorage works within the tab.
 */
async function checkEngine(app, server) {
  let started = Date.now();
  let h = await open("iphone", server.base);
  let seen;
  try {
    await h.page.goto(`${server.base}${app.checkoutPath}`);
    seen = await h.page.evaluate(() => {
      const probe = `probe-${Math.random()}`;
      localStorage.setItem("webkit-run-probe", probe);
      sessionStorage.setItem("webkit-run-probe", probe);
      return { ua: navigator.userAgent, uaData: typeof navigator.userAgentData, touch: navigator.maxTouchPoints, probe, session: sessionStorage.getItem("webkit-run-probe") };
    });
    const pass = seen.uaData === "undefined" && /iPhone/.test(seen.ua) && !h.errors.length;
    row(app.name, "iphone", "engine: no userAgentData", ok(pass), pass ? "UA only" : "differs", pass ? "" : `navigator.userAgentData is ${seen.uaData}; UA ${seen.ua}${h.errors.length ? `; page error: ${h.errors[0]}` : ""}`, Date.now() - started);
  } catch (error) {
    row(app.name, "iphone", "engine: no userAgentData", "FAIL", "error", oneLine(error.message).slice(0, 300), Date.now() - started);
    return;
  } finally {
    await h.context.close();
  }
  started = Date.now();
  h = await open("iphone", server.base);
  try {
    await h.page.goto(`${server.base}${app.checkoutPath}`);
    const left = await h.page.evaluate(() => localStorage.getItem("webkit-run-probe"));
    const pass = seen.session === seen.probe && left === null;
    row(app.name, "iphone", "engine: private storage", ok(pass), pass ? "ephemeral" : "persistent", pass ? "" : `sessionStorage read back ${seen.session}; the next session saw localStorage ${left}`, Date.now() - started);
  } catch (error) {
    row(app.name, "iphone", "engine: private storage", "FAIL", "error", oneLine(error.message).slice(0, 300), Date.now() - started);
  } finally {
    await h.context.close();
  }
}

// ---- one app ---------------------------------------------------------------------------------

const ALL = [...SCENARIOS, ...FLOW_SCENARIOS, ...BACK_SCENARIOS];
const wanted = (app) => ALL.filter((spec) => (!spec.apps || spec.apps.includes(app.name)) && (!args.has("scenario") || args.get("scenario") === spec.name));

async function runApp(app, first) {
  if (!(await prepare(app))) {
    for (const spec of wanted(app)) row(app.name, spec.device, spec.name, "FAIL", "not run", "the example did not install or build");
    return;
  }
  let server;
  try {
    server = await serve(app);
  } catch (error) {
    row(app.name, "-", "serve", "FAIL", "down", oneLine(error.message).slice(0, 400));
    for (const spec of wanted(app)) row(app.name, spec.device, spec.name, "FAIL", "not run", "the server did not start (see serve)");
    return;
  }
  try {
    if (first && !args.has("scenario")) await checkEngine(app, server);
    for (const spec of wanted(app)) await scenario(app, server, spec);
  } finally {
    server.stop();
    const problems = server.log().split("\n").filter((l) => /error|Error/.test(l) && !/^\s*at /.test(l));
    if (problems.length) console.log(`      ${app.name} server said: ${problems.slice(0, 3).map((l) => oneLine(l).slice(0, 200)).join(" | ")}`);
  }
}

// ---- main ------------------------------------------------------------------------------------

const startedAll = Date.now();
try {
  if (!(await buildLibrary())) throw new Error("the library did not build");
  const { createPortOneStandIn } = await import("react-portone-inicis/testing");
  standIn = createPortOneStandIn({ storeId: STORE_ID, secret: SECRET, webhookSecret: WEBHOOK_SECRET });
  await standIn.listen();
  proxy = await startLoopbackProxy({ cdnUrl: CDN, fakeScript: () => standIn.browserScript });
  display = await startDisplay();
  driver = await startDriver(WEBKIT_DRIVER_PATH, display.env);
  const v = webkitVersions();
  // the session's own word on its version, next to the packages'
  const probe = await openPage(driver.url, webkitCapabilities());
  const ua = await probe.page.evaluate(() => navigator.userAgent);
  await probe.close();
  console.log(`WebKit: ${v.engine} (${v.packages}; the session reports ${probe.capabilities.get("browserName")} ${probe.capabilities.get("browserVersion")}), user agent "${ua}"`);
  console.log(`PortOne stand-in on ${standIn.url}, loopback proxy on ${proxy.url}\n`);
  for (const [i, app] of APPS.entries()) await runApp(app, i === 0);
} catch (error) {
  row("-", "-", "runner", "FAIL", "error", oneLine(error.stack ?? error.message).slice(0, 400));
} finally {
  driver?.stop();
  display?.stop();
  await proxy?.close();
  await standIn?.close();
  for (const c of children) kill(c);
}

const count = (...marks) => rows.filter((r) => marks.includes(r.mark)).length;
const xfail = rows.filter((r) => r.mark === "XFAIL");
console.log(`\nWebKit run: ${((Date.now() - startedAll) / 1000).toFixed(0)} s`);
if (xfail.length) console.log(`${xfail.length} expected to fail until the library's side lands: ${xfail.map((r) => `${r.app} ${r.device} ${r.name}`).join(", ")}`);
console.log(`WebKit: ${count("PASS", "XPASS")} passed, ${count("FAIL")} failed${xfail.length ? `, ${xfail.length} skipped` : ""}`);
process.exit(count("FAIL") ? 1 : 0);
