import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCurrency, checkEmail, checkHttpsUrl, checkHttpUrl, checkId, checkName, checkPhone, checkTaxPart, checkText, digitsOf, emailIssue, isAsciiId, isValidAmount, normalizePhoneNumber, redactCardNumbers, currencyCode } from "./checks";
import { IssueCollector } from "./collect";

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

// The primitive checks, each at its exact limit and with the exact issue a merchant's form receives
// (field, code, severity and params, and no other key).
describe("the shared checks, exactly", () => {
  const run = (check: (out: IssueCollector) => void) => {
    const out = new IssueCollector();
    check(out);
    return out.issues;
  };
  const err = (field: string, code: string, params: Record<string, string | number> = {}) => ({ field, code, severity: "error", params });
  const warn = (field: string, code: string, params: Record<string, string | number> = {}) => ({ field, code, severity: "warning", params });

  it("checkId: required when asked, an empty id never passes, printable ASCII, at most 40 characters", () => {
    expect(run((o) => checkId(o, "paymentId", undefined, true))).toStrictEqual([err("paymentId", "required")]);
    expect(run((o) => checkId(o, "paymentId", undefined, false))).toStrictEqual([]);
    expect(run((o) => checkId(o, "paymentId", "", false))).toStrictEqual([err("paymentId", "required")]);
    expect(run((o) => checkId(o, "paymentId", 12, false))).toStrictEqual([err("paymentId", "type.string")]);
    expect(run((o) => checkId(o, "paymentId", "x".repeat(40), true))).toStrictEqual([]);
    expect(run((o) => checkId(o, "issueId", "x".repeat(41), true))).toStrictEqual([err("issueId", "id.tooLong", { max: 40, actual: 41 })]);
    expect(run((o) => checkId(o, "paymentId", "주문 1", true))).toStrictEqual([err("paymentId", "id.format")]);
  });

  it("checkText: non-blank, at most 1,000 characters by default or the given max", () => {
    expect(run((o) => checkText(o, "orderName", "x".repeat(1000)))).toStrictEqual([]);
    expect(run((o) => checkText(o, "orderName", "x".repeat(1001)))).toStrictEqual([err("orderName", "text.tooLong", { max: 1000 })]);
    expect(run((o) => checkText(o, "storeName", "x".repeat(200), 200))).toStrictEqual([]);
    expect(run((o) => checkText(o, "storeName", "x".repeat(201), 200))).toStrictEqual([err("storeName", "text.tooLong", { max: 200 })]);
    expect(run((o) => checkText(o, "orderName", " \n "))).toStrictEqual([err("orderName", "required")]);
    expect(run((o) => checkText(o, "orderName", undefined))).toStrictEqual([err("orderName", "required")]);
    expect(run((o) => checkText(o, "orderName", 12))).toStrictEqual([err("orderName", "type.string")]);
  });

  it("checkTaxPart: absent is fine; 0 and up is a contract warning; negative, fractional or not a number is an error", () => {
    expect(run((o) => checkTaxPart(o, "vatAmount", undefined))).toStrictEqual([]);
    expect(run((o) => checkTaxPart(o, "vatAmount", 0))).toStrictEqual([warn("vatAmount", "contract.required")]);
    expect(run((o) => checkTaxPart(o, "vatAmount", 100))).toStrictEqual([warn("vatAmount", "contract.required")]);
    for (const v of [-1, 1.5, "100", null, Number.NaN, 2 ** 53]) expect(run((o) => checkTaxPart(o, "vatAmount", v)), String(v)).toStrictEqual([err("vatAmount", "amount.invalid")]);
  });

  it("checkCurrency: the CURRENCY_ prefix only where accepted, and only as a prefix", () => {
    expect(run((o) => checkCurrency(o, "currency", "CURRENCY_KRW", ["KRW"], true))).toStrictEqual([]);
    expect(run((o) => checkCurrency(o, "currency", "CURRENCY_KRW", ["KRW"], false))).toStrictEqual([err("currency", "currency.unsupported", { value: "CURRENCY_KRW", allowed: "KRW" })]);
    expect(run((o) => checkCurrency(o, "currency", "KRWCURRENCY_", ["KRW"], true))).toStrictEqual([err("currency", "currency.unsupported", { value: "KRWCURRENCY_", allowed: "KRW" })]);
    expect(run((o) => checkCurrency(o, "currency", "CURRENCY_EUR_AND_MORE_TEXT", ["KRW", "USD"], true))).toStrictEqual([
      err("currency", "currency.unsupported", { value: "CURRENCY_EUR_AND_MOR", allowed: "KRW, USD" }),
    ]);
    expect(run((o) => checkCurrency(o, "currency", 410, ["KRW"], true))).toStrictEqual([err("currency", "currency.unsupported", { value: "410", allowed: "KRW" })]);
  });

  it("emailIssue: at most 320 characters, and the address must end in a top-level domain", () => {
    const at = (n: number) => `${"a".repeat(n - "@example.com".length)}@example.com`;
    expect(emailIssue(at(320))).toBeNull();
    expect(emailIssue(at(321))).toBe("email.format");
    expect(emailIssue("buyer@example.com.1")).toBe("email.format");
    expect(emailIssue("buyer@example.c")).toBe("email.format");
  });

  it("checkEmail: trims what was typed, and says type.string for a non-string", () => {
    expect(run((o) => checkEmail(o, "customer.email", "  buyer@example.com ", true))).toStrictEqual([]);
    expect(run((o) => checkEmail(o, "customer.email", 12, true))).toStrictEqual([err("customer.email", "type.string")]);
    expect(run((o) => checkEmail(o, "customer.email", " ", true))).toStrictEqual([err("customer.email", "required")]);
    expect(run((o) => checkEmail(o, "customer.email", undefined, false))).toStrictEqual([]);
  });

  it("checkPhone: type.string for a non-string, phone.format for what cannot be Korean", () => {
    expect(run((o) => checkPhone(o, "customer.phoneNumber", 1012345678, true))).toStrictEqual([err("customer.phoneNumber", "type.string")]);
    expect(run((o) => checkPhone(o, "customer.phoneNumber", "12", true))).toStrictEqual([err("customer.phoneNumber", "phone.format")]);
    expect(run((o) => checkPhone(o, "customer.phoneNumber", null, true))).toStrictEqual([err("customer.phoneNumber", "required")]);
    expect(run((o) => checkPhone(o, "customer.phoneNumber", null, false))).toStrictEqual([]);
  });

  it("checkHttpUrl: an absolute http(s) URL of at most 2,048 characters", () => {
    const url = (n: number) => `https://shop.example/${"a".repeat(n - "https://shop.example/".length)}`;
    expect(run((o) => checkHttpUrl(o, "redirectUrl", url(2048)))).toStrictEqual([]);
    expect(run((o) => checkHttpUrl(o, "redirectUrl", url(2049)))).toStrictEqual([err("redirectUrl", "url.invalid")]);
    expect(run((o) => checkHttpUrl(o, "redirectUrl", "http://shop.example/done"))).toStrictEqual([]);
    for (const bad of ["xhttps://shop.example/done", "ftp://shop.example/", "https://shop.example/a b", "/done", 12]) {
      expect(run((o) => checkHttpUrl(o, "redirectUrl", bad)), String(bad)).toStrictEqual([err("redirectUrl", "url.invalid")]);
    }
    expect(run((o) => checkHttpUrl(o, "redirectUrl", undefined))).toStrictEqual([]);
  });

  it("checkHttpsUrl: an absolute https: URL of at most 2,048 characters", () => {
    const url = (n: number) => `https://cdn.example/${"a".repeat(n - "https://cdn.example/".length)}`;
    expect(run((o) => checkHttpsUrl(o, "inicis.logoUrl", url(2048)))).toStrictEqual([]);
    expect(run((o) => checkHttpsUrl(o, "inicis.logoUrl", url(2049)))).toStrictEqual([err("inicis.logoUrl", "text.tooLong", { max: 2048 })]);
    expect(run((o) => checkHttpsUrl(o, "inicis.logoUrl", 12))).toStrictEqual([err("inicis.logoUrl", "type.string")]);
    expect(run((o) => checkHttpsUrl(o, "inicis.logoUrl", "https://"))).toStrictEqual([err("inicis.logoUrl", "url.https")]);
  });

  it("digitsOf: digits with separators, within the count, at most 64 characters typed", () => {
    expect(digitsOf("010-1234-0000", 10, 13)).toBe("01012340000");
    expect(digitsOf(`0101234000${" ".repeat(54)}`, 10, 13)).toBe("0101234000");
    expect(digitsOf(`0101234000${" ".repeat(55)}`, 10, 13)).toBeNull();
    expect(digitsOf(1012340000, 10, 13)).toBeNull();
    expect(digitsOf("123-4567", 10, 13)).toBeNull();
  });
});

