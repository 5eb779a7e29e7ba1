import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCombinedInicisBillingKeyBypass, buildCombinedInicisBypass, buildInicisBillingKeyBypass, buildInicisBypass, mergeInicisOptions, parseInicisBypass, readInicisBypass, validateInicisOptions, type InicisOptions } from "./bypass";
import { InicisValidationError } from "./errors";
import { INICIS_OPTIONS, type InicisOptionKey } from "./inicis-options";
import { optionDevices } from "./option-schema";
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
    {
      rule: "a __proto__ key does not hide the other options from the checks",
      ok: { logoUrl: "https://x.example/a.svg" },
      bad: JSON.parse('{"__proto__": {}, "logoUrl": "javascript:alert(1)"}') as InicisOptions,
      expected: "inicis.logoUrl:url.https",
    },
    { rule: "per-device group: no unknown option", ok: { mobile: { merchantName: "포트원" } }, bad: { mobile: { P_MNAME: "포트원" } } as InicisOptions, expected: "inicis.mobile.P_MNAME:inicis.unknownOption" },
    { rule: "per-device group: values checked like shared ones", ok: { pc: { logoUrl: "https://x.example/a.svg" } }, bad: { pc: { logoUrl: "javascript:alert(1)" } }, expected: "inicis.pc.logoUrl:url.https" },
    { rule: "per-device group is an object", ok: { pc: {} }, bad: { pc: "logo_url=x" } as unknown as InicisOptions, expected: "inicis.pc:inicis.unknownOption" },
    { rule: "carduse percard or cocard", ok: { cardUse: "percard" as const }, bad: { cardUse: "family" as "percard" }, expected: "inicis.cardUse:inicis.choice" },
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
    expect((thrown as InicisValidationError).issues.map((i) => i.field).sort()).toEqual(["inicis.logoUrl", "inicis.skinColor"]);
    expect((thrown as InicisValidationError).message).toContain("inicis.logoUrl: url.https");
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

  it("the card billing-key bypass carries carduse on mobile only, and a mobile-only option is no warning on PC", () => {
    expect(buildInicisBillingKeyBypass({ cardUse: "percard" }, "mobile")).toEqual({ inicis_v2: { carduse: "percard" } });
    expect(buildInicisBillingKeyBypass({ cardUse: "percard" }, "pc")).toBeUndefined();
    // issue 10, item 3: a mobile-only option is simply not sent on PC
    expect(validateInicisOptions({ cardUse: "percard" }, "pc", { flow: "billingKey" })).toEqual([]);
    expect(validateInicisOptions({ merchantName: "포트원", preselectCard: "14" }, "pc")).toEqual([]);
    expect(buildInicisBypass({ merchantName: "포트원", preselectCard: "14" }, "pc")).toEqual({ inicis_v2: {} });
  });

  it("payment options on a billing key, and carduse on a payment, are ignored by that window (a warning)", () => {
    const warnings = (o: InicisOptions, flow: "payment" | "billingKey") => validateInicisOptions(o, "mobile", { flow }).map((i) => `${i.field}:${i.code}:${i.severity}`);
    expect(warnings({ merchantName: "포트원" }, "billingKey")).toEqual(["inicis.merchantName:field.ignored:warning"]);
    expect(warnings({ cardUse: "cocard" }, "payment")).toEqual(["inicis.cardUse:field.ignored:warning"]);
  });
});

