import { describe, expect, it } from "vitest";
import { buyerFieldsRequired, validateBuyer } from "./buyer-rules";
import { normalizePhoneNumber } from "./checks";
import { formatIssue } from "./format";
import { en } from "./locales/en";
import { ko } from "./locales/ko";
import type { BuyerInput, Device, DeviceClass, Flow } from "./types";

const full: BuyerInput = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const errorsOf = (c: BuyerInput | undefined, flow: Flow, device: DeviceClass) =>
  validateBuyer(c, { flow, device }).filter((i) => i.severity === "error").map((i) => `${i.field}:${i.code}`);

describe("rules section 3: buyer fields", () => {
  const table: { rule: string; flow: Flow; device: Device; ok: BuyerInput | undefined; bad: BuyerInput | undefined; expected: string }[] = [
    { rule: "fullName xor first+last", flow: "payment", device: "pc", ok: full, bad: { ...full, firstName: "길동", lastName: "홍" }, expected: "customer.fullName:name.both" },
    { rule: "first and last go together", flow: "payment", device: "mobile", ok: { firstName: "길동", lastName: "홍" }, bad: { firstName: "길동" }, expected: "customer.lastName:name.incomplete" },
    { rule: "name required on PC (payment)", flow: "payment", device: "pc", ok: full, bad: { ...full, fullName: undefined }, expected: "customer.fullName:required" },
    { rule: "name required on mobile too (payment)", flow: "payment", device: "mobile", ok: { fullName: "홍길동" }, bad: { phoneNumber: "010-1234-5678", email: "buyer@example.com" }, expected: "customer.fullName:required" },
    { rule: "name required on mobile too (card billing key)", flow: "billingKey", device: "mobile", ok: { fullName: "홍길동" }, bad: { fullName: "  " }, expected: "customer.fullName:required" },
    { rule: "phone required on PC (payment)", flow: "payment", device: "pc", ok: full, bad: { ...full, phoneNumber: "" }, expected: "customer.phoneNumber:required" },
    { rule: "e-mail required on PC (payment)", flow: "payment", device: "pc", ok: full, bad: { ...full, email: " " }, expected: "customer.email:required" },
    { rule: "name required on PC (card billing key)", flow: "billingKey", device: "pc", ok: full, bad: { ...full, fullName: "" }, expected: "customer.fullName:required" },
    { rule: "phone required on both for phone billing", flow: "phoneBilling", device: "mobile", ok: full, bad: { ...full, phoneNumber: undefined }, expected: "customer.phoneNumber:required" },
    { rule: "e-mail required on both for phone billing", flow: "phoneBilling", device: "mobile", ok: full, bad: { fullName: "홍길동", phoneNumber: "01012345678" }, expected: "customer.email:required" },
    { rule: "e-mail: only @ and . as special characters (+)", flow: "payment", device: "mobile", ok: { fullName: "홍길동", email: "a.b@example.co.kr" }, bad: { fullName: "홍길동", email: "a+b@example.com" }, expected: "customer.email:email.chars" },
    { rule: "e-mail: only @ and . as special characters (_)", flow: "payment", device: "pc", ok: full, bad: { ...full, email: "a_b@example.com" }, expected: "customer.email:email.chars" },
    { rule: "e-mail: only @ and . as special characters (-)", flow: "payment", device: "pc", ok: full, bad: { ...full, email: "a-b@example.com" }, expected: "customer.email:email.chars" },
    { rule: "e-mail shape", flow: "payment", device: "pc", ok: full, bad: { ...full, email: "buyer@example" }, expected: "customer.email:email.format" },
    { rule: "fullName at most 30 bytes", flow: "payment", device: "pc", ok: { ...full, fullName: "가".repeat(10) }, bad: { ...full, fullName: "가".repeat(11) }, expected: "customer.fullName:name.tooLong" },
    { rule: "Korean phone number shape", flow: "payment", device: "pc", ok: { ...full, phoneNumber: "01012345678" }, bad: { ...full, phoneNumber: "12345" }, expected: "customer.phoneNumber:phone.format" },
  ];
  it.each(table)("$rule", ({ flow, device, ok, bad, expected }) => {
    expect(errorsOf(ok, flow, device)).toEqual([]);
    expect(errorsOf(bad, flow, device)).toContain(expected);
  });

  it("asks for nothing but the name on mobile for the payment window and card billing key (phone and e-mail stay PC-only)", () => {
    expect(errorsOf({}, "payment", "mobile")).toEqual(["customer.fullName:required"]);
    expect(errorsOf(undefined, "billingKey", "mobile")).toEqual(["customer.fullName:required"]);
    expect(errorsOf({ fullName: "홍길동" }, "payment", "mobile")).toEqual([]);
    expect(errorsOf({ lastName: "홍", firstName: "길동" }, "billingKey", "mobile")).toEqual([]);
    expect(errorsOf({}, "payment", "pc")).toEqual(["customer.fullName:required", "customer.phoneNumber:required", "customer.email:required"]);
  });

  it("a missing separated name is reported on the last and first name fields", () => {
    expect(validateBuyer({}, { flow: "payment", device: "mobile", nameMode: "separated" }).map((i) => `${i.field}:${i.code}`)).toEqual([
      "customer.lastName:required",
      "customer.firstName:required",
    ]);
  });

  it("issues are data: the sentence comes from a locale pack, naming the field", () => {
    const [issue] = validateBuyer({ fullName: "홍길동", email: "a+b@x.com" }, { flow: "payment", device: "mobile" });
    expect(issue).toEqual({ field: "customer.email", code: "email.chars", severity: "error", params: {} });
    expect(formatIssue(issue!, ko)).toContain("구매자 이메일");
    expect(formatIssue(issue!, en)).toMatch(/^Buyer e-mail: /);
  });

  // issue 10, item 18
  it.each([
    { pack: ko, refused: ["_", "-", "+"], another: "다른 이메일 주소를 입력해 주세요." },
    { pack: en, refused: ["_", "-", "+"], another: "Please use another address." },
  ])("the $pack.locale e-mail sentence says _, - and + are refused and asks for another address", ({ pack, refused, another }) => {
    for (const email of ["kim_pay@example.com", "kim-pay@example.com", "kim+shop@example.com"]) {
      const [issue] = validateBuyer({ fullName: "홍길동", email }, { flow: "payment", device: "mobile" });
      const text = formatIssue(issue!, pack);
      for (const symbol of refused) expect(text).toContain(symbol);
      expect(text).toContain(another);
    }
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
    // issue 10, item 4: numbers as buyers really type them
    ["+82 10-1234-5678", "010-1234-5678"],
    ["+821012345678", "010-1234-5678"],
    ["+82 (0)10 1234 5678", "010-1234-5678"],
    ["010\u20101234\u20105678", "010-1234-5678"], // U+2010 HYPHEN
    ["010\u20141234\u20145678", "010-1234-5678"], // U+2014 EM DASH
    ["０１０-１２３４-５６７８", "010-1234-5678"], // full-width digits
    ["０１０－１２３４－５６７８", "010-1234-5678"], // full-width digits and hyphen
    ["010 1234 5678", "010-1234-5678"],
    [" 010 - 1234 - 5678 ", "010-1234-5678"],
    ["010.1234.5678", "010-1234-5678"],
    ["+82 2 1234 5678", "02-1234-5678"],
  ])("%j -> %s", (input, output) => expect(normalizePhoneNumber(input)).toBe(output));

  it.each([
    "12345",
    "010-12-34",
    "abc",
    "",
    "9990101234567", // 13 digits: no Korean number is that long
    "+1 555 123 4567", // a US number
    "+44 20 7946 0958",
    "010-ABCD-5678",
    "010-1234-5678 ext 9",
    "tel:010-1234-5678",
  ])("refuses %j, which cannot be a Korean number", (input) => expect(normalizePhoneNumber(input)).toBeNull());

  it("what it accepts, validateBuyer accepts, and what it refuses is a phone.format error", () => {
    expect(errorsOf({ ...full, phoneNumber: "+82 10-1234-5678" }, "payment", "pc")).toEqual([]);
    expect(errorsOf({ ...full, phoneNumber: "０１０-１２３４-５６７８" }, "payment", "pc")).toEqual([]);
    expect(errorsOf({ ...full, phoneNumber: "+1 555 123 4567" }, "payment", "pc")).toEqual(["customer.phoneNumber:phone.format"]);
    expect(errorsOf({ ...full, phoneNumber: "010-l234-5678" }, "payment", "pc")).toEqual(["customer.phoneNumber:phone.format"]);
  });
});

// issue 17: an ambiguous device may open the PC window, which requires phone and e-mail
describe("buyer fields on an ambiguous device", () => {
  it("are required as on PC, for every flow; the checks of each field are the same", () => {
    for (const flow of ["payment", "billingKey", "phoneBilling"] as const) {
      expect(buyerFieldsRequired(flow, "ambiguous")).toBe(true);
      expect(errorsOf({ fullName: "홍길동" }, flow, "ambiguous")).toEqual(["customer.phoneNumber:required", "customer.email:required"]);
      expect(errorsOf({ ...full, email: "a+b@example.com" }, flow, "ambiguous")).toEqual(["customer.email:email.chars"]);
      expect(errorsOf(full, flow, "ambiguous")).toEqual([]);
    }
    expect([buyerFieldsRequired("payment", "pc"), buyerFieldsRequired("payment", "mobile"), buyerFieldsRequired("phoneBilling", "mobile")]).toEqual([true, false, true]);
  });
});
