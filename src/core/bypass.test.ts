import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildInicisBillingKeyBypass, buildInicisBypass, INICIS_OPTION_INFO, parseInicisBypass, validateInicisOptions, type InicisOptions } from "./bypass";
import { InicisValidationError } from "./errors";
import type { Device } from "./types";

const errors = (o: InicisOptions, d?: Device) => validateInicisOptions(o, d).filter((i) => i.severity === "error").map((i) => `${i.field}:${i.code}`);

describe("rules section 6: bypass.inicis_v2", () => {
  it.each([
    { rule: "logo_url https only", ok: { logoUrl: "https://cdn.shop.example/logo.png" }, bad: { logoUrl: "javascript:alert(1)" }, expected: "inicis.logoUrl:url.https" },
    { rule: "logo_url no data:", ok: { logoUrl: "https://x.example/a.svg" }, bad: { logoUrl: "data:image/png;base64,AAAA" }, expected: "inicis.logoUrl:url.https" },
    { rule: "logo_url not plain http", ok: { logoUrl: "https://x.example/a.svg" }, bad: { logoUrl: "http://x.example/a.svg" }, expected: "inicis.logoUrl:url.https" },
    { rule: "logo_2nd https only", ok: { subLogoUrl: "https://x.example/b.png" }, bad: { subLogoUrl: "//x.example/b.png" }, expected: "inicis.subLogoUrl:url.https" },
    { rule: "parentemail only @ and .", ok: { parentEmail: "mom@example.com" }, bad: { parentEmail: "mom+kid@example.com" }, expected: "inicis.parentEmail:email.chars" },
    { rule: "Ini_SSGPAY_MDN digits only", ok: { ssgpayPhone: "01012341234" }, bad: { ssgpayPhone: "010-1234-1234" }, expected: "inicis.ssgpayPhone:inicis.digits" },
    { rule: "SKIN(#RRGGBB) 6 hex digits", ok: { skinColor: "#C1272C" }, bad: { skinColor: "#fff" }, expected: "inicis.skinColor:inicis.skinColor" },
    { rule: "SKIN cannot smuggle an option", ok: { skinColor: "#c1272c" }, bad: { skinColor: "#fff):ocb" }, expected: "inicis.skinColor:inicis.skinColor" },
    { rule: "slimquota card code two digits", ok: { partialInterestFree: [{ cardCode: "11", months: [2, 3] }] }, bad: { partialInterestFree: [{ cardCode: "11^34", months: [2] }] }, expected: "inicis.partialInterestFree[0].cardCode:inicis.cardCode" },
    { rule: "slimquota months 2..36", ok: { partialInterestFree: [{ cardCode: "34", months: [36] }] }, bad: { partialInterestFree: [{ cardCode: "34", months: [1] }] }, expected: "inicis.partialInterestFree[0].months:inicis.months" },
    { rule: "mallpoint two-digit codes", ok: { mallPointCards: ["11", "34"] }, bad: { mallPointCards: ["11:ocb"] }, expected: "inicis.mallPointCards:inicis.cardCode" },
    { rule: "P_CARD_OPTION two-digit code", ok: { preselectCard: "14" }, bad: { preselectCard: "14)" }, expected: "inicis.preselectCard:inicis.cardCode" },
    { rule: "P_MNAME non-empty", ok: { merchantName: "포트원" }, bad: { merchantName: " " }, expected: "inicis.merchantName:required" },
    { rule: "toggles are booleans", ok: { hideEasyPay: true }, bad: { hideEasyPay: "Y" as unknown as boolean }, expected: "inicis.hideEasyPay:type.boolean" },
    { rule: "no unknown option", ok: { cardPopup: true }, bad: { cardpopup: true } as InicisOptions, expected: "inicis.cardpopup:inicis.unknownOption" },
    { rule: "no __proto__ key", ok: {}, bad: JSON.parse('{"__proto__": {"x": 1}}') as InicisOptions, expected: "inicis.__proto__:inicis.unknownOption" },
    { rule: "no constructor key", ok: {}, bad: JSON.parse('{"constructor": "x"}') as InicisOptions, expected: "inicis.constructor:inicis.unknownOption" },
  ])("$rule", ({ ok, bad, expected }) => {
    expect(errors(ok)).toEqual([]);
    expect(errors(bad)).toContain(expected);
  });

  it("builds PC keys only on PC, with the exact acceptmethod grammar", () => {
    const all: InicisOptions = {
      logoUrl: "https://a.example/l.png",
      subLogoUrl: "https://a.example/s.png",
      parentEmail: "p@a.example",
      ssgpayPhone: "01012341234",
      skinColor: "#C1272C",
      allowBelow1000: true,
      showOcb: true,
      cardPopup: true,
      hideProgressBar: true,
      hideEasyPay: true,
      partialInterestFree: [{ cardCode: "11", months: [2, 3] }, { cardCode: "34", months: [2, 3] }],
      mallPointCards: ["11", "34"],
      preselectCard: "14",
      merchantName: "포트원",
      showGlobalVisa3d: true,
      androidIntentScheme: true,
    };
    expect(buildInicisBypass(all, "pc")).toEqual({
      inicis_v2: {
        logo_url: "https://a.example/l.png",
        logo_2nd: "https://a.example/s.png",
        parentemail: "p@a.example",
        Ini_SSGPAY_MDN: "01012341234",
        acceptmethod: ["SKIN(#C1272C)", "below1000", "ocb", "paypopup", "hidebar", "noeasypay", "slimquota(11-2:3^34-2:3)", "mallpoint(11:34)"],
      },
    });
    expect(buildInicisBypass(all, "mobile")).toEqual({
      inicis_v2: {
        P_CARD_OPTION: "selcode=14",
        P_MNAME: "포트원",
        P_RESERVED: ["below1000=Y", "noeasypay=Y", "global_visa3d=Y", "apprun_check=Y"],
      },
    });
  });

  it("adds below1000 for a card or easy-pay payment under 1,000 KRW, and only then", () => {
    expect(buildInicisBypass({}, "pc", { payMethod: "CARD", totalAmount: 500 }).inicis_v2.acceptmethod).toEqual(["below1000"]);
    expect(buildInicisBypass({}, "mobile", { payMethod: "EASY_PAY", totalAmount: 999 }).inicis_v2.P_RESERVED).toEqual(["below1000=Y"]);
    expect(buildInicisBypass({}, "pc", { payMethod: "CARD", totalAmount: 1000 }).inicis_v2).toEqual({});
    expect(buildInicisBypass({}, "pc", { payMethod: "TRANSFER", totalAmount: 500 }).inicis_v2).toEqual({});
    expect(buildInicisBypass({}, "pc", { payMethod: "CARD", totalAmount: 500, currency: "USD" }).inicis_v2).toEqual({});
  });

  it("throws a typed error carrying the issues when an option is wrong", () => {
    let thrown: unknown;
    try {
      buildInicisBypass({ skinColor: "#fff):ocb", logoUrl: "javascript:alert(1)" }, "pc");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InicisValidationError);
    expect((thrown as InicisValidationError).issues.map((i) => i.field)).toEqual(["inicis.logoUrl", "inicis.skinColor"]);
  });

  it("warns where a contract with Inicis is needed, on the device the option reaches", () => {
    const warnings = (o: InicisOptions, d: Device) => validateInicisOptions(o, d).filter((i) => i.code === "contract.required").map((i) => i.field);
    expect(warnings({ showOcb: true, partialInterestFree: [{ cardCode: "11", months: [3] }], mallPointCards: ["11"] }, "pc")).toEqual([
      "inicis.showOcb",
      "inicis.partialInterestFree",
      "inicis.mallPointCards",
    ]);
    expect(warnings({ showOcb: true }, "mobile")).toEqual([]);
  });

  it("the card billing-key bypass carries carduse on mobile only", () => {
    expect(buildInicisBillingKeyBypass({ cardUse: "percard" }, "mobile")).toEqual({ inicis_v2: { carduse: "percard" } });
    expect(buildInicisBillingKeyBypass({ cardUse: "percard" }, "pc")).toBeUndefined();
  });
});

