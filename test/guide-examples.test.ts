import { describe, expect, it } from "vitest";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest } from "../src/core/request";
import { buildCombinedInicisBypass, buildInicisBypass, type InicisOptions } from "../src/core/bypass";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "../src/core/inputs";
import type { DeviceClass } from "../src/core/types";

// The three browser examples of the user's guide (seed-kg-inicis-portone-v2.txt), as printed there,
// fed through the request builders and compared with the guide's object field by field. Where the
// guide breaks its own rules, the smallest fix is applied, named, and the unfixed example is shown to
// be refused with the matching issue.

const STORE = "store-4ff4af41-85e3-4559-8eb8-0d08a2c6ceec";
const guideCustomer = { fullName: "포트원", phoneNumber: "010-0000-1234", email: "test@portone.io" };
// `payment${crypto.randomUUID()}`: 7 + 36 = 43 characters
const guideId = "payment0f8c2a44-3b1e-4c55-9a2d-7e61b0c9d3aa";

function sameFields(request: object, guide: Record<string, unknown>): void {
  // every field the guide sends arrives as the guide wrote it, and nothing is added on PC
  expect(Object.keys(request).sort()).toEqual(Object.keys(guide).sort());
  for (const [key, value] of Object.entries(guide)) expect({ [key]: (request as Record<string, unknown>)[key] }).toEqual({ [key]: value });
}

describe("the guide's requestPayment example", () => {
  const guide = {
    storeId: STORE,
    channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d",
    paymentId: guideId,
    orderName: "나이키 와플 트레이너 2 SD",
    totalAmount: 1000,
    currency: "CURRENCY_KRW",
    payMethod: "CARD",
    customer: guideCustomer,
  } as const;
  const { storeId: _s, ...input } = guide;

  it("as printed is refused: its paymentId is 43 characters and Inicis takes at most 40", () => {
    expect(guideId).toHaveLength(43);
    const built = buildPaymentRequest(input as PaymentInput, { storeId: STORE, device: "pc" });
    expect(built.ok).toBe(false);
    expect(built.issues.filter((i) => i.severity === "error").map((i) => `${i.field}:${i.code}`)).toEqual(["paymentId:id.tooLong"]);
  });

  it("with a 40-character paymentId (the one fix), every field reaches the SDK as the guide wrote it", () => {
    const paymentId = guideId.slice(0, 40);
    const built = buildPaymentRequest({ ...input, paymentId } as PaymentInput, { storeId: STORE, device: "pc" });
    expect(built.ok).toBe(true);
    if (built.ok) sameFields(built.request, { ...guide, paymentId });
  });
});

describe("the guide's requestIssueBillingKey example", () => {
  const guide = {
    storeId: STORE,
    channelKey: "channel-key-3b37819a-1c72-4deb-a245-8c810af5403d",
    billingKeyMethod: "CARD",
    issueId: "test-issueId",
    issueName: "test-issueName",
    customer: guideCustomer,
  } as const;
  const { storeId: _s, billingKeyMethod: _m, ...input } = guide;

  it("on PC reaches the SDK field by field as printed (billingKeyMethod CARD set by the builder)", () => {
    const built = buildIssueBillingKeyRequest(input as BillingKeyInput, { storeId: STORE, device: "pc" });
    expect(built.ok).toBe(true);
    if (built.ok) sameFields(built.request, guide);
  });

  it("on mobile it lacks offerPeriod, which the guide itself requires there; with it, the rest is unchanged", () => {
    const refused = buildIssueBillingKeyRequest(input as BillingKeyInput, { storeId: STORE, device: "mobile", pageUrl: "https://shop.example/card" });
    expect(refused.issues.filter((i) => i.severity === "error").map((i) => `${i.field}:${i.code}`)).toEqual(["offerPeriod:required"]);
    const built = buildIssueBillingKeyRequest({ ...input, offerPeriod: { interval: "1m" } } as BillingKeyInput, { storeId: STORE, device: "mobile", pageUrl: "https://shop.example/card" });
    expect(built.ok).toBe(true);
    if (built.ok) sameFields(built.request, { ...guide, offerPeriod: { interval: "1m" }, redirectUrl: "https://shop.example/card" });
  });
});

