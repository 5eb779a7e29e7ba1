import { isPaymentError } from "@portone/browser-sdk/v2";
import { afterEach, describe, expect, it, vi } from "vitest";
import { detectDevice } from "../core/device";
import { createSandboxSdk } from "./sandbox";
import type { PaymentRequest } from "@portone/browser-sdk/v2";

const base = { storeId: "store-1", channelKey: "ck", orderName: "x", totalAmount: 1000, currency: "KRW", payMethod: "CARD" } as const;
const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const req = (extra: Partial<PaymentRequest> = {}): PaymentRequest => ({ ...base, paymentId: `pay-${Math.random().toString(36).slice(2)}`, customer, ...extra }) as PaymentRequest;

describe("createSandboxSdk", () => {
  it("answers success with realistic ids and records the call", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const r = req();
    const res = await sdk.requestPayment(r);
    expect(res).toMatchObject({ transactionType: "PAYMENT", paymentId: r.paymentId, txId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(sdk.calls).toEqual([{ flow: "payment", request: r, device: "pc", received: {} }]);
  });

  it("rejects what Inicis rejects, with an error the SDK's guards recognise", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const err = await sdk.requestPayment(req({ customer: { fullName: "홍길동" } })).catch((e: unknown) => e);
    expect(isPaymentError(err)).toBe(true);
    expect(err).toMatchObject({ code: "InvalidArgument" });
    expect((err as Error).message).toContain("구매자 연락처");
  });

  it("checks the bypass it receives with the same rules", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    await expect(sdk.requestPayment(req({ bypass: { inicis_v2: { logo_url: "javascript:alert(1)" } } }))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a paid paymentId with PaymentAlreadyPaid", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const r = req();
    await sdk.requestPayment(r);
    await expect(sdk.requestPayment(r)).rejects.toMatchObject({ code: "PaymentAlreadyPaid" });
  });

  it("answers failure or cancel by option or by decide()", async () => {
    await expect(createSandboxSdk({ device: "pc", result: "failure" }).requestPayment(req())).resolves.toMatchObject({ code: "FAILURE_TYPE_PG", pgCode: "R999" });
    // a closed window as each Inicis module reports it: PC resultCode V801, mobile P_STATUS 01 with the cancel message
    await expect(createSandboxSdk({ device: "pc", result: "cancel" }).requestPayment(req())).resolves.toMatchObject({ code: "FAILURE_TYPE_PG", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." });
    const navigate = vi.fn();
    void createSandboxSdk({ device: "mobile", result: "cancel", navigate }).requestPayment({ ...req(), redirectUrl: "https://shop.example/pay" });
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const landing = new URL(navigate.mock.calls[0]![0] as string).searchParams;
    expect([landing.get("code"), landing.get("pgCode"), landing.get("pgMessage")]).toEqual(["FAILURE_TYPE_PG", "01", "사용자가 결제를 취소하였습니다."]);
    const decide = vi.fn(() => ({ result: "failure" as const, pgCode: "V013", pgMessage: "한도초과" }));
    await expect(createSandboxSdk({ device: "pc", decide }).requestPayment(req())).resolves.toMatchObject({ pgCode: "V013", pgMessage: "한도초과" });
    expect(decide).toHaveBeenCalledOnce();
  });

  it("on mobile with a redirectUrl, navigates there with the result in the query and never settles", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const r = req({ redirectUrl: "https://shop.example/return?order=7" });
    let settled = false;
    void sdk.requestPayment(r).then(() => (settled = true));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.origin + url.pathname).toBe("https://shop.example/return");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ order: "7", paymentId: r.paymentId, transactionType: "PAYMENT" });
    // what follows navigate is promise continuations only: once they have run (setImmediate comes
    // after them), an answer would have settled it
    await new Promise((r2) => setImmediate(r2));
    expect(settled).toBe(false);
  });

  it("fails the first preloads when asked, then loads", async () => {
    const sdk = createSandboxSdk({ device: "pc", loadFailures: 1 });
    await expect(sdk.preload()).rejects.toMatchObject({ name: "PortOneLoadError", code: "SDK_LOAD_FAILED" });
    await expect(sdk.preload()).resolves.toBeUndefined();
  });

  it("checks the billing-key flows: CARD method, MOBILE method, offerPeriod on mobile", async () => {
    const sdk = createSandboxSdk({ device: "mobile", navigate: vi.fn() });
    await expect(sdk.requestIssueBillingKey({ storeId: "s", channelKey: "c", billingKeyMethod: "MOBILE", issueName: "x", offerPeriod: { interval: "1m" } })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(
      sdk.requestIssueBillingKeyAndPay({ storeId: "s", channelKey: "c", billingKeyAndPayMethod: "MOBILE", paymentId: "p-1", orderName: "x", totalAmount: 100, currency: "KRW", productType: "DIGITAL", customer }),
    ).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringContaining("offerPeriod") });
  });
});

