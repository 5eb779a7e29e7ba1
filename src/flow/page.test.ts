import { afterEach, describe, expect, it, vi } from "vitest";
import { pageStore } from "./page";
import { ATTEMPTS_KEY, type AttemptRecord, type StoragePort } from "./store";

// The page's attempt store lives in the browser's session storage: it survives the redirect to
// the landing (a new page load in the same tab) and nothing else.

function mapStorage(): StoragePort & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}
const record: AttemptRecord = { flow: "payment", id: "pay-1", verifyUrl: false, redirectUrl: "https://shop.example/c", at: Date.now() };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("pageStore", () => {
  it("is one store per page, over sessionStorage", () => {
    const storage = mapStorage();
    vi.stubGlobal("sessionStorage", storage);
    expect(pageStore()).toBe(pageStore());
    pageStore().put(record);
    expect(JSON.parse(storage.map.get(ATTEMPTS_KEY)!)).toEqual([record]);
    expect(pageStore().list()).toEqual([record]);
    pageStore().drop("payment", "pay-1");
    expect(pageStore().list()).toEqual([]);
  });

  it("records nothing, and throws nothing, where there is no sessionStorage (server rendering)", () => {
    vi.stubGlobal("sessionStorage", undefined);
    expect(() => pageStore().put(record)).not.toThrow();
    expect(pageStore().list()).toEqual([]);
    // the storage is looked up at each use
    const storage = mapStorage();
    vi.stubGlobal("sessionStorage", storage);
    pageStore().put(record);
    expect(pageStore().list()).toEqual([record]);
  });
});
