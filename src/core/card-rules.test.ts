import { describe, expect, it } from "vitest";
import { cardDigits, formatCardNumber, luhnValid, validateCardCredential, type CardCredential } from "./card-rules";

// Keyed-in card data (the REST flows and BillingKeyForm): what the merchant's form is told about
// each field, exactly, and what a buyer sees as they type a number.

const NOW = new Date(2026, 10, 28); // 28 November 2026, local time
const card: CardCredential = { number: "4111111111111111", expiryYear: "30", expiryMonth: "12", birthOrBusinessRegistrationNumber: "900101", passwordTwoDigits: "12" };
const err = (field: string, code: string) => ({ field, code, severity: "error", params: {} });
const check = (patch: Record<string, unknown>, options: Parameters<typeof validateCardCredential>[1] = {}) =>
  validateCardCredential({ ...card, ...patch } as Partial<CardCredential>, { now: NOW, ...options });

describe("luhnValid", () => {
  it.each(["4111111111111111", "5555555555554444", "79927398713", "378282246310005", "0"])("%s passes", (n) => expect(luhnValid(n)).toBe(true));
  it.each(["4111111111111112", "79927398710", "5555555555554443"])("%s fails the checksum", (n) => expect(luhnValid(n)).toBe(false));
  // a space before or after the digits is no card number, even where the checksum would come out right
  it.each(["", "abc", "x79927398713", "79927398713x", "7992 7398 713", "4111111111111 ", " 111111111111111"])("%j is not digits, so never valid", (n) => expect(luhnValid(n)).toBe(false));
});