describe("the combined bypass (what a request sends)", () => {
  it("holds the PC keys from the shared values and pc, and the mobile keys from the shared values and mobile", () => {
    const o: InicisOptions = { hideEasyPay: true, merchantName: "공용", mobile: { hideEasyPay: false, merchantName: "모바일 상점" }, pc: { skinColor: "#112233" } };
    expect(buildCombinedInicisBypass(o)).toStrictEqual({ inicis_v2: { acceptmethod: ["SKIN(#112233)", "noeasypay"], P_MNAME: "모바일 상점" } });
  });

  it("adds below1000 and below1000=Y together for a card or easy pay under 1,000 KRW, also over a group that turned it off", () => {
    const both = { inicis_v2: { acceptmethod: ["below1000"], P_RESERVED: ["below1000=Y"] } };
    expect(buildCombinedInicisBypass({}, { payMethod: "CARD", totalAmount: 900 })).toStrictEqual(both);
    expect(buildCombinedInicisBypass({ mobile: { allowBelow1000: false } }, { payMethod: "EASY_PAY", totalAmount: 900, currency: "CURRENCY_KRW" })).toStrictEqual(both);
    expect(buildCombinedInicisBypass({}, { payMethod: "CARD", totalAmount: 1000 })).toStrictEqual({ inicis_v2: {} });
    expect(buildCombinedInicisBypass({}, { payMethod: "CARD", totalAmount: 900, currency: "USD" })).toStrictEqual({ inicis_v2: {} });
  });

  it("no key is read by both modules, so one flat object carries both without losing a value", () => {
    const keys = (d: Device) => new Set(Object.values(INICIS_OPTIONS).flatMap((row) => (row[d] ? [row[d].key] : [])));
    const pc = keys("pc");
    expect([...keys("mobile")].filter((k) => pc.has(k))).toEqual([]);
  });

  it("is each device's view side by side, for any options", () => {
    fc.assert(
      fc.property(withGroups, fc.constantFrom(undefined, { payMethod: "CARD", totalAmount: 900 }), (x, ctx) => {
        expect(buildCombinedInicisBypass(x, ctx)).toStrictEqual({ inicis_v2: { ...buildInicisBypass(x, "pc", ctx).inicis_v2, ...buildInicisBypass(x, "mobile", ctx).inicis_v2 } });
        // and reads back into options that build it again
        expect(buildCombinedInicisBypass(parseInicisBypass(buildCombinedInicisBypass(x, ctx)))).toStrictEqual(buildCombinedInicisBypass(x, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it("validates once for both windows: a wrong option throws, and a contract is asked for wherever a value is sent", () => {
    expect(() => buildCombinedInicisBypass({ mobile: { preselectCard: "1" } })).toThrow(InicisValidationError);
    expect(validateInicisOptions({ pc: { showOcb: true } }).map((i) => `${i.field}:${i.code}`)).toEqual(["inicis.pc.showOcb:contract.required"]);
  });

  it("the card billing key's carduse is sent whatever the device (only the mobile module reads it; PC ignores it)", () => {
    expect(buildCombinedInicisBillingKeyBypass({ cardUse: "percard" })).toStrictEqual({ inicis_v2: { carduse: "percard" } });
    expect(buildCombinedInicisBillingKeyBypass({ mobile: { cardUse: "cocard" } })).toStrictEqual({ inicis_v2: { carduse: "cocard" } });
    expect(buildCombinedInicisBillingKeyBypass({})).toBeUndefined();
    expect(() => buildCombinedInicisBillingKeyBypass({ cardUse: "family" as "percard" })).toThrow(InicisValidationError);
  });
});

describe("per-device values (pc / mobile groups)", () => {
  it("a group overrides the shared value on its device only", () => {
    const o: InicisOptions = { hideEasyPay: true, merchantName: "공용", mobile: { hideEasyPay: false, merchantName: "모바일 상점" }, pc: { skinColor: "#112233" } };
    expect(buildInicisBypass(o, "pc")).toEqual({ inicis_v2: { acceptmethod: ["SKIN(#112233)", "noeasypay"] } });
    expect(buildInicisBypass(o, "mobile")).toEqual({ inicis_v2: { P_MNAME: "모바일 상점" } });
  });

  it("an option under the device that never reads it is ignored there (a warning), and a contract is only asked where it is sent", () => {
    const issues = validateInicisOptions({ mobile: { showOcb: true }, pc: { showOcb: true } }).map((i) => `${i.field}:${i.code}`);
    expect(issues).toEqual(["inicis.mobile.showOcb:field.ignored", "inicis.pc.showOcb:contract.required"]);
    expect(validateInicisOptions({ pc: { showOcb: true } }, "mobile").map((i) => i.code)).toEqual([]);
  });

  // issue 10, item 3. The guide's combined example (developers.portone.io, inicis-v2, "bypass 예시 코드")
  // with two corrections so that it is valid input: the guide spells the mobile merchant name
  // "P_NMANE" (a typo: the Inicis key is P_MNAME), and gives the placeholder "parentemail" as the
  // guardian's address, which is not an e-mail address.
  const GUIDE_PC = {
    logo_url: "https://portone.io/assets/portone.87061e94.avif",
    logo_2nd: "https://admin.portone.io/assets/img/auth/lock.png",
    parentemail: "parent@example.com",
    Ini_SSGPAY_MDN: "01012341234",
    acceptmethod: ["SKIN(#C1272C)", "below1000", "ocb"],
  };
  const GUIDE_MOBILE = { P_CARD_OPTION: "selcode=14", P_MNAME: "포트원", P_RESERVED: ["below1000=Y", "noeasypay=Y"] };
  const GUIDE = { inicis_v2: { ...GUIDE_PC, ...GUIDE_MOBILE } };

  it("the guide's combined bypass round-trips exactly on each device", () => {
    const options = parseInicisBypass(GUIDE);
    expect(buildInicisBypass(options, "pc")).toEqual({ inicis_v2: GUIDE_PC });
    expect(buildInicisBypass(options, "mobile")).toEqual({ inicis_v2: GUIDE_MOBILE });
    // noeasypay was sent to the mobile module only: it stays there, so PC gets no noeasypay
    expect(options).toEqual({
      skinColor: "#C1272C",
      logoUrl: GUIDE_PC.logo_url,
      subLogoUrl: GUIDE_PC.logo_2nd,
      parentEmail: "parent@example.com",
      ssgpayPhone: "01012341234",
      allowBelow1000: true,
      showOcb: true,
      preselectCard: "14",
      merchantName: "포트원",
      mobile: { hideEasyPay: true },
    });
  });

  // issue 17: a request sends this one object on every device; each Inicis module reads its own keys
  it("the guide's combined bypass is what the combined builder makes of the guide's options", () => {
    expect(buildCombinedInicisBypass(parseInicisBypass(GUIDE))).toStrictEqual(GUIDE);
    // the guide's 1,000 KRW CARD example: below1000 is already there, nothing is added
    expect(buildCombinedInicisBypass(parseInicisBypass(GUIDE), { payMethod: "CARD", totalAmount: 1000, currency: "KRW" })).toStrictEqual(GUIDE);
  });

  it("reads the guide's bypass as is: the typo P_NMANE and the placeholder e-mail are reported, by name", () => {
    const { P_MNAME: _fixed, ...mobileAsInTheGuide } = GUIDE_MOBILE;
    const read = readInicisBypass({ inicis_v2: { ...GUIDE_PC, parentemail: "parentemail", ...mobileAsInTheGuide, P_NMANE: "포트원" } });
    expect(read.issues).toEqual([{ field: "bypass.inicis_v2.P_NMANE", code: "inicis.unknownOption", severity: "error", params: {} }]);
    expect(read.options.merchantName).toBeUndefined();
    expect(validateInicisOptions(read.options).filter((i) => i.severity === "error").map((i) => `${i.field}:${i.code}`)).toEqual(["inicis.parentEmail:email.format"]);
  });

  it.each([
    { name: "an unknown key", bypass: { inicis_v2: { acceptmethod: ["ocb"], logo: "https://x.example/l.png" } }, fields: ["bypass.inicis_v2.logo"] },
    { name: "an unknown list entry", bypass: { inicis_v2: { acceptmethod: ["hidebar", "ocbx", "SKIN(red"], P_RESERVED: ["below1000"] } }, fields: ["bypass.inicis_v2.acceptmethod[1]", "bypass.inicis_v2.acceptmethod[2]", "bypass.inicis_v2.P_RESERVED[0]"] },
    { name: "a list given as a string", bypass: { inicis_v2: { acceptmethod: "below1000:ocb" } }, fields: ["bypass.inicis_v2.acceptmethod"] },
    { name: "another PG's key", bypass: { inicis_v2: {}, nice_v2: { x: 1 } }, fields: ["bypass.nice_v2"] },
    { name: "inicis_v2 that is not an object", bypass: { inicis_v2: ["below1000"] }, fields: ["bypass.inicis_v2"] },
    { name: "a bypass that is not an object", bypass: "inicis_v2", fields: ["bypass"] },
    { name: "carduse on a payment", bypass: { inicis_v2: { carduse: "percard" } }, fields: ["bypass.inicis_v2.carduse"] },
    { name: "a prototype key", bypass: JSON.parse('{"inicis_v2": {"__proto__": {"logo_url": "javascript:alert(1)"}}}') as unknown, fields: ["bypass.inicis_v2.__proto__"] },
  ])("readInicisBypass reports $name as inicis.unknownOption, naming it, and never throws", ({ bypass, fields }) => {
    const read = readInicisBypass(bypass);
    expect(read.issues.map((i) => i.field)).toEqual(fields);
    expect(read.issues.every((i) => i.code === "inicis.unknownOption" && i.severity === "error")).toBe(true);
    expect(read.options.logoUrl).toBeUndefined();
  });

  it("readInicisBypass for a card billing key knows carduse and nothing else", () => {
    expect(readInicisBypass({ inicis_v2: { carduse: "cocard" } }, "billingKey")).toEqual({ options: { cardUse: "cocard" }, issues: [] });
    expect(readInicisBypass({ inicis_v2: { acceptmethod: ["below1000"] } }, "billingKey").issues.map((i) => i.field)).toEqual(["bypass.inicis_v2.acceptmethod"]);
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

const withGroups: fc.Arbitrary<InicisOptions> = fc
  .record({ shared: options, pc: fc.option(options, { nil: undefined }), mobile: fc.option(options, { nil: undefined }) })
  .map(({ shared, pc, mobile }) => ({ ...shared, ...(pc ? { pc } : {}), ...(mobile ? { mobile } : {}) }));

describe("properties", () => {
  it.each(["pc", "mobile"] as const)("building the parse of a %s build gives the same build", (device) => {
    fc.assert(
      fc.property(withGroups, (x) => {
        const built = buildInicisBypass(x, device);
        expect(buildInicisBypass(parseInicisBypass(built), device)).toEqual(built);
      }),
      { numRuns: 300 },
    );
  });

  it("a PC build and a mobile build sent together (the guide's combined shape) parse back to each device's build", () => {
    fc.assert(
      fc.property(withGroups, (x) => {
        const pc = buildInicisBypass(x, "pc");
        const mobile = buildInicisBypass(x, "mobile");
        const combined = parseInicisBypass({ inicis_v2: { ...pc.inicis_v2, ...mobile.inicis_v2 } });
        expect(buildInicisBypass(combined, "pc")).toEqual(pc);
        expect(buildInicisBypass(combined, "mobile")).toEqual(mobile);
      }),
      { numRuns: 300 },
    );
  });

  it.each(["pc", "mobile"] as const)("a %s build holds only keys of options that reach that device", (device) => {
    const keysOf = (k: string) => {
      const enc = INICIS_OPTIONS[k as InicisOptionKey][device];
      return enc ? [enc.key] : [];
    };
    fc.assert(
      fc.property(options, (x) => {
        const allowed = new Set(Object.keys(x).flatMap(keysOf));
        for (const key of Object.keys(buildInicisBypass(x, device).inicis_v2)) expect(allowed).toContain(key);
        for (const k of Object.keys(x)) if (!optionDevices(INICIS_OPTIONS[k as InicisOptionKey]).includes(device)) expect(parseInicisBypass(buildInicisBypass(x, device))).not.toHaveProperty(k);
      }),
      { numRuns: 200 },
    );
  });

  it("validateInicisOptions and parseInicisBypass never throw on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom<Device | undefined>("pc", "mobile", undefined), (x, d) => {
        validateInicisOptions(x as InicisOptions, d);
        parseInicisBypass({ inicis_v2: x as never });
        parseInicisBypass(x as never);
        readInicisBypass(x);
        readInicisBypass({ inicis_v2: x }, "billingKey");
      }),
      { numRuns: 1000 },
    );
  });
});

// Limits, empty containers, anchors and exact objects: what Inicis receives, key for key.
describe("what each device's module receives, exactly", () => {
  const sample: Required<Omit<InicisOptions, "pc" | "mobile">> = {
    skinColor: "#C1272C",
    logoUrl: "https://a.example/l.png",
    subLogoUrl: "https://a.example/s.png",
    parentEmail: "p@a.example",
    ssgpayPhone: "01012341234",
    allowBelow1000: true,
    showOcb: true,
    cardPopup: true,
    hideProgressBar: true,
    hideEasyPay: true,
    partialInterestFree: [{ cardCode: "11", months: [2, 3] }],
    mallPointCards: ["11"],
    preselectCard: "14",
    merchantName: "포트원",
    showGlobalVisa3d: true,
    androidIntentScheme: true,
    cardUse: "percard",
  };

  it("only showOcb, partialInterestFree and mallPointCards need a contract; none of the others warns, on any device", () => {
    const contract = ["showOcb", "partialInterestFree", "mallPointCards"];
    for (const [key, value] of Object.entries(sample)) {
      const flow = key === "cardUse" ? "billingKey" : "payment";
      for (const device of [undefined, "pc", "mobile"] as const) {
        const reaches = device === undefined || optionDevices(INICIS_OPTIONS[key as InicisOptionKey]).includes(device);
        const issues = validateInicisOptions({ [key]: value }, device, { flow });
        expect(issues, `${key} on ${device}`).toStrictEqual(contract.includes(key) && reaches ? [{ field: `inicis.${key}`, code: "contract.required", severity: "warning", params: {} }] : []);
      }
    }
  });

  it("a flag that is off and an empty list send nothing: no slimquota(), no mallpoint(), no empty P_RESERVED", () => {
    const off: InicisOptions = { partialInterestFree: [], mallPointCards: [], hideEasyPay: false, allowBelow1000: false, showGlobalVisa3d: false, androidIntentScheme: false, showOcb: false };
    expect(buildInicisBypass(off, "pc")).toStrictEqual({ inicis_v2: {} });
    expect(buildInicisBypass(off, "mobile")).toStrictEqual({ inicis_v2: {} });
    expect(validateInicisOptions(off, "pc")).toStrictEqual([]);
    expect(buildInicisBypass({ partialInterestFree: [], showOcb: true }, "pc")).toStrictEqual({ inicis_v2: { acceptmethod: ["ocb"] } });
    expect(buildInicisBillingKeyBypass({}, "mobile")).toBeUndefined();
    expect(buildInicisBillingKeyBypass({ cardUse: undefined }, "mobile")).toBeUndefined();
  });

  it("a [null] plan list is refused by name, and validateInicisOptions never throws on it", () => {
    expect(validateInicisOptions({ partialInterestFree: [null] as never }, "pc")).toStrictEqual([
      { field: "inicis.partialInterestFree[0]", code: "inicis.unknownOption", severity: "error", params: {} },
      { field: "inicis.partialInterestFree", code: "contract.required", severity: "warning", params: {} },
    ]);
    expect(() => buildInicisBypass({ partialInterestFree: [null] as never }, "pc")).toThrow(InicisValidationError);
  });

  it("partial interest-free plans: 50 plans of 35 months are sent whole; one more of either is refused", () => {
    const months = Array.from({ length: 35 }, (_, i) => i + 2);
    const plans = Array.from({ length: 50 }, (_, i) => ({ cardCode: String(i + 10), months }));
    const sent = buildInicisBypass({ partialInterestFree: plans }, "pc").inicis_v2.acceptmethod!;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toBe(`slimquota(${plans.map((p) => `${p.cardCode}-${months.join(":")}`).join("^")})`);
    expect(() => buildInicisBypass({ partialInterestFree: [...plans, { cardCode: "99", months: [2] }] }, "pc")).toThrow(InicisValidationError);
    expect(() => buildInicisBypass({ partialInterestFree: [{ cardCode: "11", months: [...months, 2] }] }, "pc")).toThrow(InicisValidationError);
  });

  it("the merchant name shown on mobile: 100 characters sent as is, 101 refused", () => {
    expect(buildInicisBypass({ merchantName: "상".repeat(100) }, "mobile")).toStrictEqual({ inicis_v2: { P_MNAME: "상".repeat(100) } });
    expect(() => buildInicisBypass({ merchantName: "상".repeat(101) }, "mobile")).toThrow(InicisValidationError);
  });

  it("a logo URL of 2,048 characters is sent; 2,049 is refused", () => {
    const url = (n: number) => `https://cdn.example/${"a".repeat(n - "https://cdn.example/".length)}`;
    expect(buildInicisBypass({ logoUrl: url(2048) }, "pc")).toStrictEqual({ inicis_v2: { logo_url: url(2048) } });
    expect(validateInicisOptions({ logoUrl: url(2049) }, "pc")).toStrictEqual([{ field: "inicis.logoUrl", code: "text.tooLong", severity: "error", params: { max: 2048 } }]);
  });

  it("every card code of mallpoint is checked: one bad code among good ones is refused", () => {
    expect(validateInicisOptions({ mallPointCards: ["11", "11:ocb"] }, "pc").filter((i) => i.severity === "error")).toStrictEqual([{ field: "inicis.mallPointCards", code: "inicis.cardCode", severity: "error", params: {} }]);
    expect(() => buildInicisBypass({ mallPointCards: ["11", "11:ocb"] }, "pc")).toThrow(InicisValidationError);
    expect(buildInicisBypass({ mallPointCards: ["11", "34"] }, "pc")).toStrictEqual({ inicis_v2: { acceptmethod: ["mallpoint(11:34)"] } });
  });
});

describe("below1000, added by itself", () => {
  const acceptmethod = (ctx: Parameters<typeof buildInicisBypass>[2]) => buildInicisBypass({}, "pc", ctx).inicis_v2;
  it("for a card or easy pay under 1,000 KRW, in either spelling of KRW, or with no currency", () => {
    expect(acceptmethod({ payMethod: "CARD", totalAmount: 999 })).toStrictEqual({ acceptmethod: ["below1000"] });
    expect(acceptmethod({ payMethod: "CARD", totalAmount: 999, currency: "CURRENCY_KRW" })).toStrictEqual({ acceptmethod: ["below1000"] });
    expect(acceptmethod({ payMethod: "EASY_PAY", totalAmount: 1, currency: "KRW" })).toStrictEqual({ acceptmethod: ["below1000"] });
    expect(buildInicisBypass({}, "mobile", { payMethod: "CARD", totalAmount: 500, currency: "CURRENCY_KRW" })).toStrictEqual({ inicis_v2: { P_RESERVED: ["below1000=Y"] } });
  });
  it("not for 1,000 and up, other methods, USD (cents), other currencies, or an amount that is not a number", () => {
    for (const ctx of [
      { payMethod: "CARD", totalAmount: 1000 },
      { payMethod: "MOBILE", totalAmount: 500 },
      { payMethod: "CARD", totalAmount: 500, currency: "USD" },
      { payMethod: "CARD", totalAmount: 500, currency: "CURRENCY_USD" },
      { payMethod: "CARD", totalAmount: 500, currency: "KRWCURRENCY_" },
      { payMethod: "CARD", totalAmount: null as unknown as number },
      { payMethod: "CARD", totalAmount: "500" as unknown as number },
      { payMethod: "CARD" },
    ]) {
      expect(acceptmethod(ctx), JSON.stringify(ctx)).toStrictEqual({});
    }
    expect(acceptmethod(undefined)).toStrictEqual({});
  });
});

describe("reading a bypass back, exactly", () => {
  it("nothing in, nothing out", () => {
    expect(readInicisBypass(undefined)).toStrictEqual({ options: {}, issues: [] });
    expect(readInicisBypass(null)).toStrictEqual({ options: {}, issues: [] });
    expect(readInicisBypass({})).toStrictEqual({ options: {}, issues: [] });
    expect(parseInicisBypass(undefined)).toStrictEqual({});
  });

  it("parseInicisBypass reads the card billing key's carduse too", () => {
    expect(parseInicisBypass({ inicis_v2: { carduse: "percard" } })).toStrictEqual({ cardUse: "percard" });
    expect(parseInicisBypass({ inicis_v2: { carduse: "percard", P_MNAME: "상점" } })).toStrictEqual({ merchantName: "상점", cardUse: "percard" });
  });

  it.each([
    ["SKIN without its closing parenthesis", { acceptmethod: ["SKIN(#C1272C"] }, "acceptmethod[0]"],
    ["another name around a colour", { acceptmethod: ["ABCD(#C1272C)"] }, "acceptmethod[0]"],
    ["mallpoint with a stray letter first", { acceptmethod: ["mallpoint(x11:34)"] }, "acceptmethod[0]"],
    ["mallpoint with three digits last", { acceptmethod: ["mallpoint(11:345)"] }, "acceptmethod[0]"],
    ["slimquota with a stray letter first", { acceptmethod: ["slimquota(x11-2:3)"] }, "acceptmethod[0]"],
    ["slimquota with a stray letter last", { acceptmethod: ["slimquota(11-2:3x)"] }, "acceptmethod[0]"],
    ["slimquota with one bad plan among good ones", { acceptmethod: ["slimquota(11-2:3^xx)"] }, "acceptmethod[0]"],
    ["slimquota with one bad plan first", { acceptmethod: ["slimquota(xx^11-2:3)"] }, "acceptmethod[0]"],
    ["a card option without selcode=", { P_CARD_OPTION: "14" }, "P_CARD_OPTION"],
    ["selcode= not at the start", { P_CARD_OPTION: "xselcode=14" }, "P_CARD_OPTION"],
    ["selcode= with a second line", { P_CARD_OPTION: "selcode=14\nx" }, "P_CARD_OPTION"],
  ])("%s is not an option (never read into one, never a throw)", (_name, raw, path) => {
    expect(readInicisBypass({ inicis_v2: raw })).toStrictEqual({ options: {}, issues: [{ field: `bypass.inicis_v2.${path}`, code: "inicis.unknownOption", severity: "error", params: {} }] });
  });

  it("the wrapped options read back exactly", () => {
    expect(readInicisBypass({ inicis_v2: { acceptmethod: ["slimquota(11-2:3^34-12)", "mallpoint(11:34)", "SKIN(#c1272c)"], P_CARD_OPTION: "selcode=04" } })).toStrictEqual({
      options: { skinColor: "#c1272c", partialInterestFree: [{ cardCode: "11", months: [2, 3] }, { cardCode: "34", months: [12] }], mallPointCards: ["11", "34"], preselectCard: "04" },
      issues: [],
    });
  });
});

describe("mergeInicisOptions", () => {
  it("adds no empty device group", () => {
    expect(mergeInicisOptions({ hideEasyPay: true }, {})).toStrictEqual({ hideEasyPay: true });
    expect(mergeInicisOptions(undefined, undefined)).toStrictEqual({});
  });
  it("inicis wins over the bypass, also over a bypass value for one device, unless inicis sets that device itself", () => {
    expect(mergeInicisOptions({ mobile: { hideEasyPay: true, merchantName: "a" } }, { merchantName: "b", mobile: { merchantName: "c" } })).toStrictEqual({
      merchantName: "b",
      mobile: { hideEasyPay: true, merchantName: "c" },
    });
    expect(mergeInicisOptions({ pc: { skinColor: "#111111" }, mobile: { merchantName: "a" } }, { skinColor: "#222222" })).toStrictEqual({ skinColor: "#222222", pc: {}, mobile: { merchantName: "a" } });
  });
});
