// A thin adapter that gives the example scenarios (scenarios.mjs, flow-scenarios.mjs,
// back-scenarios.mjs) the part of Playwright's `page` and locator API they use, over a W3C
// WebDriver session (selenium-webdriver). The scenarios stay written once, against `h.page`.
//
// What it covers: page.goto / url / waitForURL / evaluate / goBack / goForward / keyboard.press /
// locator / getByRole / getByTestId / getByLabel; locator.first / nth / filter({ hasText }) /
// locator / getByRole / getByLabel / getByTestId / count / getAttribute / textContent / isEnabled /
// isVisible / waitFor / click / fill / evaluateAll. Locators are resolved in the page on every
// call (as Playwright's are) and actions wait for the element like Playwright's actionability
// checks (attached, visible, enabled) before WebDriver's own click or typing.
// getByRole follows Playwright's defaults where the scenarios rely on them: a string name matches a
// case-insensitive substring of the accessible name, a RegExp is tested against it, and elements
// hidden from the accessibility tree (aria-hidden, display: none, visibility: hidden) are skipped.
// The driver process and the session are the runner's to bound (webkit.mjs): startDriver's kill()
// ends the driver with its browser and every process they started, and each page says what it was
// doing and which WebDriver command is still waiting for an answer (describe()), for a timeout to name.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { Capabilities, Key, WebDriver } from "selenium-webdriver";
import { Executor, HttpClient } from "selenium-webdriver/http/index.js";
import { commandOf, deadline, gone, killTagged, signalGroup } from "./procs.mjs";

const DEFAULT_TIMEOUT = 30_000;
const POLL_MS = 100;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const oneLine = (s) => String(s).replace(/\s+/g, " ").trim();
/** Marks a driver's processes: the driver, its browser and the browser's own processes inherit it. */
export const DRIVER_TAG = "WEBKIT_RUN_DRIVER";

// ---- the driver process ------------------------------------------------------------------------

