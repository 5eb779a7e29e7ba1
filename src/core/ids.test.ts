import fc from "fast-check";
import { describe, expect, it } from "vitest";
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
