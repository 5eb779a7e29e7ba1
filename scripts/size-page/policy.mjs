// The buyer dialog's preload policy, measured both ways on one build (issue 19):
//   idle:   the dialog chunk (with Radix) and the locale pack load once the page is idle, when buyer
//           fields are missing (emulated here by an intent the buyer never made, on an idle callback);
//   intent: they load on the buyer's intent only (pointer-enter, focus, pointer-down), as built.
// For each: the JS fetched before the first interaction (the size row's way), what the intent adds,
// and the first open (trusted click to the dialog in the page) after
//   - hover, then the intent's loads finished (an event: no request in flight, modules run), then click;
//   - hover, then a buyer's 300 ms, then click;
//   - a tap held 100 ms (touch start to touch end, a phone's pointer-down, then the click);
// on loopback and on DevTools' "Fast 4G" and "Slow 4G" request throttling. The intent-to-click gap is
// read in the page (the events' own time stamps), not assumed. It prints numbers; it asserts nothing.
// `node scripts/size-page/policy.mjs` after `npm run build`; POLICY_RUNS=n pages per cell (10).
import { rmSync } from "node:fs";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { buildPage, jsFiles, routeCdn, serveGzip, settle, trackRequests } from "./pages.mjs";
import { measurePages } from "./measure.mjs";

const RUNS = Number(process.env.POLICY_RUNS ?? 10);
// DevTools' presets (request-level throttling: latency per request, throughput in bytes per second)
const NETWORKS = {
  loopback: null,
  "Fast 4G": { offline: false, latency: 165, downloadThroughput: (9_000_000 * 0.9) / 8, uploadThroughput: (1_500_000 * 0.9) / 8 },
  "Slow 4G": { offline: false, latency: 562.5, downloadThroughput: (1_600_000 * 0.9) / 8, uploadThroughput: (750_000 * 0.9) / 8 },
};
const POLICIES = { idle: "?emulate=idle-preload", intent: "" };

// the trusted click's and the first intent's own time stamps, and the dialog's arrival in the page
const INSTRUMENT = () => {
  window.__open = [];
  window.__intentAt = null;
  const intent = (e) => (window.__intentAt ??= e.isTrusted ? e.timeStamp : null);
  addEventListener("pointerover", intent, true);
  addEventListener("pointerdown", intent, true);
  addEventListener("click", (e) => (window.__clickAt = e.timeStamp), true);
  new MutationObserver(() => {
    const open = document.querySelector('[role="dialog"], dialog[open]');
    if (open && !open.dataset.seen) {
      open.dataset.seen = "1";
      window.__open.push(performance.now() - window.__clickAt);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["open"] });
};

const INTERACTIONS = {
  "hover, intent's loads done, click": async ({ page, tracker, button }) => {
    await button.hover();
    await settle(page, tracker);
    await button.click();
  },
  "hover, 300 ms, click": async ({ page, button }) => {
    await button.hover();
    await page.waitForTimeout(300); // the buyer's hand, not a wait for the page
    await button.click();
  },
  "tap held 100 ms": async ({ page, cdp, button }) => {
    const box = await button.boundingBox();
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [point] });
    await page.waitForTimeout(100); // the finger on the glass
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? +s[Math.floor(s.length / 2)].toFixed(1) : NaN;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? +s[Math.min(s.length - 1, Math.floor(0.95 * s.length))].toFixed(1) : NaN;
};

async function firstOpen(browser, url, interaction, network) {
  const context = await browser.newContext({ hasTouch: true });
  await routeCdn(context);
  await context.addInitScript(INSTRUMENT);
  const tracker = trackRequests(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (network) {
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", network);
  }
  await page.goto(url, { waitUntil: "load" });
  const button = page.getByRole("button");
  await button.waitFor();
  await settle(page, tracker);
  const before = tracker.ended.length;
  await INTERACTIONS[interaction]({ page, tracker, button, cdp });
  await page.waitForFunction(() => window.__open.length >= 1);
  await settle(page, tracker);
  const [ms, gap] = await page.evaluate(() => [window.__open[0], window.__clickAt - window.__intentAt]);
  const after = await jsFiles(tracker.ended.slice(before), new URL(url).origin);
  await context.close();
  return { ms, gap, after };
}

const libraryDir = await buildPage("library");
const server = await serveGzip(libraryDir, { isolated: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const bytes = await measurePages({ emulateIdle: true });
console.log(`Chromium ${browser.version()}, ${RUNS} fresh pages per cell; the library page (PortOneProvider + PayButton, buyer fields missing)`);
console.log(`\nJS before the first interaction, gzip -9 (hand-written page: ${bytes.hand.total} B)`);
for (const [policy, page] of [["idle", bytes.libraryIdlePreload], ["intent", bytes.library]]) {
  console.log(`  ${policy.padEnd(7)} ${String(page.total).padStart(7)} B, ${String(page.total - bytes.hand.total).padStart(6)} B over the hand-written page: ${page.files.map((f) => `${f.file.replace(/^assets\//, "").replace(/-[\w-]{8}\.js$/, "")} ${f.gzip}`).join(", ")}`);
}

console.log("\nfirst open, trusted click to the buyer dialog in the page (ms; gap = the intent's first event to the click, measured in the page)");
console.log("| policy | interaction | network | median | p95 | gap median | JS from the intent to the open dialog (gzip B) |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const [network, conditions] of Object.entries(NETWORKS)) {
  for (const interaction of Object.keys(INTERACTIONS)) {
    for (const [policy, query] of Object.entries(POLICIES)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await firstOpen(browser, `${server.url}${query}`, interaction, conditions));
      const after = runs[0].after.map((f) => `${f.file.replace(/^assets\//, "").replace(/-[\w-]{8}\.js$/, "")} ${f.gzip}`).join(", ") || "none";
      console.log(`| ${policy} | ${interaction} | ${network} | ${median(runs.map((r) => r.ms))} | ${p95(runs.map((r) => r.ms))} | ${median(runs.map((r) => r.gap))} | ${after} |`);
    }
  }
}
await browser.close();
await server.close();
rmSync(libraryDir, { recursive: true, force: true });
