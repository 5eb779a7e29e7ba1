import { describe, expect, it } from "vitest";
import { normalizePhoneNumber, validateBuyer } from "./buyer-rules";
import type { BuyerInput, Device, Flow } from "./types";

const full: BuyerInput = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const errorsOf = (c: BuyerInput | undefined, flow: Flow, device: Device) =>
  validateBuyer(c, { flow, device }).filter((i) => i.severity === "error").map((i) => `${i.field}:${i.code}`);

describe("rules section 3: buyer fields", () => {
  const table: { rule: string; flow: Flow; device: Device; ok: BuyerInput | undefined; bad: BuyerInput | undefined; expected: string }[] = [
    { rule: "fullName xor first+last", flow: "payment", device: "pc", ok: full, bad: { ...full, firstName: "길동", lastName: "홍" }, expected: "customer.fullName:name.both" },
    { rule: "first and last go together", flow: "payment", device: "mobile", ok: { firstName: "길동", lastName: "홍" }, bad: { firstName: "길동" }, expected: "customer.lastName:name.incomplete" },
    { rule: "name required on PC (payment)", flow: "payment", device: "pc", ok: full, bad: { ...full, fullName: undefined }, expected: "customer.fullName:required" },
    { rule: "phone required on PC (payment)", flow: "payment", device: "pc", ok: full, bad: { ...full, phoneNumber: "" }, expected: "customer.phoneNumber:required" },
    { rule: "e-mail required on PC (payment)", flow: "payment", device: "pc", ok: full, bad: { ...full, email: " " }, expected: "customer.email:required" },
    { rule: "name required on PC (card billing key)", flow: "billingKey", device: "pc", ok: full, bad: { ...full, fullName: "" }, expected: "customer.fullName:required" },
    { rule: "phone required on both for phone billing", flow: "phoneBilling", device: "mobile", ok: full, bad: { ...full, phoneNumber: undefined }, expected: "customer.phoneNumber:required" },
    { rule: "e-mail required on both for phone billing", flow: "phoneBilling", device: "mobile", ok: full, bad: { fullName: "홍길동", phoneNumber: "01012345678" }, expected: "customer.email:required" },
    { rule: "e-mail: only @ and . as special characters (+)", flow: "payment", device: "mobile", ok: { email: "a.b@example.co.kr" }, bad: { email: "a+b@example.com" }, expected: "customer.email:email.chars" },
    { rule: "e-mail: only @ and . as special characters (_)", flow: "payment", device: "pc", ok: full, bad: { ...full, email: "a_b@example.com" }, expected: "customer.email:email.chars" },
    { rule: "e-mail shape", flow: "payment", device: "pc", ok: full, bad: { ...full, email: "buyer@example" }, expected: "customer.email:email.format" },
    { rule: "fullName at most 30 bytes", flow: "payment", device: "pc", ok: { ...full, fullName: "가".repeat(10) }, bad: { ...full, fullName: "가".repeat(11) }, expected: "customer.fullName:name.tooLong" },
    { rule: "Korean phone number shape", flow: "payment", device: "pc", ok: { ...full, phoneNumber: "01012345678" }, bad: { ...full, phoneNumber: "12345" }, expected: "customer.phoneNumber:phone.format" },
  ];
  it.each(table)("$rule", ({ flow, device, ok, bad, expected }) => {
    expect(errorsOf(ok, flow, device)).toEqual([]);
    expect(errorsOf(bad, flow, device)).toContain(expected);
  });

  it("leaves every buyer field optional on mobile for the payment window and card billing key", () => {
    expect(errorsOf({}, "payment", "mobile")).toEqual([]);
    expect(errorsOf(undefined, "billingKey", "mobile")).toEqual([]);
    expect(errorsOf({}, "payment", "pc")).toHaveLength(3);
  });

  it("writes messages in Korean by default and in English on request, naming the field", () => {
    const [ko] = validateBuyer({ email: "a+b@x.com" }, { flow: "payment", device: "mobile" });
    const [en] = validateBuyer({ email: "a+b@x.com" }, { flow: "payment", device: "mobile", locale: "en" });
    expect(ko?.message).toContain("구매자 이메일");
    expect(en?.message).toBe("Buyer e-mail: KG Inicis allows only @ and . as special characters.");
  });
});

describe("normalizePhoneNumber", () => {
  it.each([
    ["01012345678", "010-1234-5678"],
    ["010-1234-5678", "010-1234-5678"],
    ["011-123-4567", "011-123-4567"],
    ["0212345678", "02-1234-5678"],
    ["031-123-4567", "031-123-4567"],
    ["15881234", "1588-1234"],
  ])("%s -> %s", (input, output) => expect(normalizePhoneNumber(input)).toBe(output));
  it.each(["12345", "010-12-34", "abc", "+82 10 1234 5678", ""])("rejects %j", (input) => expect(normalizePhoneNumber(input)).toBeNull());
});
