import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Outcome } from "../core/outcome";
import type { PageLanding } from "./page";
import { routePage } from "./route-page";
import { ATTEMPTS_KEY, type AttemptRecord, type StoragePort } from "./store";

// The landing's chunk on a real page: it reads the address bar once, takes PortOne's keys off it
// (the page's own stay, with its path and hash), and hands every final outcome to the page's
// listeners and the provider's observer, which may throw without losing the outcome.

const PAGE = "https://shop.example/checkout";
function mapStorage(records: AttemptRecord[]): StoragePort {
  const map = new Map<string, string>([[ATTEMPTS_KEY, JSON.stringify(records)]]);
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}
const page = (): PageLanding => ({ claimants: new Set(), router: null, routed: true, landing: null, listeners: new Set() });
let replaced: string[];

function at(search: string, records: AttemptRecord[] = []): void {
  replaced = [];
  vi.stubGlobal("sessionStorage", mapStorage(records));
  vi.stubGlobal("window", {
    location: { search, pathname: "/checkout", hash: "#pay", href: `${PAGE}${search}#pay` },
    history: { state: { n: 1 }, replaceState: (state: unknown, _: string, url: string) => void replaced.push(`${JSON.stringify(state)} ${url}`) },
  });
}

beforeEach(() => vi.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("routePage", () => {
  it("a landing no attempt recorded: PortOne's keys leave the address bar (the page's own, the path and the hash stay), the outcome reaches the listeners and the observer", () => {
    at("?promo=SUMMER&paymentId=pay-9&transactionType=PAYMENT&txId=tx-9");
    const p = page();
    const heard = vi.fn();
    p.listeners.add(() => heard(p.landing));
    const observe = vi.fn();
    routePage(p, observe);
    expect(replaced).toEqual(['{"n":1} /checkout?promo=SUMMER#pay']);
    const outcome = observe.mock.calls[0]![0] as Outcome;
    expect(outcome).toMatchObject({ status: "failure", flow: "payment", code: "REDIRECT_UNMATCHED", paymentId: "pay-9" });
    expect(p.landing).toBe(outcome);
    expect(heard).toHaveBeenCalledExactlyOnceWith(outcome);
    expect(p.router).not.toBeNull();
  });

  it("an observer that throws is logged, and the page keeps the outcome", () => {
    at("?paymentId=pay-9&transactionType=PAYMENT");
    const p = page();
    routePage(p, () => {
      throw new Error("merchant bug");
    });
    expect(p.landing).toMatchObject({ code: "REDIRECT_UNMATCHED" });
    expect(console.error).toHaveBeenCalledWith("[react-portone-inicis] onRedirectResult threw:", expect.objectContaining({ message: "merchant bug" }));
  });

  it("a recorded attempt's landing is taken from the page's session store and settled once (no verifyUrl: as PortOne said)", async () => {
    const record: AttemptRecord = { flow: "payment", id: "pay-1", orderName: "양말", amount: 5000, currency: "KRW", verifyUrl: false, redirectUrl: PAGE, at: Date.now() };
    at("?paymentId=pay-1&transactionType=PAYMENT&txId=tx-1", [record]);
    const p = page();
    const observe = vi.fn();
    routePage(p, observe);
    await vi.waitFor(() => expect(observe).toHaveBeenCalledOnce());
    expect(observe.mock.calls[0]![0]).toMatchObject({ status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
    expect(replaced).toEqual(['{"n":1} /checkout#pay']);
  });

  it("a page that is not a landing routes nothing and leaves the address bar alone", () => {
    at("?code=abc&state=xyz");
    const p = page();
    const observe = vi.fn();
    routePage(p, observe);
    expect(p.router).toBeNull();
    expect(replaced).toEqual([]);
    expect(observe).not.toHaveBeenCalled();
  });
});
