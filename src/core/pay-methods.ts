import { checkCurrency } from "./checks";
import { asObj, type IssueCollector, shortText } from "./collect";
import { mayOpen } from "./device";
import type { DeviceClass } from "./types";

// THE tables of the KG Inicis payment window (rules section 4): one row per pay method with its
// sub-object, currencies, the fields Inicis ignores or needs a contract for, and its own checks;
// then the easy-pay providers and gift-certificate types. Names shown to people sit at the
// bottom. To add a pay method: add its row and its names, plus a test row in request-rules.test.ts.

/** One pay method of the Inicis window. */
export interface PayMethodRow {
  /** The request's sub-object for this method (`card`, `easyPay`, ...). */
  field: "card" | "transfer" | "virtualAccount" | "giftCertificate" | "mobile" | "easyPay";
  /** Currencies Inicis takes for it. */
  currencies: readonly string[];
  /** Sub-object fields Inicis ignores (a warning). */
  ignored: readonly string[];
  /** Sub-object fields ignored on PC only. */
  ignoredOnPc?: readonly string[];
  /** Sub-object fields that need a contract (a warning). */
  contract: readonly string[];
  /** Only `ANONYMOUS` cash receipts have an effect; `PERSONAL` / `CORPORATE` are ignored. */
  cashReceipt?: boolean;
  /** `productType` is required. */
  productType?: boolean;
  /** Method-specific checks of the sub-object, for the windows `device` may open. */
  check?: (out: IssueCollector, sub: Record<string, unknown>, device: DeviceClass) => void;
}

const strip = (v: unknown, prefix: string): unknown => (typeof v === "string" && v.startsWith(prefix) ? v.slice(prefix.length) : v);

/** Easy-pay providers KG Inicis offers. */
export const INICIS_EASY_PAY_PROVIDERS = ["KAKAOPAY", "NAVERPAY", "SAMSUNGPAY", "SSGPAY", "APPLEPAY", "LPAY", "TOSSPAY", "PAYCO"] as const;
/** Gift certificates KG Inicis offers. */
export const INICIS_GIFT_CERTIFICATES = ["BOOKNLIFE", "SMART_MUNSANG", "CULTURELAND"] as const;

function oneOf(out: IssueCollector, field: string, code: "easyPay.provider.unsupported" | "giftCertificate.type.unsupported", v: unknown, allowed: readonly string[]): void {
  if (!allowed.includes(v as string)) out.error(field, code, { value: shortText(v, 30), allowed: allowed.join(", ") });
}

/** The six pay methods of the KG Inicis window, with their rules. */
export const INICIS_PAY_METHOD_RULES = {
  CARD: {
    field: "card",
    currencies: ["KRW", "USD"],
    ignored: ["useAppCardOnly", "useInstallment", "useFreeInterestFromMall"],
    contract: ["cardCompany", "useCardPoint"],
    check(out, card) {
      if (strip(card.cardCompany, "CARD_COMPANY_") === "TOSS_BANK") out.error("card.cardCompany", "card.company.unsupported", { value: "TOSS_BANK" });
      if (card.cardCompany !== undefined && asObj(asObj(card.installment).monthOption).availableMonthList !== undefined) {
        out.error("card.installment.monthOption.availableMonthList", "card.availableMonthList");
      }
    },
  },
  TRANSFER: { field: "transfer", currencies: ["KRW"], ignored: ["bankCode", "customerIdentifier"], contract: [], cashReceipt: true },
  VIRTUAL_ACCOUNT: { field: "virtualAccount", currencies: ["KRW"], ignored: ["bankCode", "customerIdentifier"], contract: [], cashReceipt: true },
  GIFT_CERTIFICATE: {
    field: "giftCertificate",
    currencies: ["KRW"],
    ignored: [],
    contract: [],
    check(out, sub, device) {
      const type = strip(sub.giftCertificateType, "GIFT_CERTIFICATE_TYPE_");
      const field = "giftCertificate.giftCertificateType";
      if (type === undefined) {
        if (mayOpen(device, "mobile")) out.error(field, "required");
      } else oneOf(out, field, "giftCertificate.type.unsupported", type, INICIS_GIFT_CERTIFICATES);
    },
  },
  MOBILE: { field: "mobile", currencies: ["KRW"], ignored: ["carrier"], ignoredOnPc: ["avaliableCarriers"], contract: [], productType: true },
  EASY_PAY: {
    field: "easyPay",
    currencies: ["KRW"],
    ignored: ["useCardPoint", "customerIdentifier", "availablePayMethods", "availableCards", "useInstallment", "useFreeInterestFromMall"],
    contract: ["easyPayProvider"],
    cashReceipt: true,
    check(out, sub) {
      const provider = strip(sub.easyPayProvider, "EASY_PAY_PROVIDER_");
      if (provider !== undefined) oneOf(out, "easyPay.easyPayProvider", "easyPay.provider.unsupported", provider, INICIS_EASY_PAY_PROVIDERS);
    },
  },
} satisfies Record<string, PayMethodRow>;

/** The six pay methods of the KG Inicis payment window. */
export type InicisPayMethod = keyof typeof INICIS_PAY_METHOD_RULES;

/** The pay methods KG Inicis offers in its window. */
export const INICIS_PAY_METHODS = Object.keys(INICIS_PAY_METHOD_RULES) as InicisPayMethod[];

/** The pay method's row, or undefined for a method Inicis does not offer. */
export function payMethodRule(method: unknown): PayMethodRow | undefined {
  return typeof method === "string" && Object.prototype.hasOwnProperty.call(INICIS_PAY_METHOD_RULES, method) ? (INICIS_PAY_METHOD_RULES as Record<string, PayMethodRow>)[method] : undefined;
}

/** The currencies Inicis takes for a pay method (KRW for anything but a card). */
export function currenciesFor(method: unknown): readonly string[] {
  return payMethodRule(method)?.currencies ?? ["KRW"];
}

/** The currency is one Inicis takes for the pay method: KRW everywhere, USD for cards only. */
export function checkMethodCurrency(out: IssueCollector, field: string, currency: unknown, method: unknown, prefixed: boolean): void {
  if (currency !== undefined) checkCurrency(out, field, currency, currenciesFor(method), prefixed);
}

/** Korean and English names of the pay methods, for people (the simulated window, docs). */
export const INICIS_PAY_METHOD_NAMES: Record<InicisPayMethod, { ko: string; en: string }> = {
  CARD: { ko: "신용카드", en: "Card" },
  TRANSFER: { ko: "계좌이체", en: "Bank transfer" },
  VIRTUAL_ACCOUNT: { ko: "가상계좌", en: "Virtual account" },
  GIFT_CERTIFICATE: { ko: "상품권", en: "Gift certificate" },
  MOBILE: { ko: "휴대폰 소액결제", en: "Phone micropayment" },
  EASY_PAY: { ko: "간편결제", en: "Easy pay" },
};
