import { describe, expect, it } from "vitest";
import { IssueCollector } from "./collect";
import { INICIS_OPTIONS, type InicisOptionKey } from "./inicis-options";
import {
  decodeOptionValues,
  encodeOptionValues,
  flag,
  mergeOptionValues,
  optionDevices,
  optionValuesFor,
  token,
  validateOptionValues,
  type OptionRow,
  type OptionSchema,
} from "./option-schema";
import type { Device } from "./types";

// The machinery behind the option table, on the real table and on a small table of its own where
// the real one has no row of the needed shape (a contract option both devices read).

const run = (schema: OptionSchema, options: unknown, settings: { flow?: "payment" | "billingKey"; device?: Device } = {}) => {
  const out = new IssueCollector();
  validateOptionValues(schema, options, out, { prefix: "o", flow: settings.flow ?? "payment", device: settings.device });
  return out.issues.map((i) => `${i.field}:${i.code}:${i.severity}`);
};

describe("the editor control of every option", () => {
  it("is fixed by the option's value kind", () => {
    const controls = Object.fromEntries(Object.entries(INICIS_OPTIONS).map(([k, row]) => [k, row.kind.control]));
    expect(controls).toStrictEqual({
      skinColor: "color",
      logoUrl: "url",
      subLogoUrl: "url",
      parentEmail: "email",
      ssgpayPhone: "tel",
      allowBelow1000: "checkbox",
      showOcb: "checkbox",
      cardPopup: "checkbox",
      hideProgressBar: "checkbox",
      hideEasyPay: "checkbox",
      partialInterestFree: "plans",
      mallPointCards: "cardCodes",
      preselectCard: "cardCode",
      merchantName: "text",
      showGlobalVisa3d: "checkbox",
      androidIntentScheme: "checkbox",
      cardUse: "select",
    });
    expect(INICIS_OPTIONS.cardUse.kind.choices).toEqual(["percard", "cocard"]);
  });

  it("optionDevices: the devices whose module reads the option", () => {
    const devices = Object.fromEntries(Object.entries(INICIS_OPTIONS).map(([k, row]) => [k, optionDevices(row as OptionRow<unknown>)]));
    const both = ["allowBelow1000", "hideEasyPay"];
    const mobileOnly = ["preselectCard", "merchantName", "showGlobalVisa3d", "androidIntentScheme", "cardUse"];
    for (const [key, d] of Object.entries(devices)) {
      expect(d, key).toEqual(both.includes(key) ? ["pc", "mobile"] : mobileOnly.includes(key) ? ["mobile"] : ["pc"]);
    }
  });
});

describe("validateOptionValues", () => {
  const contractBoth: OptionSchema = {
    points: { kind: flag, contract: true, flow: "payment", pc: token("acceptmethod", "points"), mobile: token("P_RESERVED", "points=Y") },
    label: { kind: flag, contract: false, flow: "payment", pc: token("acceptmethod", "label") },
  };

  it("asks for a contract on the device a value reaches, and only there", () => {
    expect(run(contractBoth, { points: true }, { device: "pc" })).toEqual(["o.points:contract.required:warning"]);
    expect(run(contractBoth, { points: true })).toEqual(["o.points:contract.required:warning"]);
    expect(run(contractBoth, { pc: { points: true } }, { device: "pc" })).toEqual(["o.pc.points:contract.required:warning"]);
    expect(run(contractBoth, { pc: { points: true } }, { device: "mobile" })).toEqual([]);
    expect(run(contractBoth, { mobile: { points: true } }, { device: "pc" })).toEqual([]);
    expect(run(contractBoth, { mobile: { points: true } }, { device: "mobile" })).toEqual(["o.mobile.points:contract.required:warning"]);
    expect(run(contractBoth, { mobile: { points: true } })).toEqual(["o.mobile.points:contract.required:warning"]);
    expect(run(contractBoth, { label: true })).toEqual([]);
  });

  it("an option that is off, or undefined, asks for nothing and is never checked", () => {
    expect(run(contractBoth, { points: false }, { device: "pc" })).toEqual([]);
    expect(run(contractBoth, { points: undefined, pc: undefined, mobile: undefined })).toEqual([]);
    expect(run(contractBoth, { pc: { points: false } }, { device: "pc" })).toEqual([]);
  });

  it("an empty list sends nothing, so it needs no contract and is never ignored (a warning would send the merchant after a contract for nothing)", () => {
    expect(run(INICIS_OPTIONS, { partialInterestFree: [], mallPointCards: [] }, { device: "pc" })).toEqual([]);
    expect(run(INICIS_OPTIONS, { partialInterestFree: [] }, { flow: "billingKey" })).toEqual([]);
    expect(run(INICIS_OPTIONS, { mallPointCards: ["11"] }, { device: "pc" })).toEqual(["o.mallPointCards:contract.required:warning"]);
    expect(run(INICIS_OPTIONS, { mallPointCards: ["11"] }, { flow: "billingKey" })).toEqual(["o.mallPointCards:field.ignored:warning"]);
  });

  it("null or undefined options are no options; anything else that is not a plain object is an error on the prefix", () => {
    expect(run(contractBoth, null)).toEqual([]);
    expect(run(contractBoth, undefined)).toEqual([]);
    for (const v of ["points", [], 1, new Date(0)]) expect(run(contractBoth, v), String(v)).toEqual(["o:inicis.unknownOption:error"]);
  });

  it("an option of the other window is ignored there (a warning); a value is checked before that", () => {
    expect(run(contractBoth, { points: true }, { flow: "billingKey", device: "pc" })).toEqual(["o.points:field.ignored:warning"]);
    expect(run(contractBoth, { points: "Y" }, { flow: "billingKey" })).toEqual(["o.points:type.boolean:error", "o.points:field.ignored:warning"]);
  });
});

