import type { Customer } from "@portone/browser-sdk/v2";

/** Which Inicis module serves the buyer: the PC module or the mobile one. */
export type Device = "pc" | "mobile";

/**
 * What the library knows of the buyer's device: one of the two Inicis modules, or `ambiguous`
 * when PortOne's script may open either window (an Android tablet, an iPad asking for desktop
 * sites); an ambiguous device is checked against both windows' requirements.
 */
export type DeviceClass = Device | "ambiguous";

/** The three browser flows: payment window, card billing key, phone billing key with first payment. */
export type Flow = "payment" | "billingKey" | "phoneBilling";

/** Language of every message and label this library produces. */
export type MessageLocale = "ko" | "en";

/** `error` blocks the SDK call; `warning` is reported and the call goes on. */
export type Severity = "error" | "warning";

/**
 * Every issue code the validators can produce. Each locale pack (`react-portone-inicis/locales/ko`,
 * `.../en`) has one message per code, and `docs/codes.md` one row.
 */
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
  | "inicis.choice"
  | "inicis.list"
  | "inicis.cardCodes.tooMany"
  | "inicis.plans.tooMany"
  | "bypass.unsupported"
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

/** The values an issue's message is built from (`{ max: 40 }`, `{ allowed: "KRW, USD" }`). */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One finding of a validator, as data: `field` is a dotted path into the input (`customer.email`,
 * `inicis.logoUrl`), `code` says what is wrong, `params` the values a message needs. Turn it into
 * a sentence with `formatIssue(issue, pack)` and a locale pack.
 */
export interface ValidationIssue {
  field: string;
  code: IssueCode;
  severity: Severity;
  params: IssueParams;
}

/** An issue with its sentence in one locale: what components show and what `onFailure` receives. */
export interface LocalizedIssue extends ValidationIssue {
  /** The sentence, naming the field, in the provider's (or the formatter's) locale. */
  message: string;
}

/** The buyer fields Inicis reads, with the SDK's own names. */
export type BuyerInput = Pick<Customer, "fullName" | "firstName" | "lastName" | "phoneNumber" | "email">;

/** Options shared by every validator. */
export interface ValidateContext {
  /** The buyer's device; `ambiguous` checks against both windows' requirements. */
  device: DeviceClass;
}