function freePort() {
  return new Promise((resolvePort) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts a WebDriver server (WebKitWebDriver, WPEWebDriver) on a free 127.0.0.1 port; WebKit's hold
 * one session at a time. Throws when it does not answer /status within `timeout`.
 * Returns `kill()`, which ends it whatever state it is in: SIGTERM to its process group (it is
 * started detached, as its own group, and the browsers it starts stay in it), SIGKILL to the group
 * after `graceMs`, then SIGKILL to any process that still carries the driver's tag in its
 * environment (one that left the group); it resolves with what it had to end one by one and what
 * it could not end. `stop()` is the synchronous SIGKILL of all of it, for a runner that is exiting.
 */
export async function startDriver(path, extraEnv = {}, { timeout = 15_000 } = {}) {
  const port = await freePort();
  const tag = `${process.pid}-${randomBytes(6).toString("hex")}`;
  const child = spawn(path, [`--port=${port}`, "--host=local"], { env: { ...process.env, ...extraEnv, [DRIVER_TAG]: tag }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let exitedNow = false;
  const exited = new Promise((resolve) => {
    child.once("exit", resolve);
    child.once("error", (error) => {
      log += `\n${error.message}`;
      resolve(null);
    });
  }).then(() => (exitedNow = true));
  const stop = () => {
    signalGroup(child.pid, "SIGKILL");
    killTagged(DRIVER_TAG, tag);
  };
  const kill = async ({ graceMs = 2_000 } = {}) => {
    const exit = () => deadline(exited, graceMs, "the driver's exit").catch(() => {});
    if (!exitedNow && signalGroup(child.pid, "SIGTERM")) await exit();
    signalGroup(child.pid, "SIGKILL");
    await exit();
    const escaped = killTagged(DRIVER_TAG, tag);
    const left = (await gone(DRIVER_TAG, tag)).map((pid) => `${pid} ${commandOf(pid)}`);
    return { escaped, left };
  };
  const url = `http://127.0.0.1:${port}`;
  const readyBy = Date.now() + timeout;
  let ready = false;
  while (!ready && !exitedNow && Date.now() < readyBy) {
    try {
      ready = (await fetch(`${url}/status`, { signal: AbortSignal.timeout(2_000) })).ok;
    } catch {
      // not listening yet
    }
    if (!ready) await sleep(100);
  }
  if (!ready) {
    const why = exitedNow ? "exited" : `did not answer /status in ${timeout / 1000} s`;
    await kill();
    throw new Error(`${path} ${why}: ${log.trim().slice(-300)}`);
  }
  return { url, kill, stop, log: () => log, pid: child.pid, tag };
}

/** An executor that keeps the commands still waiting for the driver's answer in `inFlight`. */
class TrackingExecutor extends Executor {
  constructor(client, inFlight) {
    super(client);
    this.inFlight = inFlight;
  }
  async execute(command) {
    const entry = { name: command.getName(), since: Date.now() };
    this.inFlight.add(entry);
    try {
      return await super.execute(command);
    } finally {
      this.inFlight.delete(entry);
    }
  }
}

/**
 * Opens a session on `driverUrl` with `capabilities`; returns the Playwright-like page, the
 * session's capabilities and `close()` (WebDriver's quit, which rejects when the driver does). None
 * of it has a deadline of its own: the runner bounds each, and kills the driver when one passes.
 */
export async function openPage(driverUrl, capabilities) {
  const inFlight = new Set();
  const driver = WebDriver.createSession(new TrackingExecutor(new HttpClient(driverUrl), inFlight), new Capabilities(capabilities));
  const session = await driver.getSession();
  const page = new Page(driver, inFlight);
  return { page, capabilities: session.getCapabilities(), close: () => driver.quit() };
}

// ---- what runs in the page -------------------------------------------------------------------

/**
 * Resolves `steps` to elements in the page and answers `op` about them. Runs in the browser
 * (serialized with toString), so it uses nothing from this module.
 */
function inPage(steps, op, arg) {
  const norm = (s) => String(s ?? "").replace(/\s+/g, " ").trim();
  const matches = (text, m) => {
    if (!m) return true;
    const t = norm(text);
    if (m.regex !== undefined) return new RegExp(m.regex, m.flags).test(t);
    return m.exact ? t === norm(m.text) : t.toLowerCase().includes(norm(m.text).toLowerCase());
  };
  const hiddenForAria = (el) => {
    for (let e = el; e; e = e.parentElement) if (e.getAttribute("aria-hidden") === "true") return true;
    if (!el.getClientRects().length) return true;
    return getComputedStyle(el).visibility === "hidden";
  };
  const roleOf = (el) => {
    const explicit = (el.getAttribute("role") || "").trim().split(/\s+/)[0];
    if (explicit) return explicit;
    const tag = el.localName;
    const type = (el.getAttribute("type") || "").toLowerCase();
    if (tag === "button") return "button";
    if (tag === "input") {
      if (["button", "submit", "reset", "image"].includes(type)) return "button";
      if (type === "checkbox" || type === "radio") return type;
      if (["", "text", "email", "tel", "url", "search", "password"].includes(type)) return "textbox";
      return "";
    }
    if (tag === "textarea") return "textbox";
    if ((tag === "a" || tag === "area") && el.hasAttribute("href")) return "link";
    if (tag === "dialog") return "dialog";
    if (tag === "output") return "status";
    if (/^h[1-6]$/.test(tag)) return "heading";
    if (tag === "main") return "main";
    return "";
  };
  const byIds = (ids) =>
    norm(
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter(Boolean)
        .map((e) => e.textContent)
        .join(" "),
    );
  const FROM_CONTENT = new Set(["button", "link", "heading", "tab", "menuitem", "option", "cell", "checkbox", "radio"]);
  const nameOf = (el, role) => {
    const labelledby = el.getAttribute("aria-labelledby");
    if (labelledby && byIds(labelledby)) return byIds(labelledby);
    const label = norm(el.getAttribute("aria-label"));
    if (label) return label;
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(" "));
    if (el.localName === "input" && ["button", "submit", "reset"].includes((el.type || "").toLowerCase())) return norm(el.value);
    if (FROM_CONTENT.has(role)) return norm(el.textContent);
    return norm(el.getAttribute("title"));
  };
  const labelsOf = (el) => {
    const out = [];
    if (el.labels) for (const l of el.labels) out.push(l.textContent);
    if (el.getAttribute("aria-label")) out.push(el.getAttribute("aria-label"));
    if (el.getAttribute("aria-labelledby")) out.push(byIds(el.getAttribute("aria-labelledby")));
    return out;
  };
  const descendants = (root) => [...root.querySelectorAll("*")];
  let nodes = [document];
  for (const step of steps) {
    let next = [];
    if (step.kind === "css") for (const n of nodes) next.push(...n.querySelectorAll(step.selector));
    else if (step.kind === "testid") for (const n of nodes) next.push(...n.querySelectorAll(`[data-testid="${CSS.escape(step.id)}"]`));
    else if (step.kind === "role")
      for (const n of nodes) next.push(...descendants(n).filter((el) => roleOf(el) === step.role && !hiddenForAria(el) && matches(nameOf(el, step.role), step.name)));
    else if (step.kind === "label")
      for (const n of nodes) next.push(...[...n.querySelectorAll("input, textarea, select")].filter((el) => labelsOf(el).some((t) => matches(t, step.text))));
    else if (step.kind === "hasText") next = nodes.filter((el) => matches(el.textContent, step.text));
    else if (step.kind === "nth") next = nodes[step.index] ? [nodes[step.index]] : [];
    // one of each, in document order
    next = [...new Set(next)].sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    nodes = next;
  }
  if (op === "elements") return nodes;
  if (op === "count") return nodes.length;
  if (op === "evaluateAll") return new Function(`return (${arg.fn})`)()(nodes, arg.arg);
  // "state": what the actions and reads wait on, about the first match
  const el = nodes[0];
  if (!el) return { count: 0 };
  const box = el.getBoundingClientRect();
  const visible = box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden";
  const enabled = !(el.matches(":disabled") || el.closest('[aria-disabled="true"]'));
  return { count: nodes.length, visible, enabled, attribute: arg ? el.getAttribute(arg) : null, text: el.textContent, value: "value" in el ? el.value : null };
}
const IN_PAGE = `return (${inPage.toString()}).apply(null, arguments)`;

// ---- locators ----------------------------------------------------------------------------------

/** A string or RegExp as the page-side matcher. */
function matcher(m, exact = false) {
  if (m === undefined || m === null) return undefined;
  if (m instanceof RegExp) return { regex: m.source, flags: m.flags };
  return { text: String(m), exact };
}
function describe(steps) {
  const text = (m) => (m?.regex !== undefined ? `/${m.regex}/${m.flags}` : JSON.stringify(m?.text));
  return steps
    .map((s) => {
      if (s.kind === "css") return `locator(${JSON.stringify(s.selector)})`;
      if (s.kind === "testid") return `getByTestId(${JSON.stringify(s.id)})`;
      if (s.kind === "role") return `getByRole(${JSON.stringify(s.role)}${s.name ? `, { name: ${text(s.name)} }` : ""})`;
      if (s.kind === "label") return `getByLabel(${text(s.text)})`;
      if (s.kind === "hasText") return `filter({ hasText: ${text(s.text)} })`;
      return s.index === 0 ? "first()" : `nth(${s.index})`;
    })
    .join(".");
}
const RETRYABLE = /stale element|not interactable|click intercepted|element is not|no such element|obscured|Node with given id/i;

class Locator {
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }
  with(step) {
    return new Locator(this.page, [...this.steps, step]);
  }
  first() {
    return this.with({ kind: "nth", index: 0 });
  }
  nth(index) {
    return this.with({ kind: "nth", index });
  }
  filter({ hasText } = {}) {
    return hasText === undefined ? this : this.with({ kind: "hasText", text: matcher(hasText) });
  }
  locator(selector) {
    return this.with({ kind: "css", selector });
  }
  getByRole(role, { name, exact } = {}) {
    return this.with({ kind: "role", role, name: matcher(name, exact) });
  }
  getByTestId(id) {
    return this.with({ kind: "testid", id });
  }
  getByLabel(text, { exact } = {}) {
    return this.with({ kind: "label", text: matcher(text, exact) });
  }
  toString() {
    return describe(this.steps);
  }

  query(op, arg = null) {
    this.page.checkOpen();
    return this.page.driver.executeScript(IN_PAGE, this.steps, op, arg);
  }
  /** Polls the first match's state until `accept` takes it; throws like Playwright on a timeout. */
  until(action, accept, timeout = DEFAULT_TIMEOUT, attribute = null) {
    return this.page.step(`${action} waiting for ${this}`, () => this.poll(action, accept, timeout, attribute));
  }
  async poll(action, accept, timeout, attribute) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      this.page.checkOpen();
      try {
        last = await this.query("state", attribute);
        if (accept(last)) return last;
      } catch (error) {
        // the page is navigating, or the element went away between two calls: try again
        last = { error: error.message.split("\n")[0] };
      }
      if (Date.now() >= deadline) break;
      await sleep(POLL_MS);
    }
    const seen = last?.error ? `last error: ${last.error}` : last?.count ? `${last.count} match(es), visible ${last.visible}, enabled ${last.enabled}` : "no match";
    throw new Error(`${action}: Timeout ${timeout}ms exceeded waiting for ${this} (${seen})`);
  }

  async count() {
    return this.query("count");
  }
  async getAttribute(name, { timeout = DEFAULT_TIMEOUT } = {}) {
    return (await this.until("locator.getAttribute", (s) => s.count > 0, timeout, name)).attribute;
  }
  async textContent({ timeout = DEFAULT_TIMEOUT } = {}) {
    return (await this.until("locator.textContent", (s) => s.count > 0, timeout)).text;
  }
  async isEnabled({ timeout = DEFAULT_TIMEOUT } = {}) {
    return (await this.until("locator.isEnabled", (s) => s.count > 0, timeout)).enabled;
  }
  async isVisible() {
    const s = await this.query("state");
    return s.count > 0 && s.visible;
  }
  async waitFor({ state = "visible", timeout = DEFAULT_TIMEOUT } = {}) {
    const accept = {
      attached: (s) => s.count > 0,
      detached: (s) => s.count === 0,
      visible: (s) => s.count > 0 && s.visible,
      hidden: (s) => s.count === 0 || !s.visible,
    }[state];
    await this.until("locator.waitFor", accept, timeout);
  }
  async evaluateAll(fn, arg) {
    return this.query("evaluateAll", { fn: fn.toString(), arg: arg ?? null });
  }
  /** Waits for the first match to be visible and enabled, then runs `act` on its WebElement; retries while the page moves under it. */
  act(action, act, timeout) {
    return this.page.step(`${action} on ${this}`, () => this.actOn(action, act, timeout));
  }
  async actOn(action, act, timeout) {
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.until(action, (s) => s.count > 0 && s.visible && s.enabled, Math.max(deadline - Date.now(), 1));
      try {
        const [element] = await this.query("elements");
        if (element) return await act(element);
      } catch (error) {
        if (!RETRYABLE.test(error.message) || Date.now() >= deadline) throw new Error(`${action} on ${this}: ${error.message.split("\n")[0]}`, { cause: error });
      }
      await sleep(POLL_MS);
    }
  }
  async click({ timeout = DEFAULT_TIMEOUT } = {}) {
    await this.act("locator.click", (element) => element.click(), timeout);
  }
  async fill(value, { timeout = DEFAULT_TIMEOUT } = {}) {
    await this.act(
      "locator.fill",
      async (element) => {
        if ((await element.getAttribute("value")) || (await this.query("state")).value) await element.clear();
        await element.sendKeys(value);
      },
      timeout,
    );
  }
}

