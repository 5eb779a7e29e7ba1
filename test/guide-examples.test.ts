import { describe, expect, it } from "vitest";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest } from "../src/core/request";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "../src/core/inputs";

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
