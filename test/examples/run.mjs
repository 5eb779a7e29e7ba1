// npm run test:examples: the two example apps as a merchant runs them. Builds the library when
// its output is older than its sources, installs each example from its own lockfile (the library
// as a copy, so the example has its own React), type-checks and builds it, serves it on
// 127.0.0.1, and drives it in Chromium on a desktop and on an iPhone 13 with the real adapter:
// the PortOne CDN script is answered by the fake and PortOne's REST API by the stand-in that
// react-portone-inicis/testing ships (fakePortOneScript, createPortOneStandIn), from the build.
// Nothing leaves 127.0.0.1; a request that tries fails its scenario.
// Prints one line per app × device × step or scenario with its final state; exits 1 on any failure.
//
// Options: --app=vite|next (one app), --scenario=<name> (one scenario), --skip-install (reuse
// node_modules), --skip-guard (no /server browser-guard build).
//
// Playwright bounds its own actions; what it does not bound (a new context and its setup, closing
// a context or the browser, page.evaluate) and this runner's own waits (a server's start, a
// fetch, the scale-out check) have deadlines here. A context that does not open or close in time
// takes the browser with it: Chromium is killed and launched again for the next row. The whole run
// stops, with the row it was on and what it waited for, after EXAMPLES_RUN_LIMIT_MINUTES (20)
// minutes, and ends everything it started.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, devices } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { checkClientOutput, checkInstall, checkViteBundleReact, summarizeTypeErrors } from "./checks.mjs";
import { waits } from "./kit.mjs";
import { DeadlineError, RUN_TAG, deadline, gone, killTagged, runCommand, signalGroup, tagRun, watchdog } from "./procs.mjs";
import { BACK_SCENARIOS, expected } from "./back-scenarios.mjs";
import { FLOW_SCENARIOS } from "./flow-scenarios.mjs";
import { scaleOut } from "./scale-out.mjs";
import { SCENARIOS } from "./scenarios.mjs";
import { VA_SCENARIOS } from "./va-scenarios.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CDN = "https://cdn.portone.io/v2/browser-sdk.js";
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));

const SECRET = `examples-secret-${randomBytes(12).toString("hex")}`;
const WEBHOOK_SECRET = `whsec_${randomBytes(32).toString("base64")}`;
const STORE_ID = "store-examples-00000000";
const CHANNEL_KEY = "channel-key-test-examples";
const SCENARIO_MS = 90_000;
/** a new context with its routes and scripts, closing one, page.evaluate outside a scenario */
const CONTEXT_MS = 30_000;
/** the browser's launch (Playwright's own timeout) and its close */
const BROWSER_MS = 60_000;
/** one request of the runner's own (a webhook, a server's first answer) */
const FETCH_MS = 15_000;
/** the scale-out check: two servers, ten orders, sixty requests */
const SCALE_OUT_MS = 180_000;
/** every process this run starts carries it (procs.mjs): what the run started can always be ended */
const TAG = tagRun("chromium");