describe("checkName", () => {
  const fields = { full: "c.fullName", first: "c.firstName", last: "c.lastName" };
  const run = (value: { full?: unknown; first?: unknown; last?: unknown }, required = true, separated?: boolean) => {
    const out = new IssueCollector();
    if (separated === undefined) checkName(out, fields, value, required);
    else checkName(out, fields, value, required, separated);
    return out.issues.map((i) => `${i.field}:${i.code}${Object.keys(i.params).length ? JSON.stringify(i.params) : ""}`);
  };

  it("a missing name is reported on the full-name field unless the form shows first and last", () => {
    expect(run({})).toEqual(["c.fullName:required"]);
    expect(run({}, true, false)).toEqual(["c.fullName:required"]);
    expect(run({}, true, true)).toEqual(["c.lastName:required", "c.firstName:required"]);
    expect(run({}, false)).toEqual([]);
  });
  it("null is no name; a non-string is type.string on its own field and nothing else", () => {
    expect(run({ full: null, first: null, last: null })).toEqual(["c.fullName:required"]);
    expect(run({ full: 12 })).toEqual(["c.fullName:type.string"]);
    expect(run({ first: ["길동"], last: "홍" })).toEqual(["c.firstName:type.string"]);
  });
  it("never both; first and last go together", () => {
    expect(run({ full: "홍길동", first: "길동" })).toEqual(["c.fullName:name.both"]);
    expect(run({ full: "홍길동", last: "홍" })).toEqual(["c.fullName:name.both"]);
    expect(run({ last: "홍" })).toEqual(["c.firstName:name.incomplete"]);
    expect(run({ first: "길동" })).toEqual(["c.lastName:name.incomplete"]);
    expect(run({ first: "길동", last: "홍" })).toEqual([]);
  });
  it("at most 30 bytes, counting last and first together", () => {
    expect(run({ first: "가".repeat(5), last: "가".repeat(5) })).toEqual([]);
    expect(run({ first: "가".repeat(6), last: "가".repeat(5) })).toEqual(['c.firstName:name.tooLong{"max":30}']);
    expect(run({ full: "a".repeat(30) })).toEqual([]);
    expect(run({ full: "a".repeat(31) })).toEqual(['c.fullName:name.tooLong{"max":30}']);
  });
});

