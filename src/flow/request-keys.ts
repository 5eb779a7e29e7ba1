import { isDevelopment } from "../core/env";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "../core/inputs";
import type { Flow } from "../core/types";

// The request props of each flow, as typed lists checked against the input types: only these go
// into the SDK request. A prop on none of the lists (a typo, another library's prop) is dropped with
// a development warning. This lives in the lazily loaded engine: the button shell holds no rules.

/** Every key of every member of a union. */
type AllKeys<T> = T extends unknown ? keyof T : never;
/** Asserts at compile time that a key list names exactly the keys of `T`. */
type Exactly<T, K extends readonly PropertyKey[]> = [Exclude<AllKeys<T>, K[number]>, Exclude<K[number], AllKeys<T>>] extends [never, never] ? K : never;

const COMMON = ["orderName", "totalAmount", "currency", "paymentId", "channelKey", "taxFreeAmount", "vatAmount", "customer", "windowType", "redirectUrl", "forceRedirect", "noticeUrls", "appScheme", "products", "isCulturalExpense", "locale", "customData", "country", "productType", "offerPeriod", "storeDetails", "popup", "iframe", "mobile"] as const;
const PAYMENT = [...COMMON, "payMethod", "orderDetail", "channelGroupId", "confirmUrl", "isEscrow", "shippingAddress", "promotionId", "merpayCategoryId", "card", "virtualAccount", "transfer", "giftCertificate", "easyPay", "paypal", "alipay", "convenienceStore", "alipayPlus", "inicis", "bypass"] as const;
const BILLING = ["issueName", "issueId", "displayAmount", "currency", "channelKey", "customer", "windowType", "redirectUrl", "forceRedirect", "locale", "customData", "offerPeriod", "appScheme", "noticeUrls", "productType", "popup", "iframe", "inicis", "bypass"] as const;

/** Every request prop of PayButton / `usePayment` (the keys of `PaymentInput`). */
export const PAYMENT_KEYS: Exactly<PaymentInput, typeof PAYMENT> = PAYMENT;
/** Every request prop of PhoneBillingButton / `useIssueBillingKeyAndPay` (the keys of `PhoneBillingInput`). */
export const PHONE_BILLING_KEYS: Exactly<PhoneBillingInput, typeof COMMON> = COMMON;
/** Every request prop of BillingKeyForm's window mode / `useIssueBillingKey` (the keys of `BillingKeyInput`). */
export const BILLING_KEY_KEYS: Exactly<BillingKeyInput, typeof BILLING> = BILLING;

const KEYS: Record<Flow, readonly string[]> = { payment: PAYMENT_KEYS, billingKey: BILLING_KEY_KEYS, phoneBilling: PHONE_BILLING_KEYS };
/**
 * Keys a flow's type lacks on purpose but its validator refuses with a reason (phone billing has no
 * Inicis bypass: `bypass.unsupported`); they go on to the validator instead of being dropped quietly.
 */
const REFUSED: Partial<Record<Flow, readonly string[]>> = { phoneBilling: ["inicis", "bypass"] };
const warned = new Set<string>();

/** The input's request props of a flow; anything else is dropped, with one development warning per key. */
export function requestProps(flow: Flow, input: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof input !== "object" || input === null) return out;
  for (const key of Object.keys(input)) {
    if (KEYS[flow].includes(key) || REFUSED[flow]?.includes(key)) out[key] = (input as Record<string, unknown>)[key];
    else if (isDevelopment() && !warned.has(`${flow}.${key}`)) {
      warned.add(`${flow}.${key}`);
      console.warn(`[react-portone-inicis] "${key}" is not a ${flow} request field; it is not sent to PortOne.`);
    }
  }
  return out;
}