const APPS = [
  {
    name: "vite",
    dir: join(ROOT, "examples/vite-app"),
    checkoutPath: "/?item=sneakers",
    typecheck: [
      ["npx", ["tsc", "-p", "tsconfig.json"]],
      ["npx", ["tsc", "-p", "tsconfig.server.json"]],
    ],
    build: [["npx", ["vite", "build"]]],
    start: (port) => ["node", ["server.mjs"], { PORT: String(port), HOST: "127.0.0.1" }],
    output: "dist",
  },
  {
    name: "next",
    dir: join(ROOT, "examples/next-app"),
    checkoutPath: "/checkout?item=sneakers",
    typecheck: [
      ["npx", ["next", "typegen"]],
      ["npx", ["tsc", "--noEmit"]],
    ],
    // types are their own row above, so the build does not stop on them
    build: [["npx", ["next", "build"], { NEXT_SKIP_TYPECHECK: "1" }]],
    start: (port) => ["npx", ["next", "start", "--hostname", "127.0.0.1", "--port", String(port)], {}],
    output: ".next/static",
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
const timings = [];
const pad = (s, n) => String(s).padEnd(n);
/** What the runner had to do about the browser (Chromium restarted): printed under the next row. */
const notes = [];
const flushNotes = () => notes.splice(0).forEach((n) => console.log(`      ${n}`));
function row(app, device, name, ok, state, detail = "", ms) {
  rows.push({ app, device, name, ok, state, detail });
  const time = ms === undefined ? "" : `${(ms / 1000).toFixed(1)} s`;
  console.log(`${ok ? "PASS" : "FAIL"}  ${pad(app, 5)} ${pad(device, 8)} ${pad(name, 26)} ${pad(state, 12)} ${pad(time, 8)}${detail ? ` ${detail}` : ""}`);
  flushNotes();
}
const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();
const tail = (s, n = 6) => s.trim().split("\n").filter(Boolean).slice(-n).join(" | ");
/** Where the run is, for the watchdog and a signal: the row under way, its step, its scenario's waits. */
const at = { row: "(before the first row)", step: "starting", waits: null };
function where() {
  const waiting = at.waits?.at(-1);
  return `on ${at.row}, ${at.step}${waiting ? `, waiting for ${waiting}` : ""}`;
}

// ---- processes -------------------------------------------------------------------------------

const children = new Set();
/** Runs a command (its own process group, tagged with this run's env); ended past `timeoutMs`. */
const run = (cmd, argv, { cwd, extraEnv = {}, timeoutMs } = {}) => runCommand(cmd, argv, { cwd, env: env(extraEnv), children, timeoutMs });
const kill = (child, signal = "SIGTERM") => signalGroup(child.pid, signal);
/** Ends, at once, everything this run started: app servers, npm, Chromium. */
function endAll() {
  for (const c of children) kill(c, "SIGKILL");
  killTagged(RUN_TAG, TAG);
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.log(`\nChromium run stopped by ${signal} ${where()}`);
    endAll();
    process.exit(130);
  });
}

/** Runs commands in turn; stops at the first failure unless `keepGoing` (all type checks report). */
async function steps(list, cwd, { keepGoing = false } = {}) {
  let out = "";
  let ok = true;
  for (const [cmd, argv, extraEnv] of list) {
    const r = await run(cmd, argv, { cwd, extraEnv });
    out += r.out;
    if (r.code !== 0) {
      ok = false;
      if (!keepGoing) break;
    }
  }
  return { ok, out };
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

async function serve(app, dir, moreEnv = {}) {
  const port = await freePort();
  const [cmd, argv, extraEnv] = app.start(port);
  const child = spawn(cmd, argv, { cwd: dir, env: env({ ...extraEnv, ...moreEnv, PORTONE_API_BASE_URL: standIn.url }), stdio: ["ignore", "pipe", "pipe"], detached: true });
  children.add(child);
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const r = await fetch(`${base}/`, { signal: AbortSignal.timeout(FETCH_MS) });
      if (r.status < 500) return { base, stop: () => kill(child), log: () => log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  kill(child);
  throw new Error(`did not start: ${tail(log)}`);
}

// ---- the library -----------------------------------------------------------------------------

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return latest;
}

async function buildLibrary() {
  // the build's last output (the lazy files come after the library build); dist/index.js is never made
  const marker = join(ROOT, "dist/esm/lazy/pack-en.js");
  const inputs = [newest(join(ROOT, "src")), ...["package.json", "vite.lib.config.ts", "scripts/build-lazy.mjs"].map((f) => statSync(join(ROOT, f)).mtimeMs)];
  const stale = !existsSync(marker) || Math.max(...inputs) > statSync(marker).mtimeMs;
  if (!stale) return row("lib", "-", "build", true, "up to date");
  const started = Date.now();
  Object.assign(at, { row: "lib - build", step: "building the library" });
  const r = await run("npm", ["run", "build"], { cwd: ROOT });
  row("lib", "-", "build", r.code === 0, r.code === 0 ? "built" : "failed", r.code === 0 ? "" : tail(r.out), Date.now() - started);
  if (r.code !== 0) throw new Error("the library did not build");
}

// ---- the browser -----------------------------------------------------------------------------

let browser;
let standIn;
/** Marks one Chromium's processes (its launch's environment), to kill them when it stops answering. */
const BROWSER_TAG = "EXAMPLES_RUN_BROWSER";
let browserTag;

async function launch() {
  at.step = "launching Chromium";
  browserTag = randomBytes(6).toString("hex");
  // issue 20: keep Chromium's back/forward cache (Playwright turns it off) for back-scenarios.mjs
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, ignoreDefaultArgs: ["--disable-back-forward-cache"], env: { ...process.env, [BROWSER_TAG]: browserTag }, timeout: BROWSER_MS });
}