describe("the guide's requestIssueBillingKeyAndPay example", () => {
  const guide = {
    storeId: STORE,
    channelKey: "channel-key-3b37819a-1c72-4deb-a245-8c810af5403d",
    billingKeyAndPayMethod: "PHONE",
    totalAmount: 1000,
    currency: "KRW",
    paymentId: "test-paymentId",
    orderName: "test-orderName",
    customer: guideCustomer,
  } as const;
  const { storeId: _s, billingKeyAndPayMethod: _m, ...input } = guide;

  it("as printed lacks productType, which PortOne's Inicis page requires for this call", () => {
    const built = buildIssueBillingKeyAndPayRequest(input as unknown as PhoneBillingInput, { storeId: STORE, device: "pc" });
    expect(built.issues.filter((i) => i.severity === "error").map((i) => `${i.field}:${i.code}`)).toEqual(["productType:required"]);
  });

  it('with productType added, every field arrives as printed but "PHONE", which the SDK does not accept: it is "MOBILE"', () => {
    const built = buildIssueBillingKeyAndPayRequest({ ...input, productType: "DIGITAL" } as PhoneBillingInput, { storeId: STORE, device: "pc" });
    expect(built.ok).toBe(true);
    if (built.ok) sameFields(built.request, { ...guide, billingKeyAndPayMethod: "MOBILE", productType: "DIGITAL" });
  });
});

// issue 17: PortOne's script picks the PC or mobile window by its own rule, so what a CARD payment
// sends must not depend on the library's guess of the device. The guide's combined bypass example,
// with the two corrections named in src/core/bypass.test.ts (its typo P_NMANE is P_MNAME, and its
// placeholder "parentemail" is not an address), is the object sent on every device.
describe("the guide's combined bypass example", () => {
  const GUIDE_BYPASS = {
    inicis_v2: {
      logo_url: "https://portone.io/assets/portone.87061e94.avif",
      logo_2nd: "https://admin.portone.io/assets/img/auth/lock.png",
      parentemail: "parent@example.com",
      Ini_SSGPAY_MDN: "01012341234",
      acceptmethod: ["SKIN(#C1272C)", "below1000", "ocb"],
      P_CARD_OPTION: "selcode=14",
      P_MNAME: "포트원",
      P_RESERVED: ["below1000=Y", "noeasypay=Y"],
    },
  };
  // the same options written as InicisOptions: noeasypay only on mobile, as the guide sends it
  const GUIDE_OPTIONS: InicisOptions = {
    logoUrl: "https://portone.io/assets/portone.87061e94.avif",
    subLogoUrl: "https://admin.portone.io/assets/img/auth/lock.png",
    parentEmail: "parent@example.com",
    ssgpayPhone: "01012341234",
    skinColor: "#C1272C",
    allowBelow1000: true,
    showOcb: true,
    preselectCard: "14",
    merchantName: "포트원",
    mobile: { hideEasyPay: true },
  };
  const card = { payMethod: "CARD", orderName: "나이키 와플 트레이너 2 SD", totalAmount: 1000, customer: guideCustomer } as const;
  const ctx = (device: DeviceClass) => ({ storeId: STORE, channelKey: "channel-key-9987cb87-6458-4888-b94e-68d9a2da896d", device, pageUrl: "https://shop.example/pay" });

  it.each(["pc", "mobile", "ambiguous"] as const)("%s: a CARD payment with the guide's options sends the guide's object, field by field", (device) => {
    for (const given of [{ inicis: GUIDE_OPTIONS }, { bypass: GUIDE_BYPASS }]) {
      const built = buildPaymentRequest({ ...card, ...given }, ctx(device));
      expect(built.ok).toBe(true);
      if (!built.ok) continue;
      const sent = built.request.bypass as { inicis_v2: Record<string, unknown> };
      expect(Object.keys(sent)).toEqual(["inicis_v2"]);
      expect(Object.keys(sent.inicis_v2).sort()).toEqual(Object.keys(GUIDE_BYPASS.inicis_v2).sort());
      for (const [key, value] of Object.entries(GUIDE_BYPASS.inicis_v2)) expect({ [key]: sent.inicis_v2[key] }).toEqual({ [key]: value });
    }
  });

  it("the PC keys and the mobile keys are each what that device's view gives", () => {
    const pc = buildInicisBypass(GUIDE_OPTIONS, "pc").inicis_v2;
    const mobile = buildInicisBypass(GUIDE_OPTIONS, "mobile").inicis_v2;
    expect({ ...pc, ...mobile }).toEqual(GUIDE_BYPASS.inicis_v2);
    expect(buildCombinedInicisBypass(GUIDE_OPTIONS)).toEqual(GUIDE_BYPASS);
  });
});

// issue 17: a card payment under 1,000 KRW is refused by whichever window opens without its own below1000
describe("a 900 KRW card payment", () => {
  it.each(["pc", "mobile", "ambiguous"] as const)("%s: sends below1000 (PC) and below1000=Y (mobile)", (device) => {
    const built = buildPaymentRequest({ payMethod: "CARD", orderName: "껌", totalAmount: 900, customer: guideCustomer }, { storeId: STORE, channelKey: "channel-key-1", device, pageUrl: "https://shop.example/pay" });
    expect(built.ok && built.request.bypass).toStrictEqual({ inicis_v2: { acceptmethod: ["below1000"], P_RESERVED: ["below1000=Y"] } });
  });
});
