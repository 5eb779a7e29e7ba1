import { describe, expect, it, vi } from "vitest";
import { ATTEMPTS_KEY, createAttemptStore, type AttemptRecord, type StoragePort } from "./store";

// The attempt store: what a landing page load finds of the attempts this browser started.

const NOW = 1_800_000_000_000;
const TWO_HOURS = 2 * 60 * 60 * 1000;

/** A Storage port over a Map, with its calls counted. */
function mapStorage(initial: Record<string, string> = {}): StoragePort & { map: Map<string, string>; writes: number } {
  const map = new Map(Object.entries(initial));
  const port = {
    map,
    writes: 0,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      port.writes++;
      map.set(key, value);
    },
  };
  return port;
}

const record = (over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  flow: "payment",
  id: "pay-1",
  orderName: "양말",
  amount: 5000,
  currency: "KRW",
  verifyUrl: "/api/verify",
  redirectUrl: "https://shop.example/checkout",
  at: NOW,
  ...over,
});

const raw = (storage: { map: Map<string, string> }): unknown => JSON.parse(storage.map.get(ATTEMPTS_KEY) ?? "null");

describe("the attempt store", () => {
  it("keeps the records in session storage under its own key, as JSON, oldest first", () => {
    const storage = mapStorage();
    const store = createAttemptStore(() => storage, () => NOW);
    expect(store.list()).toEqual([]);
    store.put(record({ id: "a" }));
    store.put(record({ id: "b", flow: "billingKey", key: "plan-basic", verifyUrl: false }));
    expect(ATTEMPTS_KEY).toBe("react-portone-inicis:attempts");
    expect(raw(storage)).toEqual([record({ id: "a" }), record({ id: "b", flow: "billingKey", key: "plan-basic", verifyUrl: false })]);
    expect(store.list().map((r) => r.id)).toEqual(["a", "b"]);
    // a second store over the same storage (the landing's new page load) reads them back
    expect(createAttemptStore(() => storage, () => NOW).list()).toEqual(store.list());
  });

  it("replaces the record of the same attempt (flow and id), and keeps other flows with the same id", () => {
    const storage = mapStorage();
    const store = createAttemptStore(() => storage, () => NOW);
    store.put(record({ id: "a", amount: 1000 }));
    store.put(record({ id: "a", flow: "phoneBilling" }));
    store.put(record({ id: "b" }));
    store.put(record({ id: "a", amount: 2000 }));
    expect(store.list().map((r) => `${r.flow}:${r.id}:${r.amount}`)).toEqual(["phoneBilling:a:5000", "payment:b:5000", "payment:a:2000"]);
  });

  it("keeps the 20 latest records", () => {
    const storage = mapStorage();
    const store = createAttemptStore(() => storage, () => NOW);
    for (let i = 1; i <= 20; i++) store.put(record({ id: `p${i}` }));
    expect(store.list()).toHaveLength(20);
    expect(store.list()[0]!.id).toBe("p1");
    store.put(record({ id: "p21" }));
    expect(store.list().map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => `p${i + 2}`));
  });

  it("forgets records two hours old, and keeps one a millisecond younger", () => {
    const storage = mapStorage();
    let now = NOW;
    const store = createAttemptStore(() => storage, () => now);
    store.put(record({ id: "old", at: NOW - TWO_HOURS }));
    store.put(record({ id: "young", at: NOW - TWO_HOURS + 1 }));
    expect(store.list().map((r) => r.id)).toEqual(["young"]);
    // the old one is gone from storage at the next write
    store.put(record({ id: "new" }));
    expect((raw(storage) as AttemptRecord[]).map((r) => r.id)).toEqual(["young", "new"]);
    now += 1;
    expect(store.list().map((r) => r.id)).toEqual(["new"]);
  });

  it("uses the clock by default", () => {
    vi.useFakeTimers({ now: NOW });
    try {
      const storage = mapStorage();
      const store = createAttemptStore(() => storage);
      store.put(record({ id: "now" }));
      store.put(record({ id: "stale", at: NOW - TWO_HOURS }));
      expect(store.list().map((r) => r.id)).toEqual(["now"]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("drops one attempt's record, and leaves storage alone when there is none", () => {
    const storage = mapStorage();
    const store = createAttemptStore(() => storage, () => NOW);
    store.put(record({ id: "a" }));
    store.put(record({ id: "a", flow: "phoneBilling" }));
    store.put(record({ id: "b" }));
    const writes = storage.writes;
    store.drop("payment", "a");
    expect(store.list().map((r) => `${r.flow}:${r.id}`)).toEqual(["phoneBilling:a", "payment:b"]);
    expect(storage.writes).toBe(writes + 1);
    store.drop("billingKey", "b");
    store.drop("payment", "zzz");
    expect(storage.writes).toBe(writes + 1);
    expect(store.list()).toHaveLength(2);
  });

  it("reads only well-formed records of a known flow", () => {
    const good = record({ id: "good" });
    const stored = [
      good,
      null,
      "pay-1",
      7,
      { ...good, id: 5 },
      { ...good, id: undefined },
      { ...good, redirectUrl: undefined },
      { ...good, redirectUrl: 1 },
      { ...good, verifyUrl: true },
      { ...good, verifyUrl: undefined },
      { ...good, id: "off", verifyUrl: false },
      { ...good, at: String(NOW) },
      { ...good, at: undefined },
      { ...good, flow: "refund" },
      { ...good, flow: "toString" },
      { ...good, flow: undefined },
    ];
    const store = createAttemptStore(() => mapStorage({ [ATTEMPTS_KEY]: JSON.stringify(stored) }), () => NOW);
    expect(store.list().map((r) => r.id)).toEqual(["good", "off"]);
  });

  it("reads nothing from a value that is not a list, or not JSON", () => {
    for (const value of ['{"0":{}}', '"x"', "null", "{", "", "undefined"]) {
      const store = createAttemptStore(() => mapStorage({ [ATTEMPTS_KEY]: value }), () => NOW);
      expect(store.list(), value).toEqual([]);
    }
  });

  it("without storage (server rendering, storage turned off) records nothing and throws nothing", () => {
    const store = createAttemptStore(() => null, () => NOW);
    store.put(record());
    store.drop("payment", "pay-1");
    expect(store.list()).toEqual([]);
  });

  it("with storage that throws (private mode, quota) records nothing and throws nothing", () => {
    const throwing: StoragePort = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const store = createAttemptStore(() => throwing, () => NOW);
    expect(() => store.put(record())).not.toThrow();
    expect(() => store.drop("payment", "pay-1")).not.toThrow();
    expect(store.list()).toEqual([]);

    // a storage that reads but refuses to write keeps what it had
    const full = mapStorage();
    const before = createAttemptStore(() => full, () => NOW);
    before.put(record({ id: "kept" }));
    full.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    expect(() => before.put(record({ id: "lost" }))).not.toThrow();
    expect(before.list().map((r) => r.id)).toEqual(["kept"]);
  });

  it("asks for the storage at each use (storage set up after the store is made)", () => {
    let storage: StoragePort | null = null;
    const store = createAttemptStore(() => storage, () => NOW);
    store.put(record({ id: "before" }));
    storage = mapStorage();
    store.put(record({ id: "after" }));
    expect(store.list().map((r) => r.id)).toEqual(["after"]);
  });
});