describe("normalizePhoneNumber, pattern by pattern", () => {
  // each pattern is anchored at both ends: a digit too many before or after is never a number
  it.each([
    ["010-1234-5678", "010-1234-5678"],
    ["011-123-4567", "011-123-4567"],
    ["02-1234-5678", "02-1234-5678"],
    ["02-123-4567", "02-123-4567"],
    ["031-123-4567", "031-123-4567"],
    ["064-1234-5678", "064-1234-5678"],
    ["070-1234-5678", "070-1234-5678"],
    ["0504-123-4567", "0504-123-4567"],
    ["0508-1234-5678", "0508-1234-5678"],
    ["1588-1234", "1588-1234"],
    ["1900-1234", "1900-1234"],
    ["+82 10-1234-5678", "010-1234-5678"],
    ["+82 010 1234 5678", "010-1234-5678"],
    ["+82 (0)10-1234-5678", "010-1234-5678"],
    ["0082 10 1234 5678", "010-1234-5678"],
    [" +82 10-1234-5678 ", "010-1234-5678"],
    ["010-0082-1234", "010-0082-1234"],
    ["010\u20101234\u20105678", "010-1234-5678"],
  ])("%j -> %j", (typed, sent) => expect(normalizePhoneNumber(typed)).toBe(sent));

  it.each([
    "9990101234567",
    "9010-1234-5678",
    "010-1234-5678-9",
    "902-1234-5678",
    "02-1234-5678-9",
    "9031-123-4567",
    "031-1234-5678-9",
    "9070-1234-5678",
    "070-1234-5678-9",
    "90504-123-4567",
    "0504-1234-5678-9",
    "91588-1234",
    "1588-1234-5",
    "070-12-5678",
    "+1 555 123 4567",
    "+8",
  ])("%j is not a Korean number", (typed) => expect(normalizePhoneNumber(typed)).toBeNull());

  it("at most 40 characters typed; a non-string is null, never a throw", () => {
    const padded = (n: number) => `010-1234-5678${" ".repeat(n - 13)}`;
    expect(normalizePhoneNumber(padded(40))).toBe("010-1234-5678");
    expect(normalizePhoneNumber(padded(41))).toBeNull();
    expect(normalizePhoneNumber(1012345678 as unknown as string)).toBeNull();
    expect(normalizePhoneNumber(null as unknown as string)).toBeNull();
  });
});

describe("currencyCode", () => {
  it("reads the SDK's CURRENCY_ spelling as ISO 4217, KRW when none is given, and nothing for what is not text", () => {
    expect(currencyCode("CURRENCY_KRW")).toBe("KRW");
    expect(currencyCode("USD")).toBe("USD");
    expect(currencyCode(undefined)).toBe("KRW");
    expect(currencyCode(410)).toBe("");
    expect(currencyCode("XCURRENCY_KRW")).toBe("XCURRENCY_KRW");
  });
});