/** Kills the browser with every process it started (it stopped answering) and launches a new one. */
async function restartBrowser(why) {
  const tag = browserTag;
  browser = null;
  killTagged(BROWSER_TAG, tag);
  const left = await gone(BROWSER_TAG, tag);
  notes.push(`Chromium restarted (${at.row}): ${why}${left.length ? `; STILL RUNNING after SIGKILL: ${left.join(", ")}` : ""}`);
  await launch();
}

/** A fresh browser context on one device, loopback only, with the CDN script answered by the fake. */
async function openContext(device, base) {
  const options = device === "iphone" ? { ...devices["iPhone 13"] } : { viewport: { width: 1280, height: 800 } };
  const context = await browser.newContext({ ...options, locale: "ko-KR" });
  const blocked = [];
  const fake = standIn.browserScript;
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.href === CDN) return route.fulfill({ status: 200, contentType: "text/javascript", body: fake });
    if (url.protocol === "http:" && url.hostname === "127.0.0.1") return route.continue();
    blocked.push(url.href);
    return route.abort("blockedbyclient");
  });
  // counts React DOM renderers: one React in the page means exactly one inject()
  await context.addInitScript(() => {
    const renderers = [];
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      renderers: new Map(),
      supportsFiber: true,
      isDisabled: false,
      inject(internals) {
        renderers.push(internals.version ?? "?");
        this.renderers.set(renderers.length, internals);
        return renderers.length;
      },
      checkDCE() {},
      onScheduleFiberRoot() {},
      onCommitFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
    };
    Object.defineProperty(window, "__reactRenderers", { get: () => renderers.slice() });
  });
  const calls = [];
  await context.exposeFunction("__fakePortOneCall", (kind, request) => void calls.push({ kind, request }));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(oneLine(e.message).slice(0, 200)));
  return { context, page, calls, blocked, errors, base };
}

/**
 * openContext within CONTEXT_MS; when it fails or does not answer, Chromium is restarted and the
 * context tried once more (the browser's health, not the library's).
 */
async function open(device, base) {
  at.step = "opening a browser context";
  try {
    return await deadline(openContext(device, base), CONTEXT_MS, "a new browser context");
  } catch (error) {
    await restartBrowser(`no context: ${oneLine(error.message).slice(0, 200)}`);
    at.step = "opening a browser context on a fresh Chromium";
    return deadline(openContext(device, base), CONTEXT_MS, "a new browser context on a fresh Chromium");
  }
}

/** Closes a context within CONTEXT_MS; when it fails or does not answer, Chromium is restarted. */
async function closeContext(h) {
  at.step = "closing the browser context";
  try {
    await deadline(h.context.close(), CONTEXT_MS, "closing the browser context");
  } catch (error) {
    await restartBrowser(oneLine(error.message).slice(0, 200));
  }
}

async function scenario(app, server, spec) {
  const started = Date.now();
  at.row = `${app.name} ${spec.device} ${spec.name}`;
  let h;
  try {
    h = await open(spec.device, server.base);
  } catch (error) {
    row(app.name, spec.device, spec.name, false, "(no context)", oneLine(error.message).slice(0, 400), Date.now() - started);
    return;
  }
  h.app = app.name;
  h.checkoutUrl = `${server.base}${app.checkoutPath}`;
  h.standIn = standIn;
  h.secret = SECRET;
  h.serverLog = server.log;
  standIn.reset();
  let state;
  let detail = "";
  let ok = false;
  // `waiting` collects what the scenario's `until`s wait for (kit.mjs), to name it on a timeout
  const waiting = [];
  Object.assign(at, { step: "running the scenario", waits: waiting });
  try {
    state = await deadline(
      waits.run(waiting, () => spec.run(h)),
      SCENARIO_MS,
      "the scenario",
    );
    ok = true;
  } catch (error) {
    const timedOut = error instanceof DeadlineError;
    detail = oneLine(timedOut ? `scenario timed out after ${SCENARIO_MS / 1000} s${waiting.length ? `, waiting for ${waiting.at(-1)}` : ""}` : error instanceof Error ? error.message : String(error)).slice(0, 400);
    at.step = "reading the button's state after the failure";
    state = (await deadline(h.page.locator("main button[data-state]").first().getAttribute("data-state", { timeout: 1000 }), 5_000, "reading the button's state").catch(() => null)) ?? "(no button)";
  }
  at.waits = null;
  if (h.blocked.length) {
    ok = false;
    detail = `tried to leave 127.0.0.1: ${h.blocked.slice(0, 3).join(", ")}${detail ? `; ${detail}` : ""}`;
  }
  if (h.errors.length) {
    ok = false;
    detail = `page error: ${h.errors[0]}${detail ? `; ${detail}` : ""}`;
  }
  await closeContext(h);
  ({ ok, detail } = expected(spec, ok, detail)); // issue 20: an expectFail mark (back-scenarios.mjs)
  row(app.name, spec.device, spec.name, ok, state, detail, Date.now() - started);
}

