// @vitest-environment node
// The real adapter in a real browser: a page built from the library with no sandbox, the CDN script
// routed to a local fake, loopback only.
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { chromium, devices, type Browser, type BrowserContext, type Page, type Route } from "playwright";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium.mjs";
import { serveStatic } from "../../scripts/serve-static.mjs";

const CDN = "https://cdn.portone.io/v2/browser-sdk.js";
const FAKE = readFileSync(new URL("./fake-portone.js", import.meta.url), "utf8");
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
let browser: Browser;
let server: Server;
let base = "";

beforeAll(async () => {
  await build({
    root: here("./page"),
    logLevel: "error",
    plugins: [react()],
    resolve: { alias: [{ find: /^react-portone-inicis$/, replacement: here("../../src/index.ts") }] },
    build: { outDir: here("./.dist"), emptyOutDir: true },
  });
  ({ url: base, server } = await serveStatic(here("./.dist"), { spa: true }));
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

interface Harness {
  context: BrowserContext;
  page: Page;
  calls: { kind: string; request: Record<string, unknown> }[];
  scriptHits: () => number;
  setCdn: (mode: "fake" | "abort") => void;
}

async function open(options: Parameters<Browser["newContext"]>[0] = {}, cdn: "fake" | "abort" = "fake"): Promise<Harness> {
  const context = await browser.newContext(options);
  let mode = cdn;
  let hits = 0;
  // nothing but loopback: the CDN script is served by the test, everything else is refused
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route: Route) => {
    if (route.request().url() !== CDN) return route.abort("blockedbyclient");
    hits++;
    return mode === "abort" ? route.abort("failed") : route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE });
  });
  const calls: Harness["calls"] = [];
  await context.exposeFunction("__record", (kind: string, request: Record<string, unknown>) => void calls.push({ kind, request }));
  const page = await context.newPage();
  return { context, page, calls, scriptHits: () => hits, setCdn: (m) => (mode = m) };
}

describe("the real loader in Chromium", () => {
  it("preloads the script after mount, and a click reaches window.PortOne with the PC request", async () => {
    const h = await open();
    await h.page.goto(base);
    await expect.poll(() => h.page.getByTestId("load-status").textContent()).toBe("ready");
    expect(h.scriptHits()).toBe(1);
    expect(h.calls).toHaveLength(0);
    await h.page.getByRole("button", { name: "1,000원 결제하기" }).click();
    await expect.poll(() => h.calls.length).toBe(1);
    const { paymentId, ...rest } = h.calls[0]!.request;
    expect(paymentId).toMatch(/^[\x21-\x7e]{1,40}$/);
    expect(rest).toEqual({
      storeId: "store-e2e",
      channelKey: "channel-key-e2e",
      orderName: "E2E 주문",
      totalAmount: 1000,
      currency: "KRW",
      payMethod: "CARD",
      customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" },
      bypass: { inicis_v2: { acceptmethod: ["SKIN(#C1272C)", "noeasypay"], P_MNAME: "E2E상점", P_RESERVED: ["noeasypay=Y"] } },
      // issue 17: a way back on PC too (PortOne's script, not ours, picks the window)
      redirectUrl: base,
    });
    await expect.poll(() => h.page.getByTestId("result").textContent()).toContain('"status":"success"');
    expect(h.scriptHits()).toBe(1);
    await h.context.close();
  });

  it("a failed script load shows the error, and a retry after the route is restored succeeds", async () => {
    const h = await open({}, "abort");
    await h.page.goto(base);
    await expect.poll(() => h.page.getByTestId("load-status").textContent()).toBe("error");
    await h.page.getByRole("button", { name: "1,000원 결제하기" }).click();
    await expect.poll(() => h.page.getByRole("alert").textContent()).toContain("결제 모듈을 불러오지 못했습니다");
    expect(h.calls).toHaveLength(0);
    expect(await h.page.locator(`script[src="${CDN}"]`).count()).toBe(0);
    h.setCdn("fake");
    await h.page.getByRole("button", { name: "1,000원 결제하기" }).click();
    await expect.poll(() => h.calls.length).toBe(1);
    await expect.poll(() => h.page.getByTestId("result").textContent()).toContain('"status":"success"');
    expect(h.scriptHits()).toBe(3);
    await h.context.close();
  });

  it("mobile emulation sends both windows' bypass keys and the redirect URL, and the landing reaches the button and the page's observer", async () => {
    const h = await open({ ...devices["iPhone 13"] });
    await h.page.goto(`${base}checkout?cart=7`);
    await expect.poll(() => h.page.getByTestId("device").textContent()).toBe("mobile");
    await expect.poll(() => h.page.getByTestId("load-status").textContent()).toBe("ready");
    await h.page.getByRole("button", { name: "1,000원 결제하기" }).click();
    await expect.poll(() => h.calls.length).toBe(1);
    const request = h.calls[0]!.request;
    expect(request.bypass).toEqual({ inicis_v2: { acceptmethod: ["SKIN(#C1272C)", "noeasypay"], P_MNAME: "E2E상점", P_RESERVED: ["noeasypay=Y"] } });
    expect(request.redirectUrl).toBe(`${base}checkout?cart=7`);
    await h.page.waitForURL(/paymentId=/);
    await expect.poll(() => h.page.getByTestId("redirect-outcome").textContent()).not.toBe("");
    const landed = JSON.parse((await h.page.getByTestId("redirect-outcome").textContent()) ?? "{}") as unknown;
    expect(landed).toEqual({ status: "success", flow: "payment", paymentId: request.paymentId, txId: "tx-e2e-1" });
    // the same PayButton got its own result (a full page load: matched by what the attempt was for)
    await expect.poll(() => h.page.getByTestId("result").textContent()).toContain('"status":"success"');
    expect(new URL(h.page.url()).searchParams.get("cart")).toBe("7");
    await h.context.close();
  });
});
