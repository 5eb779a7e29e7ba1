import type {
  IssueBillingKeyAndPayRequest,
  IssueBillingKeyRequest,
  PaymentRequest,
  ProductType,
} from "@portone/browser-sdk/v2";
import type { InicisOptions } from "./bypass";
import type { Device, MessageLocale } from "./types";

/** The six pay methods of the KG Inicis payment window. */
export type InicisPayMethod = "CARD" | "TRANSFER" | "VIRTUAL_ACCOUNT" | "GIFT_CERTIFICATE" | "MOBILE" | "EASY_PAY";

/** Merchant data attached to a payment; any JSON-serialisable object. */
export type CustomData = Record<string, unknown>;

/**
 * Input of a payment-window payment: the SDK's `PaymentRequest` less `storeId` (from the provider),
 * with `paymentId` optional (generated per attempt), `currency` defaulting to KRW, and `inicis`
 * options instead of a hand-written `bypass`.
 */
export type PaymentInput = Omit<
  PaymentRequest,
  "storeId" | "paymentId" | "currency" | "payMethod" | "bypass" | "channelKey" | "customData"
> & {
  payMethod: InicisPayMethod;
  paymentId?: string;
  currency?: PaymentRequest["currency"];
  channelKey?: string;
  customData?: CustomData;
  inicis?: InicisOptions;
};

/** Input of a card billing-key window (`requestIssueBillingKey`, `billingKeyMethod: "CARD"`). */
export type BillingKeyInput = Omit<
  IssueBillingKeyRequest,
  "storeId" | "billingKeyMethod" | "bypass" | "channelKey" | "issueName" | "customData" | "card" | "mobile" | "easyPay" | "paypal"
> & {
  issueName: string;
  channelKey?: string;
  customData?: CustomData;
  /** Only `cardUse` reaches Inicis, and only on mobile. */
  inicis?: Pick<InicisOptions, "cardUse">;
};

/** Input of a phone billing key issued with the first payment (`requestIssueBillingKeyAndPay`, `"MOBILE"`). */
export type PhoneBillingInput = Omit<
  IssueBillingKeyAndPayRequest,
  "storeId" | "paymentId" | "billingKeyAndPayMethod" | "bypass" | "channelKey" | "currency" | "customData" | "productType"
> & {
  paymentId?: string;
  /** KRW only. */
  currency?: "KRW" | "CURRENCY_KRW";
  productType: ProductType;
  channelKey?: string;
  customData?: CustomData;
};

/** What the request builders take from the provider and the page. */
export interface RequestContext {
  storeId: string;
  /** The channel key to use when the input names none (the provider's default for the flow). */
  channelKey?: string | undefined;
  device: Device;
  locale?: MessageLocale;
  /** The current page; used as `redirectUrl` on mobile when the input gives none. */
  pageUrl?: string | undefined;
  /** Makes ids; `createPaymentId` by default. */
  createId?: (prefix: string) => string;
}
