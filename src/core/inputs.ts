import type { IssueBillingKeyAndPayRequest, IssueBillingKeyRequest, PaymentRequest, ProductType } from "@portone/browser-sdk/v2";
import type { InicisBypassKeys, InicisOptions } from "./bypass";
import type { DeviceClass } from "./types";

/** Merchant data attached to a payment; any JSON-serialisable object. */
export type CustomData = Record<string, unknown>;

type MethodFields = "card" | "virtualAccount" | "transfer" | "mobile" | "giftCertificate" | "easyPay";
/** The pay method each sub-object belongs to. */
interface MethodOfField {
  card: "CARD";
  transfer: "TRANSFER";
  virtualAccount: "VIRTUAL_ACCOUNT";
  giftCertificate: "GIFT_CERTIFICATE";
  mobile: "MOBILE";
  easyPay: "EASY_PAY";
}
/**
 * The type of a sub-object given with another pay method: the compiler's message then names the
 * real mistake (`... is not assignable to type '"easyPay goes with payMethod=\"EASY_PAY\""'`).
 * It is branded onto the sub-object's own type so the values inside keep their literal types: with
 * a bare `never`, `"KAKAOPAY"` widened to `string` and the error blamed the provider's name.
 */
type MisplacedMethodField<F extends MethodFields> = `${F} goes with payMethod="${MethodOfField[F]}"` & NonNullable<PaymentRequest[F]>;
type Only<K extends MethodFields, Extra = object> = { [F in Exclude<MethodFields, K>]?: MisplacedMethodField<F> } & { [F in K]?: PaymentRequest[F] } & Extra;

/**
 * The pay-method part of a payment: `payMethod` and the one sub-object that goes with it (`card`
 * with `CARD`, `easyPay` with `EASY_PAY`, ...); `MOBILE` needs `productType`. Another method's
 * sub-object is a type error.
 */
export type PaymentMethodInput =
  | ({ payMethod: "CARD" } & Only<"card">)
  | ({ payMethod: "TRANSFER" } & Only<"transfer">)
  | ({ payMethod: "VIRTUAL_ACCOUNT" } & Only<"virtualAccount">)
  | ({ payMethod: "GIFT_CERTIFICATE" } & Only<"giftCertificate">)
  | ({ payMethod: "MOBILE" } & Only<"mobile", { productType: ProductType }>)
  | ({ payMethod: "EASY_PAY" } & Only<"easyPay">);

/**
 * Input of a payment-window payment: the SDK's `PaymentRequest` less `storeId` (from the provider),
 * with `paymentId` optional (generated per attempt), `currency` defaulting to KRW, and `inicis`
 * options (or the guide's raw `bypass: { inicis_v2 }`, read and checked the same way).
 */
export type PaymentInput = Omit<PaymentRequest, "storeId" | "paymentId" | "currency" | "payMethod" | "bypass" | "channelKey" | "customData" | MethodFields> & {
  paymentId?: string;
  currency?: PaymentRequest["currency"];
  channelKey?: string;
  customData?: CustomData;
  /** The Inicis window options; they win over `bypass` where both set one. */
  inicis?: InicisOptions;
  /** The guide's raw shape, `{ inicis_v2: { acceptmethod, P_RESERVED, ... } }`: read into options and checked. */
  bypass?: { inicis_v2?: InicisBypassKeys };
} & PaymentMethodInput;

/** Input of a card billing-key window (`requestIssueBillingKey`, `billingKeyMethod: "CARD"`). */
export type BillingKeyInput = Omit<
  IssueBillingKeyRequest,
  "storeId" | "billingKeyMethod" | "bypass" | "channelKey" | "issueName" | "customData" | "card" | "mobile" | "easyPay" | "paypal"
> & {
  issueName: string;
  channelKey?: string;
  customData?: CustomData;
  /** Only `cardUse` reaches Inicis, and only on mobile. */
  inicis?: Pick<InicisOptions, "cardUse" | "mobile">;
  /** The guide's raw shape, `{ inicis_v2: { carduse } }`. */
  bypass?: { inicis_v2?: Pick<InicisBypassKeys, "carduse"> };
};

/**
 * Input of a phone billing key issued with the first payment (`requestIssueBillingKeyAndPay`,
 * `"MOBILE"`). The SDK has no Inicis bypass for this call, so there is no `inicis` or `bypass`.
 */
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
  /** Decides what is checked (`ambiguous`: both windows' requirements), never which Inicis keys are sent. */
  device: DeviceClass;
  /** The current page; its URL without PortOne's result keys is the mobile `redirectUrl` when the input gives none. */
  pageUrl?: string | undefined;
  /** Makes ids; `createPaymentId` by default. */
  createId?: (prefix: string) => string;
}