// issue 17: the sandbox opens its window by its own rule, never the library's detection
describe("createSandboxSdk: which window opens", () => {
  const IPAD_DESKTOP = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";
  const ANDROID_TABLET = "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
  const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
  const stubNavigator = (nav: Record<string, unknown>) => {
    vi.spyOn(navigator, "userAgent", "get").mockReturnValue(nav.userAgent as string);
    Object.defineProperty(navigator, "maxTouchPoints", { value: nav.maxTouchPoints ?? 0, configurable: true });
    Object.defineProperty(navigator, "userAgentData", { value: nav.userAgentData, configurable: true });
  };
  afterEach(() => {
    Reflect.deleteProperty(navigator, "maxTouchPoints");
    Reflect.deleteProperty(navigator, "userAgentData");
  });
  const opened = async (sdk: ReturnType<typeof createSandboxSdk>) => {
    await sdk.requestPayment(req({ redirectUrl: undefined }));
    return sdk.calls.at(-1)!.device;
  };

  it.each([
    ["an iPad asking for desktop sites (detectDevice says mobile)", "pc", { userAgent: IPAD_DESKTOP, maxTouchPoints: 5 }],
    ["Chrome on an Android tablet (detectDevice says PC)", "mobile", { userAgent: ANDROID_TABLET, maxTouchPoints: 5, userAgentData: { mobile: false } }],
    ["an iPhone", "mobile", { userAgent: IPHONE, maxTouchPoints: 5 }],
  ])("auto is a plain user-agent test: %s opens the %s window", async (_name, expected, nav) => {
    stubNavigator(nav);
    expect(await opened(createSandboxSdk({ navigate: vi.fn() }))).toBe(expected);
    expect(await opened(createSandboxSdk({ window: "auto", navigate: vi.fn() }))).toBe(expected);
  });

  it("detectDevice disagrees with it on those two devices (the stand-in must not share the library's guess)", () => {
    expect(detectDevice({ userAgent: IPAD_DESKTOP, maxTouchPoints: 5 })).toBe("mobile");
    expect(detectDevice({ userAgent: ANDROID_TABLET, userAgentData: { mobile: false } })).toBe("pc");
  });

  it("window forces one, per call when it is a function; device is its older name, and window wins", async () => {
    stubNavigator({ userAgent: IPHONE });
    expect(await opened(createSandboxSdk({ window: "pc" }))).toBe("pc");
    expect(await opened(createSandboxSdk({ device: "pc" }))).toBe("pc");
    expect(await opened(createSandboxSdk({ window: "pc", device: "mobile" }))).toBe("pc");
    let next: "pc" | "mobile" = "pc";
    const sdk = createSandboxSdk({ window: () => next, navigate: vi.fn() });
    expect(await opened(sdk)).toBe("pc");
    next = "mobile";
    expect(await opened(sdk)).toBe("mobile");
  });

  it("validates as the window that opened: phone and e-mail on the PC window, not on the mobile one", async () => {
    const nameOnly = req({ customer: { fullName: "홍길동" } });
    await expect(createSandboxSdk({ window: "pc" }).requestPayment(nameOnly)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(createSandboxSdk({ window: "mobile" }).requestPayment(nameOnly)).resolves.toMatchObject({ transactionType: "PAYMENT" });
  });

  it("records the Inicis keys that window's module read, and only those", async () => {
    const bypass = { inicis_v2: { logo_url: "https://x.example/l.png", acceptmethod: ["below1000"], P_MNAME: "상점", P_RESERVED: ["below1000=Y"] } };
    const pc = createSandboxSdk({ window: "pc" });
    await pc.requestPayment(req({ bypass }));
    expect(pc.calls[0]!.received).toEqual({ logo_url: "https://x.example/l.png", acceptmethod: ["below1000"] });
    const mobile = createSandboxSdk({ window: "mobile" });
    await mobile.requestPayment(req({ bypass }));
    expect(mobile.calls[0]!.received).toEqual({ P_MNAME: "상점", P_RESERVED: ["below1000=Y"] });
    const card = { storeId: "s", channelKey: "c", billingKeyMethod: "CARD", issueName: "x", offerPeriod: { interval: "1m" }, customer, bypass: { inicis_v2: { carduse: "percard" } } } as const;
    const bkPc = createSandboxSdk({ window: "pc" });
    await bkPc.requestIssueBillingKey(card);
    expect(bkPc.calls[0]!.received).toEqual({});
    const bkMobile = createSandboxSdk({ window: "mobile" });
    await bkMobile.requestIssueBillingKey(card);
    expect(bkMobile.calls[0]!.received).toEqual({ carduse: "percard" });
  });
});
