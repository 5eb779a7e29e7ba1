import type { MessageLocale } from "./types";

/** Every label, hint and status line the components show, per locale. */
export interface UiText {
  pay: (amount: string) => string;
  phoneBilling: (amount: string) => string;
  pending: string;
  redirecting: string;
  success: string;
  failure: (message: string) => string;
  loadFailed: string;
  retry: string;
  errorSummary: string;
  required: string;
  optional: string;
  dialogTitle: string;
  dialogDescription: string;
  continue: string;
  cancel: string;
  close: string;
  fullName: string;
  firstName: string;
  lastName: string;
  phoneNumber: string;
  phoneHint: string;
  email: string;
  emailHint: string;
  registerCard: string;
  openBillingWindow: string;
  cardNumber: string;
  cardExpiry: string;
  cardExpiryHint: string;
  cardBirth: string;
  cardBirthHint: string;
  cardPassword: string;
  cardPasswordHint: string;
  cardRegistered: string;
  cardSubmitFailed: string;
  billingKeyIssued: string;
  editorPc: string;
  editorMobile: string;
  editorBoth: string;
  contractRequired: string;
  copy: string;
  copied: string;
  previewTitle: (device: string) => string;
  previewInvalid: string;
  addRow: string;
  removeRow: string;
  months: string;
  monthsHint: string;
  cardCode: string;
  cardCodeHint: string;
}

const ko: UiText = {
  pay: (a) => `${a} 결제하기`,
  phoneBilling: (a) => `휴대폰으로 ${a} 결제하고 정기결제 등록`,
  pending: "결제창이 열려 있습니다…",
  redirecting: "결제 페이지로 이동 중…",
  success: "결제가 완료되었습니다.",
  failure: (m) => `결제에 실패했습니다: ${m}`,
  loadFailed: "결제 모듈을 불러오지 못했습니다. 네트워크를 확인하고 다시 시도해 주세요.",
  retry: "다시 시도",
  errorSummary: "다음 항목을 확인해 주세요.",
  required: "필수",
  optional: "선택",
  dialogTitle: "구매자 정보",
  dialogDescription: "KG이니시스 결제에 필요한 정보를 입력해 주세요.",
  continue: "계속",
  cancel: "취소",
  close: "닫기",
  fullName: "이름",
  firstName: "이름(名)",
  lastName: "성",
  phoneNumber: "휴대폰 번호",
  phoneHint: "예: 010-1234-5678",
  email: "이메일",
  emailHint: "특수문자는 @와 .만 쓸 수 있습니다.",
  registerCard: "카드 등록",
  openBillingWindow: "카드 등록 창 열기",
  cardNumber: "카드 번호",
  cardExpiry: "유효기간",
  cardExpiryHint: "MM/YY",
  cardBirth: "생년월일 또는 사업자등록번호",
  cardBirthHint: "생년월일 6자리(YYMMDD) 또는 사업자번호 10자리",
  cardPassword: "비밀번호 앞 2자리",
  cardPasswordHint: "카드 비밀번호의 앞 두 자리",
  cardRegistered: "카드가 등록되었습니다.",
  cardSubmitFailed: "카드를 등록하지 못했습니다.",
  billingKeyIssued: "정기결제 카드가 등록되었습니다.",
  editorPc: "PC",
  editorMobile: "모바일",
  editorBoth: "PC·모바일",
  contractRequired: "별도 계약 필요",
  copy: "복사",
  copied: "복사했습니다",
  previewTitle: (d) => `${d} bypass 미리보기`,
  previewInvalid: "옵션에 오류가 있어 bypass를 만들 수 없습니다.",
  addRow: "행 추가",
  removeRow: "행 삭제",
  months: "개월",
  monthsHint: "예: 2,3",
  cardCode: "카드사 코드",
  cardCodeHint: "두 자리 숫자",
};

const en: UiText = {
  pay: (a) => `Pay ${a}`,
  phoneBilling: (a) => `Pay ${a} by phone and subscribe`,
  pending: "Payment window open…",
  redirecting: "Redirecting to the payment page…",
  success: "Payment complete.",
  failure: (m) => `Payment failed: ${m}`,
  loadFailed: "The payment module could not be loaded. Check the connection and try again.",
  retry: "Try again",
  errorSummary: "Please check the following.",
  required: "required",
  optional: "optional",
  dialogTitle: "Buyer details",
  dialogDescription: "KG Inicis needs these details to open the payment window.",
  continue: "Continue",
  cancel: "Cancel",
  close: "Close",
  fullName: "Name",
  firstName: "First name",
  lastName: "Last name",
  phoneNumber: "Mobile number",
  phoneHint: "e.g. 010-1234-5678",
  email: "E-mail",
  emailHint: "Only @ and . are allowed as special characters.",
  registerCard: "Register card",
  openBillingWindow: "Open the card window",
  cardNumber: "Card number",
  cardExpiry: "Expiry",
  cardExpiryHint: "MM/YY",
  cardBirth: "Birth date or business number",
  cardBirthHint: "6-digit birth date (YYMMDD) or 10-digit business number",
  cardPassword: "First 2 password digits",
  cardPasswordHint: "The first two digits of the card password",
  cardRegistered: "Card registered.",
  cardSubmitFailed: "The card could not be registered.",
  billingKeyIssued: "Card registered for recurring payments.",
  editorPc: "PC",
  editorMobile: "Mobile",
  editorBoth: "PC & mobile",
  contractRequired: "Contract required",
  copy: "Copy",
  copied: "Copied",
  previewTitle: (d) => `${d} bypass preview`,
  previewInvalid: "An option has an error, so no bypass can be built.",
  addRow: "Add row",
  removeRow: "Remove row",
  months: "Months",
  monthsHint: "e.g. 2,3",
  cardCode: "Card code",
  cardCodeHint: "Two digits",
};

/** The UI text of a locale (Korean by default). */
export function uiText(locale: MessageLocale = "ko"): UiText {
  return locale === "en" ? en : ko;
}

/** Formats an amount for a label: KRW as `₩1,000`; USD from cents as `$10.00`. */
export function formatAmount(amount: number, currency = "KRW", locale: MessageLocale = "ko"): string {
  const code = currency.replace(/^CURRENCY_/, "");
  const minor = code === "USD" ? 100 : 1;
  try {
    return new Intl.NumberFormat(locale === "en" ? "en-US" : "ko-KR", { style: "currency", currency: code }).format(amount / minor);
  } catch {
    return `${amount} ${code}`;
  }
}

const LOAD_CODES = new Set(["SDK_LOAD_FAILED", "SDK_LOAD_TIMEOUT", "SDK_UNAVAILABLE"]);

/** The line a component shows for a failed attempt: the load error, or the PG's own message. */
export function failureText(failure: { code: string; message: string; pgMessage?: string }, t: UiText): string {
  return LOAD_CODES.has(failure.code) ? t.loadFailed : t.failure(failure.pgMessage ?? failure.message);
}