/** One React renderer in the running page (a second React would inject a second one, or break hooks). */
async function checkPageReact(app, server) {
  let h;
  try {
    h = await open("desktop", server.base);
    await h.page.goto(`${server.base}${app.checkoutPath}`);
    await h.page.locator("main button[data-state]").first().waitFor({ timeout: 15_000 });
    const renderers = await deadline(h.page.evaluate(() => window.__reactRenderers), CONTEXT_MS, "page.evaluate (the React renderers)");
    if (renderers.length !== 1) return `${renderers.length} React renderers in the page (${renderers.join(", ")})`;
    if (h.errors.length) return `page error: ${h.errors[0]}`;
    return null;
  } catch (error) {
    return oneLine(error.message).slice(0, 300);
  } finally {
    if (h) await closeContext(h);
  }
}

/** A signed webhook reaches onWebhook (200) and a forged one is refused. */
async function checkWebhook(server) {
  const body = JSON.stringify({ type: "Transaction.Paid", timestamp: new Date().toISOString(), data: { storeId: STORE_ID, paymentId: "pay-webhook-1", transactionId: "tx-webhook-1" } });
  const headers = standIn.signWebhook(body);
  const signed = await fetch(`${server.base}/api/portone/webhook`, { method: "POST", headers, body, signal: AbortSignal.timeout(FETCH_MS) });
  if (signed.status !== 200) return `signed webhook answered ${signed.status}: ${(await signed.text()).slice(0, 160)}`;
  const forged = await fetch(`${server.base}/api/portone/webhook`, { method: "POST", headers, body: body.replace("pay-webhook-1", "pay-webhook-2"), signal: AbortSignal.timeout(FETCH_MS) });
  if (forged.status < 400 || forged.status >= 500) return `forged webhook answered ${forged.status}`;
  return null;
}

// ---- the /server browser guard in a throwaway copy of the Next.js app -----------------------

const GUARD_PAGE = `import { GuardProbe } from "./probe";

export default function ServerGuardPage() {
  return (
    <main>
      <GuardProbe />
    </main>
  );
}
`;
const GUARD_PROBE = `"use client";
import { useState } from "react";
import { createInicisServer } from "react-portone-inicis/server";

export function GuardProbe() {
  const [message, setMessage] = useState("");
  const call = () => {
    try {
      createInicisServer({ secret: "never-in-a-browser" });
      setMessage("no error");
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <button type="button" onClick={call}>call createInicisServer</button>
      <p data-testid="guard-message">{message}</p>
    </>
  );
}
`;
const GUARD_SENTENCE = "react-portone-inicis/server runs on a server: it holds your API secret";