const cardCode = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, "0"));
const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, "0")}`);
const options: fc.Arbitrary<InicisOptions> = fc.record(
  {
    logoUrl: fc.webUrl({ validSchemes: ["https"] }).filter((u) => !/\s/.test(u)),
    subLogoUrl: fc.constant("https://cdn.example/sub.png"),
    parentEmail: fc.stringMatching(/^[a-z0-9]{1,10}@[a-z]{1,8}\.[a-z]{2,3}$/),
    ssgpayPhone: fc.stringMatching(/^010\d{8}$/),
    skinColor: hex,
    allowBelow1000: fc.constant(true),
    showOcb: fc.constant(true),
    cardPopup: fc.constant(true),
    hideProgressBar: fc.constant(true),
    hideEasyPay: fc.constant(true),
    partialInterestFree: fc.array(fc.record({ cardCode, months: fc.array(fc.integer({ min: 2, max: 36 }), { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 4 }),
    mallPointCards: fc.array(cardCode, { minLength: 1, maxLength: 4 }),
    preselectCard: cardCode,
    // eslint-disable-next-line no-control-regex
    merchantName: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== "" && !/[\u0000-\u001f\u007f]/.test(s)),
    showGlobalVisa3d: fc.constant(true),
    androidIntentScheme: fc.constant(true),
  },
  { requiredKeys: [] },
);

describe("properties", () => {
  it.each(["pc", "mobile"] as const)("parseInicisBypass(buildInicisBypass(x, %s)) gives back x's keys for that device", (device) => {
    fc.assert(
      fc.property(options, (x) => {
        const expected = Object.fromEntries(
          Object.entries(x).filter(([k]) => {
            const d = INICIS_OPTION_INFO[k as keyof InicisOptions].devices;
            return d === "both" || d === device;
          }),
        );
        expect(parseInicisBypass(buildInicisBypass(x, device))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("validateInicisOptions and parseInicisBypass never throw on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom<Device | undefined>("pc", "mobile", undefined), (x, d) => {
        validateInicisOptions(x as InicisOptions, d);
        parseInicisBypass({ inicis_v2: x as never });
        parseInicisBypass(x as never);
      }),
      { numRuns: 1000 },
    );
  });
});