describe("validateCardCredential", () => {
  it("a good card has no issue; every field is named with the prefix", () => {
    expect(check({})).toStrictEqual([]);
    expect(validateCardCredential({}, { now: NOW, fieldPrefix: "method.card.credential" })).toStrictEqual([
      err("method.card.credential.number", "required"),
      err("method.card.credential.expiry", "required"),
      err("method.card.credential.birthOrBusinessRegistrationNumber", "required"),
      err("method.card.credential.passwordTwoDigits", "required"),
    ]);
    expect(validateCardCredential(null, { now: NOW })).toStrictEqual([err("card.number", "required"), err("card.expiry", "required"), err("card.birthOrBusinessRegistrationNumber", "required"), err("card.passwordTwoDigits", "required")]);
  });

  it("the number: required, 13 to 19 digits, Luhn", () => {
    for (const number of [undefined, "", 4111111111111111]) expect(check({ number })).toStrictEqual([err("card.number", "required")]);
    // the length rule on both sides, each number with a valid checksum
    expect([luhnValid("411111111117"), luhnValid("4111111111119"), luhnValid("4111111111111111110"), luhnValid("41111111111111111115")]).toEqual([true, true, true, true]);
    expect(check({ number: "411111111117" })).toStrictEqual([err("card.number", "card.number")]);
    expect(check({ number: "4111111111119" })).toStrictEqual([]);
    expect(check({ number: "4111111111111111110" })).toStrictEqual([]);
    expect(check({ number: "41111111111111111115" })).toStrictEqual([err("card.number", "card.number")]);
    expect(check({ number: "5555555555554444" })).toStrictEqual([]);
    for (const number of ["4111111111111112", "4111 1111 1111 1111", "x4111111111111111"]) expect(check({ number }), number).toStrictEqual([err("card.number", "card.number")]);
  });

  it("the expiry: both parts required, two digits each, a real month", () => {
    for (const patch of [{ expiryYear: undefined }, { expiryMonth: undefined }, { expiryYear: "" }, { expiryMonth: "" }]) {
      expect(check(patch), JSON.stringify(patch)).toStrictEqual([err("card.expiry", "required")]);
    }
    for (const patch of [{ expiryYear: 30 }, { expiryMonth: 12 }, { expiryYear: "2030" }, { expiryYear: "3" }, { expiryMonth: "13" }, { expiryMonth: "00" }, { expiryMonth: "001" }, { expiryMonth: "123" }, { expiryMonth: "1" }]) {
      expect(check(patch), JSON.stringify(patch)).toStrictEqual([err("card.expiry", "card.expiry")]);
    }
    for (const expiryMonth of ["01", "09", "10", "12"]) expect(check({ expiryMonth })).toStrictEqual([]);
  });

  it("a card that expires this month is still good; last month's is expired", () => {
    expect(check({ expiryYear: "26", expiryMonth: "11" })).toStrictEqual([]);
    expect(check({ expiryYear: "26", expiryMonth: "10" })).toStrictEqual([err("card.expiry", "card.expired")]);
    expect(check({ expiryYear: "27", expiryMonth: "01" })).toStrictEqual([]);
    expect(check({ expiryYear: "25", expiryMonth: "12" })).toStrictEqual([err("card.expiry", "card.expired")]);
    // the clock given is the one used
    expect(validateCardCredential({ ...card, expiryYear: "20", expiryMonth: "01" }, { now: new Date(2020, 0, 31) })).toStrictEqual([]);
    expect(validateCardCredential({ ...card, expiryYear: "20", expiryMonth: "01" }, { now: new Date(2020, 1, 1) })).toStrictEqual([err("card.expiry", "card.expired")]);
  });

  it("the owner check: a birth date (YYMMDD) or a 10-digit business number, required unless the caller says not", () => {
    for (const v of [undefined, ""]) expect(check({ birthOrBusinessRegistrationNumber: v })).toStrictEqual([err("card.birthOrBusinessRegistrationNumber", "required")]);
    for (const v of ["900101", "901231", "001201", "1234567890"]) expect(check({ birthOrBusinessRegistrationNumber: v }), v).toStrictEqual([]);
    for (const v of [900101, "90010", "9001011", "1900101", "12345678901", "123456789", "901301", "900001", "901200", "901232", "9o0101", "abcdefghij"]) {
      expect(check({ birthOrBusinessRegistrationNumber: v }), String(v)).toStrictEqual([err("card.birthOrBusinessRegistrationNumber", "card.owner")]);
    }
  });

  it("the password digits: exactly two digits, required unless the caller says not", () => {
    for (const v of [undefined, ""]) expect(check({ passwordTwoDigits: v })).toStrictEqual([err("card.passwordTwoDigits", "required")]);
    for (const v of ["123", "1", 12, "1a"]) expect(check({ passwordTwoDigits: v }), String(v)).toStrictEqual([err("card.passwordTwoDigits", "card.password")]);
    expect(check({ passwordTwoDigits: "00" })).toStrictEqual([]);
  });

  it("requireOwnerCheck: false lets both owner fields be absent, but still checks what is given", () => {
    const ownerless = { number: card.number, expiryYear: "30", expiryMonth: "12" };
    expect(validateCardCredential(ownerless, { now: NOW, requireOwnerCheck: false })).toStrictEqual([]);
    expect(validateCardCredential(ownerless, { now: NOW, requireOwnerCheck: true })).toStrictEqual([err("card.birthOrBusinessRegistrationNumber", "required"), err("card.passwordTwoDigits", "required")]);
    expect(validateCardCredential(ownerless, { now: NOW })).toStrictEqual([err("card.birthOrBusinessRegistrationNumber", "required"), err("card.passwordTwoDigits", "required")]);
    expect(validateCardCredential({ ...ownerless, passwordTwoDigits: "1" }, { now: NOW, requireOwnerCheck: false })).toStrictEqual([err("card.passwordTwoDigits", "card.password")]);
  });

  it("no issue repeats the card number", () => {
    const issues = check({ number: "4111111111111112", expiryMonth: "13" });
    expect(JSON.stringify(issues)).not.toContain("4111");
  });
});

describe("typing a card number", () => {
  it("cardDigits keeps digits only, at most 19", () => {
    expect(cardDigits("4111-1111 1111.1111")).toBe("4111111111111111");
    expect(cardDigits("1234 5678 9012 3456 7890 12")).toBe("1234567890123456789");
    expect(cardDigits("abc")).toBe("");
  });
  it.each([
    ["4111111111111111", "4111 1111 1111 1111"],
    ["4111-1111-1111-1111", "4111 1111 1111 1111"],
    ["41111", "4111 1"],
    ["4111", "4111"],
    ["411", "411"],
    ["", ""],
    ["1234567890123456789", "1234 5678 9012 3456 789"],
    ["378282246310005", "3782 822463 10005"],
    ["371449635398431", "3714 496353 98431"],
    ["3782", "3782"],
    ["37828", "3782 8"],
    ["3782822463", "3782 822463"],
    ["37828224631", "3782 822463 1"],
    ["30569309025904", "3056 9309 0259 04"],
    ["3", "3"],
  ])("%j is shown as %j", (typed, shown) => expect(formatCardNumber(typed)).toBe(shown));
});