async function nextServerGuard(app) {
  const started = Date.now();
  Object.assign(at, { row: "next desktop server-guard", step: "building a copy of the Next.js example with the guard page" });
  const copy = mkdtempSync(join(tmpdir(), "examples-next-guard-"));
  try {
    for (const entry of readdirSync(app.dir)) {
      if (entry === ".next" || entry === "node_modules") continue;
      cpSync(join(app.dir, entry), join(copy, entry), { recursive: true });
    }
    // hard links: the copy shares the example's install without a second npm ci
    const linked = await run("cp", ["-al", join(app.dir, "node_modules"), join(copy, "node_modules")]);
    if (linked.code !== 0) throw new Error(`could not link node_modules: ${tail(linked.out)}`);
    mkdirSync(join(copy, "app/server-guard"));
    writeFileSync(join(copy, "app/server-guard/page.tsx"), GUARD_PAGE);
    writeFileSync(join(copy, "app/server-guard/probe.tsx"), GUARD_PROBE);
    const built = await run("npx", ["next", "build"], { cwd: copy, extraEnv: { NEXT_SKIP_TYPECHECK: "1" } });
    if (built.code !== 0) {
      const missing = /Export (\w+) doesn't exist in target module/.exec(built.out);
      row("next", "desktop", "server-guard", false, "no build", missing ? `next build: "Export ${missing[1]} doesn't exist in target module" (the browser guard exports nothing)` : `next build failed: ${tail(built.out, 4)}`, Date.now() - started);
      return;
    }
    at.step = "starting the copy's server";
    const server = await serve(app, copy);
    let h;
    try {
      h = await open("desktop", server.base);
      at.step = "calling createInicisServer in the page";
      await h.page.goto(`${server.base}/server-guard`);
      await h.page.getByRole("button", { name: "call createInicisServer" }).click();
      const message = await h.page.getByTestId("guard-message").textContent({ timeout: 15_000 });
      const ok = message.includes(GUARD_SENTENCE) && h.blocked.length === 0 && h.errors.length === 0;
      row("next", "desktop", "server-guard", ok, ok ? "throws" : "no throw", ok ? "" : `message: ${oneLine(message).slice(0, 160)}${h.errors.length ? `; page error: ${h.errors[0]}` : ""}`, Date.now() - started);
    } finally {
      if (h) await closeContext(h);
      server.stop();
    }
  } catch (error) {
    row("next", "desktop", "server-guard", false, "error", oneLine(error.message).slice(0, 300), Date.now() - started);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// ---- one app ---------------------------------------------------------------------------------

// issue 16's flow-layer scenarios run on the apps each names
const wanted = (app) => [...SCENARIOS, ...FLOW_SCENARIOS, ...BACK_SCENARIOS, ...VA_SCENARIOS].filter((spec) => (!spec.apps || spec.apps.includes(app.name)) && (!args.has("scenario") || args.get("scenario") === spec.name));
/** Every scenario still gets its line when the app never came up. */
function notRun(app, why) {
  for (const spec of wanted(app)) row(app.name, spec.device, spec.name, false, "not run", why);
  if (app.name === "next" && !args.has("skip-guard")) row("next", "desktop", "server-guard", false, "not run", why);
}

async function runApp(app) {
  const t = { app: app.name, install: 0, build: 0, test: 0 };
  timings.push(t);
  let started = Date.now();
  if (!args.has("skip-install")) {
    Object.assign(at, { row: `${app.name} - install`, step: "npm ci in the example" });
    const installed = await run("npm", ["ci", "--install-links", "--no-audit", "--no-fund"], { cwd: app.dir });
    t.install = Date.now() - started;
    const hint = /in sync|lock file|lockfile/i.test(installed.out) ? " (the lockfile is out of date: run `npm install` in the example)" : "";
    row(app.name, "-", "install", installed.code === 0, installed.code === 0 ? "ok" : "failed", installed.code === 0 ? "" : `${tail(installed.out, 3)}${hint}`, t.install);
    if (installed.code !== 0) return notRun(app, "the example did not install");
  }
  const copyProblem = checkInstall(app.dir);
  row(app.name, "-", "one-react (install)", !copyProblem, copyProblem ? "two" : "one", copyProblem ?? "");

  started = Date.now();
  Object.assign(at, { row: `${app.name} - typecheck`, step: "type-checking the example" });
  const typed = await steps(app.typecheck, app.dir, { keepGoing: true });
  const typeErrors = summarizeTypeErrors(typed.out);
  row(app.name, "-", "typecheck", typed.ok, typed.ok ? "ok" : `${typeErrors.length} errors`, typed.ok ? "" : typeErrors.join(" | "), Date.now() - started);
  const buildStarted = Date.now();
  Object.assign(at, { row: `${app.name} - build`, step: "building the example" });
  const built = await steps(app.build, app.dir);
  t.build = Date.now() - started;
  row(app.name, "-", "build", built.ok, built.ok ? "ok" : "failed", built.ok ? "" : tail(built.out, 5), Date.now() - buildStarted);
  if (!built.ok) return notRun(app, "the example did not build");

  if (app.name === "vite") {
    const bundled = checkViteBundleReact(app.dir, ROOT);
    row(app.name, "-", "one-react (bundle)", !bundled, bundled ? "two" : "one", bundled ?? "");
  }
  const leaked = checkClientOutput(join(app.dir, app.output), [SECRET, WEBHOOK_SECRET]);
  row(app.name, "-", "no /server in client", !leaked, leaked ? "leaked" : "clean", leaked ?? "");

  started = Date.now();
  let server;
  try {
    Object.assign(at, { row: `${app.name} - serve`, step: "starting the example's server" });
    server = await serve(app, app.dir);
  } catch (error) {
    row(app.name, "-", "serve", false, "down", oneLine(error.message).slice(0, 400));
    return notRun(app, "the server did not start (see serve)");
  }
  try {
    Object.assign(at, { row: `${app.name} desktop one-react (page)`, step: "counting React renderers in the page" });
    const pageReact = await checkPageReact(app, server);
    row(app.name, "desktop", "one-react (page)", !pageReact, pageReact ? "no" : "one", pageReact ?? "");
    Object.assign(at, { row: `${app.name} - webhook`, step: "posting a signed and a forged webhook" });
    const hooked = await checkWebhook(server).catch((e) => e.message);
    row(app.name, "-", "webhook", !hooked, hooked ? "refused" : "ok", hooked ?? "");
    for (const spec of wanted(app)) await scenario(app, server, spec);
  } finally {
    server.stop();
    t.test = Date.now() - started;
    const problems = server.log().split("\n").filter((l) => /error|Error/.test(l) && !/^\s*at /.test(l));
    if (problems.length) console.log(`      ${app.name} server said: ${problems.slice(0, 3).map((l) => oneLine(l).slice(0, 200)).join(" | ")}`);
  }
  if (app.name === "next" && !args.has("skip-guard")) await nextServerGuard(app);
  if (app.name === "vite" && (!args.has("scenario") || args.get("scenario") === "scale-out")) await scaleOutRow(app);
}

/** Two server processes, one database, 60 concurrent verify and webhook requests: each order fulfilled once. */
async function scaleOutRow(app) {
  const started = Date.now();
  Object.assign(at, { row: `${app.name} - scale-out`, step: "two servers, one database, 60 concurrent requests" });
  try {
    const { ok, state, detail } = await deadline(scaleOut({ app, serve, standIn, channelKey: CHANNEL_KEY }), SCALE_OUT_MS, "the scale-out check");
    row(app.name, "-", "scale-out", ok, state, detail, Date.now() - started);
  } catch (error) {
    row(app.name, "-", "scale-out", false, "error", oneLine(error.stack ?? error.message).slice(0, 400), Date.now() - started);
  }
}

// ---- main ------------------------------------------------------------------------------------

const startedAll = Date.now();
function summary() {
  const failed = rows.filter((r) => !r.ok);
  console.log(`\n${rows.length - failed.length} passed, ${failed.length} failed in ${((Date.now() - startedAll) / 1000).toFixed(0)} s`);
  for (const t of timings) console.log(`  ${pad(t.app, 5)} install ${(t.install / 1000).toFixed(1)} s, typecheck + build ${(t.build / 1000).toFixed(1)} s, serve + browser ${(t.test / 1000).toFixed(1)} s`);
  return failed.length;
}
// a hang anywhere (an install, a build, a server, the browser) ends the run as a failure that says where it was
const guard = watchdog((minutes) => {
  row("-", "-", "watchdog", false, "hung", `the Chromium run did not finish within ${minutes} min (EXAMPLES_RUN_LIMIT_MINUTES): stopped ${where()}`);
  endAll();
  summary();
});
try {
  await buildLibrary();
  // the stand-ins as a merchant's test imports them: by the package's name (the `node` condition), from the build
  const { createPortOneStandIn } = await import("react-portone-inicis/testing");
  standIn = createPortOneStandIn({ storeId: STORE_ID, secret: SECRET, webhookSecret: WEBHOOK_SECRET });
  await standIn.listen();
  await launch();
  console.log(`Chromium ${browser.version()}, PortOne stand-in on ${standIn.url}\n`);
  for (const app of APPS) await runApp(app);
} catch (error) {
  row("-", "-", "runner", false, "error", oneLine(error.stack ?? error.message).slice(0, 400));
} finally {
  Object.assign(at, { row: "(after the last row)", step: "ending what the run started" });
  await deadline(Promise.all([browser?.close(), standIn?.close()]), BROWSER_MS, "closing Chromium and the stand-in").catch((error) => notes.push(error.message));
  for (const c of children) kill(c);
  // whatever is left of what this run started (a server slow to end, a browser that did not close)
  if ((await gone(RUN_TAG, TAG)).length) notes.push(`still running after the run, ended: ${killTagged(RUN_TAG, TAG).join(", ")}`);
  flushNotes();
}
guard.stop();
process.exit(summary() ? 1 : 0);
