import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { isAsciiId, MAX_ID_LENGTH } from "./checks";
import { createPaymentId } from "./ids";

describe("createPaymentId", () => {
  it("stays printable ASCII, at most 40 characters, and never repeats over 100,000 draws", () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const id = createPaymentId("order");
      if (id.length > MAX_ID_LENGTH || !isAsciiId(id)) bad.push(id);
      seen.add(id);
    }
    expect(bad).toEqual([]);
    expect(seen.size).toBe(100_000);
  });

  it("keeps any prefix within Inicis' limits", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (prefix) => {
        const id = createPaymentId(prefix);
        expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
        expect(isAsciiId(id)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("starts with the prefix", () => {
    expect(createPaymentId("pay")).toMatch(/^pay-[0-9a-z]{24}$/);
    expect(createPaymentId("주문")).toMatch(/^[0-9a-z]{24}$/);
  });
});

describe("createPaymentId at its limits", () => {
  it("a long prefix is cut to 15 characters, so the id is exactly 40: never over Inicis' limit", () => {
    const id = createPaymentId("order".repeat(20));
    expect(id).toHaveLength(40);
    expect(id).toMatch(/^orderorderorder-[0-9a-z]{24}$/);
    expect(createPaymentId("a".repeat(15))).toMatch(/^a{15}-[0-9a-z]{24}$/);
    expect(createPaymentId("a".repeat(16))).toMatch(/^a{15}-[0-9a-z]{24}$/);
  });

  it("keeps [A-Za-z0-9_-] of the prefix before cutting it, and uses pay by default", () => {
    expect(createPaymentId("주문 No.7_a-b!")).toMatch(/^No7_a-b-[0-9a-z]{24}$/);
    expect(createPaymentId("가".repeat(10) + "x".repeat(20))).toMatch(/^x{15}-[0-9a-z]{24}$/);
    expect(createPaymentId()).toMatch(/^pay-[0-9a-z]{24}$/);
    expect(createPaymentId("")).toMatch(/^[0-9a-z]{24}$/);
  });

  it("draws every character evenly: random bytes 252 to 255 are thrown away", () => {
    let call = 0;
    vi.spyOn(globalThis.crypto, "getRandomValues").mockImplementation(<T extends ArrayBufferView | null>(buf: T): T => {
      const bytes = buf as unknown as Uint8Array;
      // first fill: the four biased bytes, then 0..; later fills: 35s
      for (let i = 0; i < bytes.length; i++) bytes[i] = call === 0 ? [252, 253, 254, 255][i] ?? (i - 4) % 36 : 35;
      call++;
      return buf;
    });
    expect(createPaymentId("")).toBe("0123456789abcdefghijklmn");
  });
});
