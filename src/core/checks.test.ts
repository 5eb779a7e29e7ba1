import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailIssue, isAsciiId, isValidAmount, normalizePhoneNumber, redactCardNumbers } from "./checks";

// issue 10, item 8: card numbers as people and servers write them
describe("redactCardNumbers", () => {
  it.each([
    ["4111111111111111", "****"],
    ["card 4111 1111 1111 1111 declined", "card **** declined"],
    ["card 4111-1111-1111-1111 declined", "card **** declined"],
    ["card 4111.1111.1111.1111 declined", "card **** declined"],
    ["card 4111\u20101111\u20101111\u20101111 declined", "card **** declined"],
    ["amex 3782 822463 10005.", "amex ****."],
    ["two: 4111111111111111 and 5555-5555-5555-4444", "two: **** and ****"],
    ["번호 4111111111111111로 승인 거절", "번호 ****로 승인 거절"],
  ])("%j -> %j", (text, redacted) => expect(redactCardNumbers(text)).toBe(redacted));

  it.each(["010-1234-5678", "₩39,000", "2026-11-28T09:00:00+09:00", "order 12345678901", "pgCode V013"])("leaves %j alone (not a card number)", (text) => {
    expect(redactCardNumbers(text)).toBe(text);
  });

  it("no 13 to 19 digit card number survives, however it is grouped", () => {
    const digits = fc.stringMatching(/^[1-9]\d{12,18}$/);
    const separator = fc.constantFrom("", " ", "-", ".", "\u2010", "\u2013");
    fc.assert(
      fc.property(digits, separator, fc.integer({ min: 1, max: 6 }), fc.string({ maxLength: 10 }), (number, sep, group, around) => {
        const written = number.replace(new RegExp(`(\\d{${group}})(?=\\d)`, "g"), `$1${sep}`);
        const out = redactCardNumbers(`${around} ${written} ${around}`);
        expect(out.replace(/\D/g, "")).not.toContain(number);
        expect(out).not.toContain(written);
        expect(out).toContain("****");
      }),
      { numRuns: 500 },
    );
  });
});

describe("the shared checks", () => {
  it("isAsciiId: printable ASCII without spaces", () => {
    expect(isAsciiId("order-2026_11~A")).toBe(true);
    for (const id of ["주문-1", "pay 1", "pay\n1", "♤", ""]) expect(isAsciiId(id)).toBe(false);
  });
  it("isValidAmount: a positive safe integer", () => {
    expect(isValidAmount(1)).toBe(true);
    expect(isValidAmount(Number.MAX_SAFE_INTEGER)).toBe(true);
    for (const v of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "1000", null]) expect(isValidAmount(v)).toBe(false);
  });
  it("emailIssue: only @ and . as special characters", () => {
    expect(emailIssue("buyer.kim@example.co.kr")).toBeNull();
    for (const e of ["a_b@x.com", "a-b@x.com", "a+b@x.com", "김@x.com", "a b@x.com"]) expect(emailIssue(e)).toBe("email.chars");
    for (const e of ["a@x", "@x.com", "a@@x.com", "a..b@x.com", `${"a".repeat(320)}@x.com`]) expect(emailIssue(e)).toBe("email.format");
  });
  it("normalizePhoneNumber never throws and only ever returns digits and dashes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const out = normalizePhoneNumber(s);
        if (out !== null) expect(out).toMatch(/^0\d{1,3}-\d{3,4}-\d{4}$|^1\d{3}-\d{4}$/);
      }),
      { numRuns: 2000 },
    );
  });
});
