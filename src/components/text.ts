import type { MessageLocale } from "../core/types";

// What the components say before any attempt (button labels, field labels), per component, so a
// page carries only the text of the components it uses. Everything said after an attempt starts
// comes with the active locale's pack (core/locales), loaded with the engine.

/** The busy labels of BillingKeyForm (the flow buttons read theirs from the locale's pack, `ui.busy`). */
export const BUTTON_TEXT = {
  ko: {
    pending: "결제창이 열려 있습니다…",
    redirecting: "결제 페이지로 이동 중…",
    verifying: "결제를 확인하고 있습니다…",
  },
  en: {
    pending: "Payment window open…",
    redirecting: "Redirecting to the payment page…",
    verifying: "Checking the payment…",
  },
};

/** PayButton's default label (one table per button, so a page carries only its buttons' text). */
export const PAY_LABEL = { ko: (a: string) => `${a} 결제하기`, en: (a: string) => `Pay ${a}` };

/** PhoneBillingButton's default label. */
export const PHONE_BILLING_LABEL = { ko: (a: string) => `휴대폰으로 ${a} 결제하고 정기결제 등록`, en: (a: string) => `Pay ${a} by phone and subscribe` };

/** Labels of the buyer fields and their markers (buyer dialog, BillingKeyForm). */
export const FIELD_TEXT = {
  ko: {
    required: "필수",
    optional: "선택",
    fullName: "이름",
    firstName: "이름(名)",
    lastName: "성",
    phoneNumber: "휴대폰 번호",
    phoneHint: "예: 010-1234-5678",
    email: "이메일",
    emailHint: "특수문자는 @와 .만 쓸 수 있습니다.",
  },
  en: {
    required: "required",
    optional: "optional",
    fullName: "Name",
    firstName: "First name",
    lastName: "Last name",
    phoneNumber: "Mobile number",
    phoneHint: "e.g. 010-1234-5678",
    email: "E-mail",
    emailHint: "Only @ and . are allowed as special characters.",
  },
};

/** The buyer-field text of a locale. */
export type FieldText = (typeof FIELD_TEXT)["ko"];

/** Picks a locale's entry of a per-locale text table (Korean by default). */
export function textOf<T>(table: { ko: T; en: T }, locale: MessageLocale): T {
  return locale === "en" ? table.en : table.ko;
}