describe("encoding, decoding and merging values", () => {
  it("encodeOptionValues sends nothing for an option that is off or empty: no null, no empty list", () => {
    const values = { hideEasyPay: false, allowBelow1000: false, partialInterestFree: [], mallPointCards: [], showOcb: undefined };
    expect(encodeOptionValues(INICIS_OPTIONS, values, "pc", "payment")).toStrictEqual({});
    expect(encodeOptionValues(INICIS_OPTIONS, values, "mobile", "payment")).toStrictEqual({});
    expect(encodeOptionValues(INICIS_OPTIONS, { hideEasyPay: true, cardUse: "percard" }, "mobile", "payment")).toStrictEqual({ P_RESERVED: ["noeasypay=Y"] });
    expect(encodeOptionValues(INICIS_OPTIONS, { hideEasyPay: true, cardUse: "percard" }, "mobile", "billingKey")).toStrictEqual({ carduse: "percard" });
  });

  it("optionValuesFor: the shared values, overridden by the device's own, and nothing unknown", () => {
    const options = { hideEasyPay: true, merchantName: "공용", mobile: { merchantName: "모바일", hideEasyPay: undefined }, pc: { skinColor: "#111111" }, extra: 1 };
    expect(optionValuesFor(INICIS_OPTIONS, options as never, "mobile")).toStrictEqual({ hideEasyPay: true, merchantName: "모바일" });
    expect(optionValuesFor(INICIS_OPTIONS, options as never, "pc")).toStrictEqual({ hideEasyPay: true, merchantName: "공용", skinColor: "#111111" });
  });

  it("decodeOptionValues: a value only one device sent goes under that device, with no empty key beside it", () => {
    expect(decodeOptionValues(INICIS_OPTIONS, { acceptmethod: ["noeasypay"] }, "payment")).toStrictEqual({ options: { pc: { hideEasyPay: true } }, unknown: [] });
    expect(decodeOptionValues(INICIS_OPTIONS, { P_RESERVED: ["noeasypay=Y"] }, "payment")).toStrictEqual({ options: { mobile: { hideEasyPay: true } }, unknown: [] });
    expect(decodeOptionValues(INICIS_OPTIONS, { acceptmethod: ["noeasypay"], P_RESERVED: ["noeasypay=Y"] }, "payment")).toStrictEqual({ options: { hideEasyPay: true }, unknown: [] });
    expect(decodeOptionValues(INICIS_OPTIONS, { logo_url: "https://x.example/l.png" }, "payment")).toStrictEqual({ options: { logoUrl: "https://x.example/l.png" }, unknown: [] });
    expect(decodeOptionValues(INICIS_OPTIONS, undefined, "payment")).toStrictEqual({ options: {}, unknown: [] });
  });

  it("decodeOptionValues reads only strings, and never throws on other list entries", () => {
    expect(decodeOptionValues(INICIS_OPTIONS, { acceptmethod: [1, null, { x: 1 }, "hidebar"], P_MNAME: 7 }, "payment")).toStrictEqual({
      options: { hideProgressBar: true },
      unknown: ["acceptmethod[0]", "acceptmethod[1]", "acceptmethod[2]", "P_MNAME"],
    });
  });

  it("mergeOptionValues: later wins key by key, device groups are merged, undefined never overrides", () => {
    expect(mergeOptionValues<Record<string, unknown>>({ a: 1, b: 2 }, { a: undefined, b: 3 })).toStrictEqual({ a: 1, b: 3 });
    expect(mergeOptionValues<Record<string, unknown>>({ pc: { a: 1 }, mobile: { a: 1 } }, { pc: { b: 2 }, mobile: { b: 2 } })).toStrictEqual({ pc: { a: 1, b: 2 }, mobile: { a: 1, b: 2 } });
    expect(mergeOptionValues<Record<string, unknown>>({ other: { a: 1 } }, { other: { b: 2 } })).toStrictEqual({ other: { b: 2 } });
    expect(mergeOptionValues<Record<string, unknown>>({ pc: { a: 1 } }, { pc: "x" })).toStrictEqual({ pc: "x" });
    expect(mergeOptionValues<Record<string, unknown>>(undefined, null, { a: 1 })).toStrictEqual({ a: 1 });
  });
});

