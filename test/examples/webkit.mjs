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
//
// Nothing here waits without a bound (WebKitWebDriver and its MiniBrowser can stop answering): a
// new session, closing one, the state read after a failure, the engine checks and the version
// probe each have a deadline. When a session does not open or close in time, or a scenario timed
// out with its commands still running in the browser, the driver is killed with everything it
// started and a fresh one takes the next session; a session that did not open is tried once more
// on the fresh driver (that is the engine's start, not the library), a scenario never is: it is a
// FAIL that says what it was waiting for. The whole run stops, with where it was, after
// EXAMPLES_RUN_LIMIT_MINUTES (20) minutes.
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
import { waits } from "./kit.mjs";
import { DeadlineError, RUN_TAG, commandOf, deadline, gone, killTagged, processesWith, runCommand, signalGroup, tagRun, watchdog } from "./procs.mjs";
import { DRIVER_TAG, openPage, startDriver } from "./webdriver-page.mjs";
import { startLoopbackProxy } from "./webkit-proxy.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CDN = "https://cdn.portone.io/v2/browser-sdk.js";
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
// the iPhone as Playwright describes it (the Chromium run uses the same user agent)
const IPHONE_UA = devices["iPhone 13"].userAgent;
// the deadlines (WEBKIT_SCENARIO_SECONDS, WEBKIT_OPEN_SECONDS and WEBKIT_CLOSE_SECONDS set the
// first three: the hang self-check, webkit-hang-check.mjs, shortens them)
const seconds = (name, fallback) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback) * 1000;
/** one scenario, as on Chromium */
const SCENARIO_MS = seconds("WEBKIT_SCENARIO_SECONDS", 90);
/** a new session: the driver starts a MiniBrowser and connects to it (about a second when well) */
const OPEN_MS = seconds("WEBKIT_OPEN_SECONDS", 30);
/** closing a session (WebDriver's quit): the driver closes the window and ends the browser */
const CLOSE_MS = seconds("WEBKIT_CLOSE_SECONDS", 30);
/** the button's state after a failure; the engine checks' page calls and the version probe */
const STATE_MS = 5_000;
const PROBE_MS = 30_000;
/** every process this run starts carries it (procs.mjs): what the run started can always be ended */
const TAG = tagRun("webkit");

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
/** What the runner had to do about the engine (a driver restarted): printed under the next row. */
const notes = [];
const flushNotes = () => notes.splice(0).forEach((n) => console.log(`      ${n}`));
/** `mark`: PASS, FAIL, XFAIL (failed as expected) or XPASS (passes although marked to fail). */
function row(app, device, name, mark, state, detail = "", ms) {
  rows.push({ app, device, name, mark, ms });
  const time = ms === undefined ? "" : `${(ms / 1000).toFixed(1)} s`;
  console.log(`${pad(mark, 5)} ${pad(app, 5)} ${pad(device, 8)} ${pad(name, 28)} ${pad(state ?? "", 12)} ${pad(time, 8)}${detail ? ` ${detail}` : ""}`);
  flushNotes();
}
/** Where the run is, for the watchdog and a signal: the row under way, its step and its page. */
const at = { row: "(before the first row)", step: "starting", page: null, waits: null };
function where() {
  const waiting = at.waits?.at(-1);
  return `on ${at.row}, ${at.step}${waiting ? `, waiting for ${waiting}` : ""}${at.page ? ` (page: ${at.page.describe()})` : ""}`;
}
const ok = (pass) => (pass ? "PASS" : "FAIL");
const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();
const tail = (s, n = 6) => s.trim().split("\n").filter(Boolean).slice(-n).join(" | ");

// ---- processes -------------------------------------------------------------------------------

