// The size row "as a page pays it": two Vite apps built in the same run against the BUILT package,
// loaded in Chromium, and every JS file they fetch before the buyer touches the button, counted as
// gzip -9 of each file's bytes (which is what the page's server sends). PortOne's CDN script is the
// fake and is excluded from both. `node scripts/size-page/measure.mjs` prints the files;
// `--emulate-idle` adds the library page with the idle preload of the dialog emulated.
import { rmSync } from "node:fs";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.mjs";
import { beforeInteraction, buildPage, serveGzip } from "./pages.mjs";

/** The library page's difference to the hand-written page may not exceed this (issue 19). */
export const PAGE_BUDGET = 22000;

/**
 * Builds and loads both pages; returns what each fetched before the first interaction and the
 * difference. `emulateIdle` also loads the library page with the idle preload emulated.
 */
export async function measurePages({ emulateIdle = false } = {}) {
  const [libraryDir, handDir] = [await buildPage("library"), await buildPage("hand")];
  const library = await serveGzip(libraryDir);
  const hand = await serveGzip(handDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const result = { library: await beforeInteraction(browser, library.url), hand: await beforeInteraction(browser, hand.url) };
    if (emulateIdle) result.libraryIdlePreload = await beforeInteraction(browser, `${library.url}?emulate=idle-preload`);
    result.difference = result.library.total - result.hand.total;
    return result;
  } finally {
    await browser.close();
    await library.close();
    await hand.close();
    for (const dir of [libraryDir, handDir]) rmSync(dir, { recursive: true, force: true });
  }
}

/** The files of one page, one line each (Vite's hash left out of the name). */
export function fileLines(page, indent = "  ") {
  return page.files.map((f) => `${indent}${String(f.gzip).padStart(7)}  ${f.file.replace(/-[\w-]{8}\.js$/, ".js").padEnd(28)} (${f.raw} B raw)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measurePages({ emulateIdle: process.argv.includes("--emulate-idle") });
  const show = (title, page) => console.log([`${title}: ${page.total} B gzip -9${page.cdnScript ? " (+ PortOne's script, excluded)" : ""}`, ...fileLines(page)].join("\n"));
  show("library page (PortOneProvider + PayButton, buyer fields missing)", r.library);
  show("hand-written page (React + a requestPayment button)", r.hand);
  console.log(`difference: ${r.difference} B (budget ${PAGE_BUDGET})`);
  if (r.libraryIdlePreload) {
    show("library page, dialog and sentences preloaded on idle (emulated)", r.libraryIdlePreload);
    console.log(`difference with the idle preload: ${r.libraryIdlePreload.total - r.hand.total} B`);
  }
}
