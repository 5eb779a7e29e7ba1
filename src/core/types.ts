import type { Customer } from "@portone/browser-sdk/v2";

/** Which Inicis module serves the buyer: the PC module or the mobile one. */
export type Device = "pc" | "mobile";

/** The three browser flows: payment window, card billing key, phone billing key with first payment. */
export type Flow = "payment" | "billingKey" | "phoneBilling";

/** Language of every message and label this library produces. */
export type MessageLocale = "ko" | "en";

/** `error` blocks the SDK call; `warning` is reported and the call goes on. */
export type Severity = "error" | "warning";

/** Every issue code the validators can produce; each has a Korean and an English message. */
export type IssueCode =
  | "required"
  | "type.string"
  | "type.boolean"
  | "text.tooLong"
  | "name.both"
  | "name.incomplete"
  | "name.tooLong"
  | "email.chars"
  | "email.format"
  | "phone.format"
  | "id.format"
  | "id.tooLong"
  | "orderName.tooLong"
  | "amount.invalid"
  | "currency.unsupported"
  | "payMethod.unsupported"
  | "card.company.unsupported"
  | "card.availableMonthList"
  | "easyPay.provider.unsupported"
  | "giftCertificate.type.unsupported"
  | "productType.invalid"
  | "offerPeriod.invalid"
  | "offerPeriod.range"
  | "offerPeriod.interval"
  | "field.ignored"
  | "field.mobileOnly"
  | "contract.required"
  | "locale.unsupported"
  | "url.invalid"
  | "url.https"
  | "channelKey.missing"
  | "storeId.missing"
  | "inicis.unknownOption"
  | "inicis.skinColor"
  | "inicis.cardCode"
  | "inicis.months"
  | "inicis.digits"
  | "inicis.cardUse"
  | "inicis.list"
  | "card.number"
  | "card.expiry"
  | "card.expired"
  | "card.owner"
  | "card.password"
  | "date.future"
  | "date.invalid"
  | "bank.spelling"
  | "receipt.sum"
  | "cashReceipt.identity"
  | "account.number"
  | "cancel.exceeds"
  | "cancel.notPaid"
  | "oneOf";

/** One finding of a validator. `field` is a dotted path into the input (`customer.email`, `inicis.logoUrl`). */
export interface ValidationIssue {
  field: string;
  code: IssueCode;
  severity: Severity;
  /** Human message in the requested locale; it always names the field. */
  message: string;
  /** Values the message was built from, so the issue can be re-rendered in another locale. */
  params?: Readonly<Record<string, string | number>>;
}

/** The buyer fields Inicis reads, with the SDK's own names. */
export type BuyerInput = Pick<Customer, "fullName" | "firstName" | "lastName" | "phoneNumber" | "email">;

/** Options shared by every validator. */
export interface ValidateContext {
  device: Device;
  /** Message language; Korean by default. */
  locale?: MessageLocale;
}