const children = new Set();
const kill = (child, signal = "SIGTERM") => signalGroup(child.pid, signal);
/** Runs a command (its own process group, tagged with this run's env); ended past `timeoutMs`. */
const run = (cmd, argv, { cwd, extraEnv = {}, timeoutMs } = {}) => runCommand(cmd, argv, { cwd, env: env(extraEnv), children, timeoutMs });
let driver;
let display;
/** Ends, at once, everything this run started: app servers, npm, the driver and its browsers, Xvfb. */
function endAll() {
  for (const c of children) kill(c, "SIGKILL");
  driver?.stop();
  display?.stop();
  killTagged(RUN_TAG, TAG);
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.log(`\nWebKit run stopped by ${signal} ${where()}`);
    endAll();
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
      const r = await fetch(`${base}/`, { signal: AbortSignal.timeout(10_000) });
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
  Object.assign(at, { row: "lib - build", step: "building the library" });
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

/**
 * Ends the driver with its browser and every process they started, and starts a fresh one (when
 * that fails the next session tries again). Notes why under the next row.
 */
async function restartDriver(why) {
  const old = driver;
  driver = null;
  at.step = "ending WebKitWebDriver";
  const { escaped = [], left = [] } = old ? await old.kill() : {};
  let note = `WebKitWebDriver restarted (${at.row}): ${why}`;
  if (escaped.length) note += `; ended ${escaped.length} process(es) that had left its process group: ${escaped.join(", ")}`;
  if (left.length) note += `; STILL RUNNING after SIGKILL: ${left.join(", ")}`;
  notes.push(note);
  await ensureDriver().catch((error) => notes.push(`WebKitWebDriver did not start again: ${oneLine(error.message).slice(0, 300)}`));
}

async function ensureDriver() {
  if (driver) return driver;
  at.step = "starting WebKitWebDriver";
  driver = await startDriver(WEBKIT_DRIVER_PATH, display.env);
  return driver;
}

/** One try at a new session, within OPEN_MS; its error ends with what the driver and browser printed meanwhile. */
async function newSession(capabilities) {
  const current = await ensureDriver();
  const from = current.log().length;
  at.step = "opening a WebKit session (POST /session: the driver starts a MiniBrowser)";
  try {
    return await deadline(openPage(current.url, capabilities), OPEN_MS, "a new WebKit session (POST /session)");
  } catch (error) {
    const said = oneLine(current.log().slice(from)).slice(-300);
    throw said ? new Error(`${error.message} (the driver's output: ${said})`, { cause: error }) : error;
  }
}

/**
 * A fresh WebKit session on one device: a new browser process, every request through the loopback
 * proxy. When it does not open (an error, or no answer within OPEN_MS), the driver is restarted and
 * the session tried once more; when that fails too, the driver is restarted again for the next one.
 */
async function open(device, base) {
  const capabilities = webkitCapabilities({ proxy: proxy.url, userAgent: device === "iphone" ? IPHONE_UA : undefined });
  const sink = { calls: [], blocked: [], errors: [] };
  proxy.attach(sink);
  let session;
  try {
    session = await newSession(capabilities);
  } catch (error) {
    // a browser that died or hangs can take its driver with it: a fresh driver, and once more
    await restartDriver(`no session: ${oneLine(error.message).slice(0, 400)}`);
    try {
      session = await newSession(capabilities);
    } catch (again) {
      await restartDriver(`no session on the fresh driver either: ${oneLine(again.message).slice(0, 400)}`);
      throw new Error(`no WebKit session: ${oneLine(again.message)} (first try: ${oneLine(error.message)})`, { cause: again });
    }
  }
  return { ...sink, page: session.page, close: session.close, capabilities: session.capabilities, base };
}

/**
 * Closes a session within CLOSE_MS. A session that is `busy` (a scenario or a read that timed out,
 * a WebDriver command still without an answer) is not asked to quit, which would wait behind that
 * command: its driver is killed with the browser and replaced. So is one whose quit fails or does
 * not answer.
 */
async function closeSession(h, busy) {
  at.step = "closing the session";
  if (!busy && h.page.inFlight.size) busy = `still running: ${h.page.describe()}`;
  h.page.end();
  if (busy) return restartDriver(`the session was busy (${busy}): ended with its driver instead of a quit`);
  try {
    await deadline(h.close(), CLOSE_MS, "closing the WebKit session (DELETE /session)");
  } catch (error) {
    await restartDriver(oneLine(error.message).slice(0, 300));
  }
}

/** Opens a session, runs `fn(h)` within `ms` and closes the session (see closeSession). */
async function withSession(device, base, ms, what, fn) {
  const h = await open(device, base);
  at.page = h.page;
  let busy = null;
  try {
    at.step = what;
    return await deadline(fn(h), ms, what);
  } catch (error) {
    if (error instanceof DeadlineError) busy = `${error.message}: ${h.page.describe()}`;
    throw error;
  } finally {
    await closeSession(h, busy);
    at.page = null;
  }
}

/** The button's data-state after a failure, within STATE_MS; "(no answer)" when the page gave none. */
async function stateAfterFailure(h) {
  at.step = "reading the button's state after the failure";
  try {
    return (await deadline(h.page.locator("main button[data-state]").first().getAttribute("data-state", { timeout: 1000 }), STATE_MS, "reading the button's state")) ?? "(no button)";
  } catch (error) {
    return error instanceof DeadlineError ? "(no answer)" : "(no button)";
  }
}

/**
 * For the hang self-check (hang-scenarios.mjs): stops the current driver, or the browser of its
 * session, with SIGSTOP, as a hang would leave them: alive, and answering nothing.
 */
const freeze = {
  driver() {
    process.kill(driver.pid, "SIGSTOP");
    return [driver.pid];
  },
  browser() {
    const pids = processesWith(DRIVER_TAG, driver.tag).filter((pid) => /MiniBrowser|\bcog\b/.test(commandOf(pid)));
    for (const pid of pids) process.kill(pid, "SIGSTOP");
    return pids;
  },
};

async function scenario(app, server, spec) {
  const started = Date.now();
  at.row = `${app.name} ${spec.device} ${spec.name}`;
  const waiting = [];
  let h;
  let state;
  let detail = "";
  let pass = false;
  let busy = null;
  try {
    // the hang self-check's hooks: freeze the driver before the session opens, or before it closes
    if (spec.beforeOpen) {
      await ensureDriver();
      spec.beforeOpen({ freeze });
    }
    h = await open(spec.device, server.base);
    h.freeze = freeze;
    h.app = app.name;
    h.engine = "webkit";
    h.checkoutUrl = `${server.base}${app.checkoutPath}`;
    h.standIn = standIn;
    h.secret = SECRET;
    standIn.reset();
    Object.assign(at, { step: "running the scenario", page: h.page, waits: waiting });
    // `waiting` collects what the scenario's `until`s wait for (kit.mjs), to name it on a timeout
    state = await deadline(
      waits.run(waiting, () => spec.run(h)),
      SCENARIO_MS,
      "the scenario",
    );
    pass = true;
  } catch (error) {
    if (error instanceof DeadlineError && h) {
      // still running in the browser: say what it was waiting for, and do not reuse its session
      busy = `the scenario timed out: ${h.page.describe()}`;
      detail = `scenario timed out after ${SCENARIO_MS / 1000} s${waiting.length ? `, waiting for ${waiting.at(-1)}` : ""}; the page: ${h.page.describe()}`;
    } else detail = oneLine(error instanceof Error ? error.message : String(error));
    detail = detail.slice(0, 400);
    if (h) {
      state = await stateAfterFailure(h);
      if (state === "(no answer)") busy ??= "the button's state could not be read";
    } else state = "(no session)";
  }
  at.waits = null;
  if (h?.blocked.length) {
    pass = false;
    detail = `tried to leave 127.0.0.1: ${h.blocked.slice(0, 3).join(", ")}${detail ? `; ${detail}` : ""}`;
  }
  if (h?.errors.length) {
    pass = false;
    detail = `page error: ${h.errors[0]}${detail ? `; ${detail}` : ""}`;
  }
  if (h) {
    spec.beforeClose?.({ freeze });
    await closeSession(h, busy);
  }
  at.page = null;
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
  let seen;
  at.row = `${app.name} iphone engine: no userAgentData`;
  try {
    const errors = await withSession("iphone", server.base, PROBE_MS, "reading navigator in the page", async (h) => {
      await h.page.goto(`${server.base}${app.checkoutPath}`);
      seen = await h.page.evaluate(() => {
        const probe = `probe-${Math.random()}`;
        localStorage.setItem("webkit-run-probe", probe);
        sessionStorage.setItem("webkit-run-probe", probe);
        return { ua: navigator.userAgent, uaData: typeof navigator.userAgentData, touch: navigator.maxTouchPoints, probe, session: sessionStorage.getItem("webkit-run-probe") };
      });
      return h.errors;
    });
    const pass = seen.uaData === "undefined" && /iPhone/.test(seen.ua) && !errors.length;
    row(app.name, "iphone", "engine: no userAgentData", ok(pass), pass ? "UA only" : "differs", pass ? "" : `navigator.userAgentData is ${seen.uaData}; UA ${seen.ua}${errors.length ? `; page error: ${errors[0]}` : ""}`, Date.now() - started);
  } catch (error) {
    row(app.name, "iphone", "engine: no userAgentData", "FAIL", "error", oneLine(error.message).slice(0, 300), Date.now() - started);
    return;
  }
  started = Date.now();
  at.row = `${app.name} iphone engine: private storage`;
  try {
    const left = await withSession("iphone", server.base, PROBE_MS, "reading localStorage in a new session", async (h) => {
      await h.page.goto(`${server.base}${app.checkoutPath}`);
      return h.page.evaluate(() => localStorage.getItem("webkit-run-probe"));
    });
    const pass = seen.session === seen.probe && left === null;
    row(app.name, "iphone", "engine: private storage", ok(pass), pass ? "ephemeral" : "persistent", pass ? "" : `sessionStorage read back ${seen.session}; the next session saw localStorage ${left}`, Date.now() - started);
  } catch (error) {
    row(app.name, "iphone", "engine: private storage", "FAIL", "error", oneLine(error.message).slice(0, 300), Date.now() - started);
  }
}

// ---- one app ---------------------------------------------------------------------------------

// --hang-check (webkit-hang-check.mjs): scenarios that hang on purpose, then a few usual ones
const HANG = args.has("hang-check") ? await import("./hang-scenarios.mjs") : null;
const ALL = HANG ? [...HANG.HANG_SCENARIOS, ...[...SCENARIOS, ...BACK_SCENARIOS].filter((spec) => HANG.THEN.includes(spec.name))] : [...SCENARIOS, ...FLOW_SCENARIOS, ...BACK_SCENARIOS];
const wanted = (app) => ALL.filter((spec) => (!spec.apps || spec.apps.includes(app.name)) && (!args.has("scenario") || args.get("scenario") === spec.name));

async function runApp(app, first) {
  Object.assign(at, { row: `${app.name} - install and build`, step: "installing and building the example" });
  if (!(await prepare(app))) {
    for (const spec of wanted(app)) row(app.name, spec.device, spec.name, "FAIL", "not run", "the example did not install or build");
    return;
  }
  let server;
  try {
    Object.assign(at, { row: `${app.name} - serve`, step: "starting the example's server" });
    server = await serve(app);
  } catch (error) {
    row(app.name, "-", "serve", "FAIL", "down", oneLine(error.message).slice(0, 400));
    for (const spec of wanted(app)) row(app.name, spec.device, spec.name, "FAIL", "not run", "the server did not start (see serve)");
    return;
  }
  try {
    if (first && !args.has("scenario") && !HANG) await checkEngine(app, server);
    for (const spec of wanted(app)) await scenario(app, server, spec);
  } finally {
    server.stop();
    const problems = server.log().split("\n").filter((l) => /error|Error/.test(l) && !/^\s*at /.test(l));
    if (problems.length) console.log(`      ${app.name} server said: ${problems.slice(0, 3).map((l) => oneLine(l).slice(0, 200)).join(" | ")}`);
  }
}

// ---- main ------------------------------------------------------------------------------------

const startedAll = Date.now();
function summary() {
  const count = (...marks) => rows.filter((r) => marks.includes(r.mark)).length;
  const xfail = rows.filter((r) => r.mark === "XFAIL");
  console.log(`\nWebKit run: ${((Date.now() - startedAll) / 1000).toFixed(0)} s`);
  if (xfail.length) console.log(`${xfail.length} expected to fail until the library's side lands: ${xfail.map((r) => `${r.app} ${r.device} ${r.name}`).join(", ")}`);
  console.log(`WebKit: ${count("PASS", "XPASS")} passed, ${count("FAIL")} failed${xfail.length ? `, ${xfail.length} skipped` : ""}`);
  return count("FAIL");
}
// a hang anywhere (a build, a server, the engine) ends the run as a failure that says where it was
const guard = watchdog((minutes) => {
  row("-", "-", "watchdog", "FAIL", "hung", `the WebKit run did not finish within ${minutes} min (EXAMPLES_RUN_LIMIT_MINUTES): stopped ${where()}`);
  endAll();
  summary();
});
try {
  if (!(await buildLibrary())) throw new Error("the library did not build");
  const { createPortOneStandIn } = await import("react-portone-inicis/testing");
  standIn = createPortOneStandIn({ storeId: STORE_ID, secret: SECRET, webhookSecret: WEBHOOK_SECRET });
  await standIn.listen();
  proxy = await startLoopbackProxy({ cdnUrl: CDN, fakeScript: () => standIn.browserScript });
  display = await startDisplay();
  const v = webkitVersions();
  // the session's own word on its version, next to the packages'
  at.row = "(the version probe)";
  const probe = await withSession("desktop", "", PROBE_MS, "reading the user agent", async (h) => ({ ua: await h.page.evaluate(() => navigator.userAgent), capabilities: h.capabilities }));
  flushNotes();
  console.log(`WebKit: ${v.engine} (${v.packages}; the session reports ${probe.capabilities.get("browserName")} ${probe.capabilities.get("browserVersion")}), user agent "${probe.ua}"`);
  console.log(`PortOne stand-in on ${standIn.url}, loopback proxy on ${proxy.url}\n`);
  for (const [i, app] of APPS.entries()) await runApp(app, i === 0);
} catch (error) {
  row("-", "-", "runner", "FAIL", "error", oneLine(error.stack ?? error.message).slice(0, 400));
} finally {
  Object.assign(at, { row: "(after the last row)", step: "ending what the run started" });
  const { left = [] } = (await driver?.kill()) ?? {};
  if (left.length) notes.push(`WebKitWebDriver's processes STILL RUNNING after SIGKILL: ${left.join(", ")}`);
  display?.stop();
  for (const c of children) kill(c);
  await deadline(Promise.all([proxy?.close(), standIn?.close()]), 10_000, "closing the proxy and the stand-in").catch((error) => notes.push(error.message));
  // whatever is left of what this run started (a server slow to end, a process that left its group)
  const lingering = await gone(RUN_TAG, TAG);
  if (lingering.length) notes.push(`still running after the run, ended: ${killTagged(RUN_TAG, TAG).join(", ")}`);
  flushNotes();
}
guard.stop();
process.exit(summary() ? 1 : 0);