// ---- the page ----------------------------------------------------------------------------------

const KEYS = { Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB, Backspace: Key.BACK_SPACE };

class Page {
  constructor(driver, inFlight = new Set()) {
    this.driver = driver;
    this.inFlight = inFlight;
    /** what the scenario asked of the page and has no answer for yet, innermost last */
    this.doing = [];
    this.ended = false;
    this.lastUrl = "about:blank";
    this.keyboard = {
      press: (key) =>
        this.step(`keyboard.press(${JSON.stringify(key)})`, async () => {
          const k = KEYS[key] ?? key;
          try {
            await driver.actions({ async: true }).sendKeys(k).perform();
          } catch {
            await driver.switchTo().activeElement().sendKeys(k);
          }
        }),
    };
  }
  /**
   * Marks the page's session as ended (by the runner, when it is closed or its driver killed): a
   * scenario that timed out and still runs fails at its next page call instead of going on.
   */
  end() {
    this.ended = true;
  }
  checkOpen() {
    if (this.ended) throw new Error("the session was ended (its scenario is over)");
  }
  /** Runs `fn` with `what` on the `doing` stack. */
  async step(what, fn) {
    this.checkOpen();
    this.doing.push(what);
    try {
      return await fn();
    } finally {
      this.doing.splice(this.doing.lastIndexOf(what), 1);
    }
  }
  /** What the page was doing and which WebDriver commands had no answer yet, for a timeout's message. */
  describe() {
    const now = Date.now();
    const commands = [...this.inFlight].map((c) => `${c.name} for ${((now - c.since) / 1000).toFixed(1)} s`);
    return `${this.doing.at(-1) ?? "no page call"}${commands.length ? `; WebDriver command without an answer: ${commands.join(", ")}` : ""}`;
  }
  /** The address as last seen (Playwright's `page.url()` is synchronous). */
  url() {
    return this.lastUrl;
  }
  async refreshUrl() {
    this.lastUrl = await this.driver.getCurrentUrl();
    return this.lastUrl;
  }
  goto(url) {
    return this.step(`page.goto(${url})`, async () => {
      await this.driver.get(url);
      await this.refreshUrl();
    });
  }
  /** Options (waitUntil) are accepted and ignored: WebDriver's back and forward return once the page is shown. */
  goBack(_options) {
    return this.step(`page.goBack() from ${this.lastUrl}`, async () => {
      await this.driver.navigate().back();
      await this.refreshUrl();
    });
  }
  goForward(_options) {
    return this.step(`page.goForward() from ${this.lastUrl}`, async () => {
      await this.driver.navigate().forward();
      await this.refreshUrl();
    });
  }
  waitForURL(expected, options) {
    return this.step(`page.waitForURL (on ${this.lastUrl})`, () => this.pollURL(expected, options));
  }
  async pollURL(expected, { timeout = DEFAULT_TIMEOUT, waitUntil = "load" } = {}) {
    const test = typeof expected === "function" ? (u) => expected(new URL(u)) : expected instanceof RegExp ? (u) => expected.test(u) : (u) => u === String(expected);
    const deadline = Date.now() + timeout;
    for (;;) {
      this.checkOpen();
      try {
        if (test(await this.refreshUrl())) {
          // like Playwright's default waitUntil "load" (WebKit's driver itself waits for a pending navigation)
          if (waitUntil === "load") await this.driver.executeScript("return document.readyState").catch(() => null);
          return;
        }
      } catch {
        // between two documents
      }
      if (Date.now() >= deadline) throw new Error(`page.waitForURL: Timeout ${timeout}ms exceeded (last seen ${this.lastUrl})`);
      await sleep(POLL_MS);
    }
  }
  /** Runs `fn(arg)` in the page and returns its (awaited) JSON-able result. */
  evaluate(fn, arg) {
    const source = typeof fn === "function" ? fn.toString() : `() => (${fn})`;
    return this.step(`page.evaluate(${oneLine(source).slice(0, 80)})`, () => this.run(source, arg));
  }
  async run(source, arg) {
    const r = await this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${source})(arguments[0])).then((v) => done({ ok: true, v: v === undefined ? null : v }), (e) => done({ ok: false, e: String((e && e.message) || e) }));`,
      arg === undefined ? null : arg,
    );
    if (!r?.ok) throw new Error(`page.evaluate: ${r?.e ?? "no answer"}`);
    return r.v;
  }
  locator(selector) {
    return new Locator(this, [{ kind: "css", selector }]);
  }
  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }
  getByTestId(id) {
    return new Locator(this, []).getByTestId(id);
  }
  getByLabel(text, options) {
    return new Locator(this, []).getByLabel(text, options);
  }
}
