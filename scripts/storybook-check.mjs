// Builds Storybook, serves it on 127.0.0.1 and opens every story in Debian's Chromium: fails on any
// console error or page error. With --screenshots, also writes PNGs of the key stories to
// docs/screenshots/. Loopback only: every other request is refused.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";
import { serveStatic } from "./serve-static.mjs";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "storybook-static");
const screenshots = process.argv.includes("--screenshots");

const built = spawnSync("npx", ["storybook", "build", "--output-dir", out, "--quiet", "--disable-telemetry"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1" } });
if (built.status !== 0 || !existsSync(join(out, "index.json"))) {
  console.error("storybook build failed");
  process.exit(1);
}

const { url: base, server } = await serveStatic(out);


const index = JSON.parse(await readFile(join(out, "index.json"), "utf8"));
const stories = Object.values(index.entries).filter((e) => e.type === "story");
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

async function open(id, { globals = "", viewport = { width: 900, height: 700 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort("blockedbyclient"));
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${base}iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ""}`);
  await page.waitForFunction(() => (document.querySelector("#storybook-root")?.childElementCount ?? 0) > 0, null, { timeout: 15000 });
  await page.waitForTimeout(400);
  return { context, page, problems };
}

let failed = 0;
for (const story of stories) {
  const { context, problems } = await open(story.id);
  if (problems.length > 0) {
    failed++;
    console.error(`✗ ${story.id}: ${problems.join(" | ")}`);
  }
  await context.close();
}
console.log(`storybook: ${stories.length} stories rendered in Chromium, ${stories.length - failed} without console errors`);

if (screenshots) {
  const dir = join(root, "docs", "screenshots");
  mkdirSync(dir, { recursive: true });
  const shots = [
    ["paybutton-dialog", "components-paybutton--buyer-dialog-open", "", { width: 760, height: 560 }],
    ["paybutton-window", "components-paybutton--pending", "", { width: 760, height: 560 }],
    ["bypass-editor", "components-inicisbypasseditor--every-option", "", { width: 1100, height: 1700 }],
    ["billing-key-form", "components-billingkeyform--keyed-in-invalid", "", { width: 760, height: 900 }],
    ["theming", "theming-examples--examples", "", { width: 600, height: 380 }],
    ["paybutton-dark-mobile", "components-paybutton--card", "theme:dark;device:mobile;locale:en", { width: 420, height: 300 }],
  ];
  for (const [name, id, globals, viewport] of shots) {
    const { context, page } = await open(id, { globals, viewport });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: name === "bypass-editor" });
    await context.close();
    console.log(`screenshot: docs/screenshots/${name}.png`);
  }
}
await browser.close();
server.close();
process.exit(failed > 0 ? 1 : 0);
