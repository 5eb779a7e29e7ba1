// The WebKit runner's hang self-check (webkit-hang-check.mjs runs `webkit.mjs --hang-check`):
// scenarios that hang on purpose, each in one of the ways WebKitWebDriver or its MiniBrowser can
// stop answering, followed by usual scenarios (THEN) that must still pass. What each row must say is
// `expect`, which webkit-hang-check.mjs checks against the runner's output:
// - hang-browser-start: the session's MiniBrowser cannot open its display and exits at once, as
//   it did in CI when Xvfb was resetting (see startDisplay in scripts/webkit.mjs); WebKitWebDriver
//   then never answers POST /session. The runner kills the driver, opens the session on a fresh
//   one, the scenario passes. (webkit-hang-check.mjs points WEBKIT_BROWSER_PATH at a wrapper that
//   adds --display=:65535 to the browser's next start once the marker file below exists.)
// - hang-create: the driver is stopped (SIGSTOP) before the session opens, so POST /session never
//   answers: the runner kills the driver, opens the session on a fresh one, the scenario passes.
// - hang-run: the scenario waits for something that never comes: FAIL on the scenario's deadline,
//   naming what it waited for; its session goes with its driver.
// - hang-browser: the MiniBrowser is stopped mid-scenario, so a WebDriver command never answers:
//   FAIL naming that command; the state read gets no answer; the driver and browser are killed.
// - hang-quit: the driver is stopped once the scenario passed, so the quit never answers: the driver
//   is killed and the row still passes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { TIMEOUT, until } from "./kit.mjs";

const button = (h) => h.page.locator("main button[data-state]").first();
async function ready(h) {
  await h.page.goto(h.checkoutUrl);
  await until("the pay button to be enabled", () => button(h).isEnabled({ timeout: TIMEOUT }));
  return button(h).getAttribute("data-state");
}
const FOREVER = 24 * 60 * 60_000;

/** @type {{ name: string, device: "desktop", apps: string[], expect: { mark: string, detail?: RegExp, note?: RegExp, state?: RegExp }, run: (h: any) => Promise<string> }[]} */
export const HANG_SCENARIOS = [
  {
    name: "hang-browser-start",
    device: "desktop",
    apps: ["vite"],
    expect: { mark: "PASS", note: /restarted \(vite desktop hang-browser-start\): no session: a new WebKit session \(POST \/session\) did not answer in \d+ s \(the driver's output: .*cannot open display: :65535/ },
    beforeOpen() {
      if (!process.env.HANG_CHECK_DIR) throw new Error("run through webkit-hang-check.mjs (HANG_CHECK_DIR: the browser wrapper's marker)");
      writeFileSync(join(process.env.HANG_CHECK_DIR, "fail-next-start"), "");
    },
    run: ready,
  },
  {
    name: "hang-create",
    device: "desktop",
    apps: ["vite"],
    expect: { mark: "PASS", note: /restarted \(vite desktop hang-create\): no session: a new WebKit session \(POST \/session\) did not answer/ },
    beforeOpen: ({ freeze }) => freeze.driver(),
    run: ready,
  },
  {
    name: "hang-run",
    device: "desktop",
    apps: ["vite"],
    expect: { mark: "FAIL", detail: /scenario timed out after \d+ s, waiting for the self-check's event that never comes/, note: /restarted \(vite desktop hang-run\): the session was busy/ },
    async run(h) {
      await ready(h);
      return until("the self-check's event that never comes", async () => false, Boolean, FOREVER);
    },
  },
  {
    name: "hang-browser",
    device: "desktop",
    apps: ["vite"],
    expect: { mark: "FAIL", state: /\(no answer\)/, detail: /scenario timed out after \d+ s.*WebDriver command without an answer: executeScript/, note: /restarted \(vite desktop hang-browser\): the session was busy/ },
    async run(h) {
      await ready(h);
      h.freeze.browser();
      return button(h).getAttribute("data-state", { timeout: FOREVER });
    },
  },
  {
    name: "hang-quit",
    device: "desktop",
    apps: ["vite"],
    expect: { mark: "PASS", note: /restarted \(vite desktop hang-quit\): closing the WebKit session \(DELETE \/session\) did not answer/ },
    beforeClose: ({ freeze }) => freeze.driver(),
    run: ready,
  },
];

/** The usual scenarios that follow and must pass on the drivers the runner started again. */
export const THEN = ["dialog-window-verify", "redirect-roundtrip", "back-from-payment-page"];