describe("value kinds at their limits", () => {
  const errorsOf = (key: InicisOptionKey, value: unknown) => run(INICIS_OPTIONS, { [key]: value }).filter((i) => i.endsWith(":error"));
  const exact = (key: InicisOptionKey, value: unknown) => {
    const out = new IssueCollector();
    INICIS_OPTIONS[key].kind.check(out, `o.${key}`, value);
    return out.issues;
  };
  const err = (field: string, code: string, params: Record<string, string | number> = {}) => ({ field, code, severity: "error", params });

  it("text (P_MNAME): non-blank, at most 100 characters, no control characters, a string", () => {
    expect(exact("merchantName", "가".repeat(100))).toStrictEqual([]);
    expect(exact("merchantName", "가".repeat(101))).toStrictEqual([err("o.merchantName", "text.tooLong", { max: 100 })]);
    expect(exact("merchantName", 12)).toStrictEqual([err("o.merchantName", "type.string")]);
    expect(exact("merchantName", " ")).toStrictEqual([err("o.merchantName", "required")]);
    for (const v of ["\u0000상점", "상점\u001f", "상점\u007f", "a\nb"]) expect(exact("merchantName", v), JSON.stringify(v)).toStrictEqual([err("o.merchantName", "type.string")]);
    expect(exact("merchantName", "상점 ~!")).toStrictEqual([]);
  });

  it("e-mail (parentemail): blank is missing, not fine", () => {
    expect(exact("parentEmail", "")).toStrictEqual([err("o.parentEmail", "required")]);
    expect(exact("parentEmail", "mom@example.com")).toStrictEqual([]);
  });

  it("digits (Ini_SSGPAY_MDN): 10 or 11 digits, as a string", () => {
    expect(exact("ssgpayPhone", "0101234123")).toStrictEqual([]);
    expect(exact("ssgpayPhone", "01012341234")).toStrictEqual([]);
    for (const v of ["010123412", "010123412345", 1012341234, "x01012341234", "01012341234x"]) {
      expect(exact("ssgpayPhone", v), String(v)).toStrictEqual([err("o.ssgpayPhone", "inicis.digits", { min: 10, max: 11 })]);
    }
  });

  it("hex colour (SKIN): a string #RRGGBB, nothing that only looks like one", () => {
    expect(exact("skinColor", "#c1272C")).toStrictEqual([]);
    for (const v of [["#C1272C"], "#C1272", "C1272C", 0xc1272c]) expect(exact("skinColor", v), String(v)).toStrictEqual([err("o.skinColor", "inicis.skinColor")]);
  });

  it("card code (selcode): a string of two digits", () => {
    expect(exact("preselectCard", "04")).toStrictEqual([]);
    for (const v of [14, ["14"], "4", "144", "x14"]) expect(exact("preselectCard", v), String(v)).toStrictEqual([err("o.preselectCard", "inicis.cardCode")]);
  });

  it("card codes (mallpoint): a list of at most 50, every one a two-digit code", () => {
    const codes = (n: number) => Array.from({ length: n }, (_, i) => String(i % 100).padStart(2, "0"));
    expect(exact("mallPointCards", codes(50))).toStrictEqual([]);
    expect(exact("mallPointCards", codes(51))).toStrictEqual([err("o.mallPointCards", "inicis.cardCodes.tooMany", { max: 50, actual: 51 })]);
    expect(exact("mallPointCards", [])).toStrictEqual([]);
    expect(exact("mallPointCards", "11")).toStrictEqual([err("o.mallPointCards", "inicis.list")]);
    // every code is checked, not just one of them
    expect(exact("mallPointCards", ["11", "11:ocb"])).toStrictEqual([err("o.mallPointCards", "inicis.cardCode")]);
    expect(exact("mallPointCards", ["11:ocb", "11"])).toStrictEqual([err("o.mallPointCards", "inicis.cardCode")]);
    expect(exact("mallPointCards", [11, 34])).toStrictEqual([err("o.mallPointCards", "inicis.cardCode")]);
  });

  it("choice (carduse): names the allowed values", () => {
    expect(exact("cardUse", "cocard")).toStrictEqual([]);
    expect(exact("cardUse", "family")).toStrictEqual([err("o.cardUse", "inicis.choice", { allowed: "percard, cocard" })]);
  });

  it("flag: a boolean", () => {
    expect(exact("hideEasyPay", false)).toStrictEqual([]);
    expect(exact("hideEasyPay", "Y")).toStrictEqual([err("o.hideEasyPay", "type.boolean")]);
  });

  describe("plans (slimquota)", () => {
    const plan = (months: number[], cardCode = "11") => ({ cardCode, months });
    it("at most 50 plans", () => {
      expect(exact("partialInterestFree", Array.from({ length: 50 }, () => plan([2, 3])))).toStrictEqual([]);
      expect(exact("partialInterestFree", Array.from({ length: 51 }, () => plan([2, 3])))).toStrictEqual([err("o.partialInterestFree", "inicis.plans.tooMany", { max: 50, actual: 51 })]);
    });
    it("each with 1 to 35 months, every one a whole number from 2 to 36", () => {
      const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
      expect(exact("partialInterestFree", [plan(range(2, 36))])).toStrictEqual([]);
      expect(exact("partialInterestFree", [plan([...range(2, 36), 36])])).toStrictEqual([err("o.partialInterestFree[0].months", "inicis.months", { min: 2, max: 36 })]);
      expect(exact("partialInterestFree", [plan([2]), plan([36])])).toStrictEqual([]);
      for (const months of [[], [2, 1], [1, 2], [3, 37], [2.5], ["2"]]) {
        expect(exact("partialInterestFree", [plan(months as number[])]), JSON.stringify(months)).toStrictEqual([err("o.partialInterestFree[0].months", "inicis.months", { min: 2, max: 36 })]);
      }
      expect(exact("partialInterestFree", [{ cardCode: "11" }])).toStrictEqual([err("o.partialInterestFree[0].months", "inicis.months", { min: 2, max: 36 })]);
    });
    it("each plan an object of cardCode and months only; every plan is checked", () => {
      expect(exact("partialInterestFree", [plan([2]), { ...plan([2]), extra: 1 }])).toStrictEqual([err("o.partialInterestFree[1]", "inicis.unknownOption")]);
      expect(exact("partialInterestFree", [{ extra: 1, cardCode: "11", months: [2] }])).toStrictEqual([err("o.partialInterestFree[0]", "inicis.unknownOption")]);
      expect(exact("partialInterestFree", [null, "11-2:3"])).toStrictEqual([err("o.partialInterestFree[0]", "inicis.unknownOption"), err("o.partialInterestFree[1]", "inicis.unknownOption")]);
      expect(exact("partialInterestFree", [plan([2]), plan([2], "1")])).toStrictEqual([err("o.partialInterestFree[1].cardCode", "inicis.cardCode")]);
      expect(exact("partialInterestFree", {})).toStrictEqual([err("o.partialInterestFree", "inicis.list")]);
      expect(exact("partialInterestFree", [])).toStrictEqual([]);
    });
  });

  it("errorsOf sees the same through validateOptionValues", () => {
    expect(errorsOf("mallPointCards", ["11", "11:ocb"])).toEqual(["o.mallPointCards:inicis.cardCode:error"]);
  });
});
