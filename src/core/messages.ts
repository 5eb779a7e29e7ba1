import type { IssueCode, MessageLocale, Severity, ValidationIssue } from "./types";

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

const FIELD_LABELS: Record<string, { ko: string; en: string }> = {
  "customer.fullName": { ko: "구매자 이름", en: "Buyer name" },
  "customer.firstName": { ko: "구매자 이름(名)", en: "Buyer first name" },
  "customer.lastName": { ko: "구매자 성", en: "Buyer last name" },
  "customer.phoneNumber": { ko: "구매자 연락처", en: "Buyer phone number" },
  "customer.email": { ko: "구매자 이메일", en: "Buyer e-mail" },
  paymentId: { ko: "결제 ID(paymentId)", en: "Payment id (paymentId)" },
  issueId: { ko: "발급 ID(issueId)", en: "Issue id (issueId)" },
  issueName: { ko: "발급명(issueName)", en: "Issue name (issueName)" },
  orderName: { ko: "주문명(orderName)", en: "Order name (orderName)" },
  totalAmount: { ko: "결제 금액(totalAmount)", en: "Amount (totalAmount)" },
  displayAmount: { ko: "표시 금액(displayAmount)", en: "Display amount (displayAmount)" },
  currency: { ko: "통화(currency)", en: "Currency (currency)" },
  payMethod: { ko: "결제수단(payMethod)", en: "Pay method (payMethod)" },
  productType: { ko: "상품 유형(productType)", en: "Product type (productType)" },
  offerPeriod: { ko: "제공 기간(offerPeriod)", en: "Offer period (offerPeriod)" },
  channelKey: { ko: "채널 키(channelKey)", en: "Channel key (channelKey)" },
  storeId: { ko: "상점 아이디(storeId)", en: "Store id (storeId)" },
  redirectUrl: { ko: "리디렉션 URL(redirectUrl)", en: "Redirect URL (redirectUrl)" },
  "giftCertificate.giftCertificateType": { ko: "상품권 종류(giftCertificateType)", en: "Gift certificate type (giftCertificateType)" },
  "card.cardCompany": { ko: "카드사 다이렉트 호출(cardCompany)", en: "Direct card-company call (cardCompany)" },
  "card.installment.monthOption.availableMonthList": { ko: "할부 개월 목록(availableMonthList)", en: "Installment months (availableMonthList)" },
  "card.useCardPoint": { ko: "카드 포인트 사용(useCardPoint)", en: "Card points (useCardPoint)" },
  "easyPay.easyPayProvider": { ko: "간편결제 다이렉트 호출(easyPayProvider)", en: "Direct easy-pay call (easyPayProvider)" },
  vatAmount: { ko: "부가세(vatAmount)", en: "VAT (vatAmount)" },
  taxFreeAmount: { ko: "면세 금액(taxFreeAmount)", en: "Tax-free amount (taxFreeAmount)" },
  isEscrow: { ko: "에스크로(isEscrow)", en: "Escrow (isEscrow)" },
  locale: { ko: "결제창 언어(locale)", en: "Window language (locale)" },
  "offerPeriod.interval": { ko: "제공 기간 주기(offerPeriod.interval)", en: "Offer interval (offerPeriod.interval)" },
  "offerPeriod.range": { ko: "제공 기간 범위(offerPeriod.range)", en: "Offer range (offerPeriod.range)" },
  "inicis.logoUrl": { ko: "메인 로고 URL", en: "Main logo URL" },
  "inicis.subLogoUrl": { ko: "서브 로고 URL", en: "Sub logo URL" },
  "inicis.parentEmail": { ko: "보호자 이메일", en: "Guardian e-mail" },
  "inicis.ssgpayPhone": { ko: "SSGPAY 알림 휴대폰 번호", en: "SSGPAY push phone number" },
  "inicis.skinColor": { ko: "결제창 색상", en: "Window colour" },
  "inicis.partialInterestFree": { ko: "부분 무이자", en: "Partial interest-free" },
  "inicis.mallPointCards": { ko: "몰포인트 카드", en: "Mall-point cards" },
  "inicis.preselectCard": { ko: "우선 선택 카드", en: "Preselected card" },
  "inicis.merchantName": { ko: "가맹점 이름", en: "Merchant name" },
  "inicis.cardUse": { ko: "카드 구분(carduse)", en: "Card use (carduse)" },
  "card.holder": { ko: "카드", en: "Card" },
  "card.number": { ko: "카드 번호", en: "Card number" },
  "card.expiry": { ko: "유효기간", en: "Expiry date" },
  "card.birthOrBusinessRegistrationNumber": { ko: "생년월일 또는 사업자등록번호", en: "Birth date or business registration number" },
  "card.passwordTwoDigits": { ko: "비밀번호 앞 2자리", en: "First two password digits" },
};

/** The label of a field path in the given locale (the path itself when it has no label). */
export function fieldLabel(field: string, locale: MessageLocale = "ko"): string {
  const direct = FIELD_LABELS[field];
  if (direct) return direct[locale];
  const row = /^(.*)\[(\d+)\](.*)$/.exec(field);
  if (row && FIELD_LABELS[row[1] ?? ""]) return `${FIELD_LABELS[row[1] ?? ""]![locale]} #${Number(row[2]) + 1}${row[3] ?? ""}`;
  return field;
}

const ko: Record<IssueCode, Template> = {
  required: (p) => `${p.label}을(를) 입력해 주세요.`,
  "type.string": (p) => `${p.label}은(는) 문자열이어야 합니다.`,
  "type.boolean": (p) => `${p.label}은(는) true 또는 false여야 합니다.`,
  "text.tooLong": (p) => `${p.label}이(가) 너무 깁니다(최대 ${p.max}자).`,
  "name.both": (p) => `${p.label}: fullName과 firstName/lastName 중 하나만 입력해 주세요.`,
  "name.incomplete": (p) => `${p.label}: firstName과 lastName은 함께 입력해야 합니다.`,
  "name.tooLong": (p) => `${p.label}은(는) 최대 ${p.max}바이트입니다(한글 한 글자는 3바이트).`,
  "email.chars": (p) => `${p.label}: KG이니시스는 특수문자로 @와 .만 허용합니다.`,
  "email.format": (p) => `${p.label}의 형식이 올바르지 않습니다(예: buyer@example.com).`,
  "phone.format": (p) => `${p.label}의 형식이 올바르지 않습니다(예: 010-1234-5678).`,
  "id.format": (p) => `${p.label}에는 영문, 숫자와 기호(ASCII)만 쓸 수 있습니다. 한글과 공백은 쓸 수 없습니다.`,
  "id.tooLong": (p) => `${p.label}은(는) KG이니시스에서 최대 ${p.max}자입니다(현재 ${p.actual}자).`,
  "orderName.tooLong": (p) => `${p.label}이(가) ${p.max}바이트를 넘어 결제창에서 잘려 보입니다.`,
  "amount.invalid": (p) => `${p.label}은(는) 0보다 큰 정수여야 합니다.`,
  "currency.unsupported": (p) => `${p.label} ${p.value}은(는) 이 결제에서 쓸 수 없습니다(가능: ${p.allowed}).`,
  "payMethod.unsupported": (p) => `${p.label} ${p.value}은(는) KG이니시스에서 지원하지 않습니다.`,
  "card.company.unsupported": (p) => `${p.label}: 카드사 ${p.value}은(는) KG이니시스에서 지원하지 않습니다.`,
  "card.availableMonthList": (p) => `${p.label}: 카드사 다이렉트 호출에는 fixedMonth만 쓸 수 있습니다(availableMonthList 불가).`,
  "easyPay.provider.unsupported": (p) => `${p.label}: 간편결제 ${p.value}은(는) KG이니시스에서 지원하지 않습니다(가능: ${p.allowed}).`,
  "giftCertificate.type.unsupported": (p) => `${p.label}: 상품권 종류는 ${p.allowed} 중 하나여야 합니다.`,
  "productType.invalid": (p) => `${p.label}은(는) REAL 또는 DIGITAL이어야 합니다.`,
  "offerPeriod.invalid": (p) => `${p.label}에는 range와 interval 중 하나만 넣어 주세요.`,
  "offerPeriod.range": (p) => `${p.label}: range에는 from과 to가 모두 필요하며 from이 to보다 앞서야 합니다.`,
  "offerPeriod.interval": (p) => `${p.label}: KG이니시스는 interval로 1m(월) 또는 1y(연)만 허용합니다.`,
  "field.ignored": (p) => `${p.label}은(는) KG이니시스에서 무시됩니다.`,
  "field.mobileOnly": (p) => `${p.label}은(는) 모바일에서만 적용됩니다.`,
  "contract.required": (p) => `${p.label}은(는) KG이니시스와 별도 계약이 필요합니다. 계약 없이 쓰면 승인에 실패하거나 실제 결제 내용이 요청과 달라질 수 있습니다.`,
  "locale.unsupported": (p) => `${p.label}: ${p.value}은(는) 이 기기에서 지원되지 않아 무시됩니다.`,
  "url.invalid": (p) => `${p.label}은(는) 올바른 http(s) URL이어야 합니다.`,
  "url.https": (p) => `${p.label}은(는) https: 로 시작하는 절대 URL이어야 합니다.`,
  "channelKey.missing": (p) => `${p.label}이(가) 없습니다. PortOneProvider의 channelKeys 또는 channelKey를 지정해 주세요.`,
  "storeId.missing": (p) => `${p.label}이(가) 없습니다. PortOneProvider에 storeId를 지정해 주세요.`,
  "inicis.unknownOption": (p) => `${p.label}은(는) 알 수 없는 이니시스 옵션입니다.`,
  "inicis.skinColor": (p) => `${p.label}은(는) #RRGGBB 형식의 6자리 16진수여야 합니다.`,
  "inicis.cardCode": (p) => `${p.label}: 카드 코드는 두 자리 숫자여야 합니다.`,
  "inicis.months": (p) => `${p.label}: 개월 수는 2~36 사이의 정수 목록이어야 합니다.`,
  "inicis.digits": (p) => `${p.label}은(는) - 없이 숫자 ${p.min}~${p.max}자리여야 합니다.`,
  "inicis.cardUse": (p) => `${p.label}은(는) percard 또는 cocard여야 합니다.`,
  "inicis.list": (p) => `${p.label}은(는) 목록(배열)이어야 합니다.`,
  "card.number": (p) => `${p.label}가 올바르지 않습니다. 숫자를 다시 확인해 주세요.`,
  "card.expiry": (p) => `${p.label}은(는) MM/YY 형식이어야 합니다.`,
  "card.expired": (p) => `${p.label}이(가) 지난 카드입니다.`,
  "card.owner": (p) => `${p.label}: 생년월일 6자리(YYMMDD) 또는 사업자등록번호 10자리를 입력해 주세요.`,
  "card.password": (p) => `${p.label}는 숫자 2자리입니다.`,
  "date.future": (p) => `${p.label}은(는) 미래 시각이어야 합니다.`,
  "date.invalid": (p) => `${p.label}은(는) RFC 3339 / ISO 8601 시각이어야 합니다(예: 2026-12-01T09:00:00+09:00).`,
  "bank.spelling": (p) => `${p.label}: 서버 API의 은행 코드 표기를 써 주세요(예: SHINHAN_BANK가 아니라 SHINHAN).`,
  "cashReceipt.identity": (p) => `${p.label}: 소득공제용은 휴대폰 번호나 주민등록번호, 지출증빙용은 사업자등록번호를 숫자 10~13자리로 입력해 주세요(- 는 있어도 됩니다).`,
  "account.number": (p) => `${p.label}: 계좌번호는 숫자 6~20자리여야 합니다(- 와 공백은 있어도 됩니다).`,
  "cancel.exceeds": (p) => `${p.label}: 취소 금액 ${p.amount}이(가) 취소 가능 잔액 ${p.cancellable}보다 큽니다.`,
  "cancel.notPaid": (p) => `${p.label}: 결제 상태가 ${p.status}이어서 취소할 수 없습니다(PAID 또는 PARTIAL_CANCELLED만 취소할 수 있습니다).`,
  "receipt.sum": (p) => `${p.label}: 공급가액(${p.supply}) + 부가세(${p.vat}) + 면세금액(${p.taxFree}) = ${p.sum}이 총액 ${p.total}과 다릅니다.`,
  "oneOf": (p) => `${p.label}: ${p.options} 중 정확히 하나를 지정해 주세요.`,
};

const en: Record<IssueCode, Template> = {
  required: (p) => `${p.label} is required.`,
  "type.string": (p) => `${p.label} must be text.`,
  "type.boolean": (p) => `${p.label} must be true or false.`,
  "text.tooLong": (p) => `${p.label} is too long (at most ${p.max} characters).`,
  "name.both": (p) => `${p.label}: give either fullName or firstName and lastName, not both.`,
  "name.incomplete": (p) => `${p.label}: firstName and lastName go together.`,
  "name.tooLong": (p) => `${p.label} is at most ${p.max} bytes (a Hangul syllable is 3).`,
  "email.chars": (p) => `${p.label}: KG Inicis allows only @ and . as special characters.`,
  "email.format": (p) => `${p.label} is not a valid address (e.g. buyer@example.com).`,
  "phone.format": (p) => `${p.label} is not a valid Korean phone number (e.g. 010-1234-5678).`,
  "id.format": (p) => `${p.label} may hold printable ASCII only: no Hangul, no spaces.`,
  "id.tooLong": (p) => `${p.label} is at most ${p.max} characters for KG Inicis (it has ${p.actual}).`,
  "orderName.tooLong": (p) => `${p.label} is over ${p.max} bytes and will be cut in the payment window.`,
  "amount.invalid": (p) => `${p.label} must be a whole number greater than 0.`,
  "currency.unsupported": (p) => `${p.label} ${p.value} is not accepted here (allowed: ${p.allowed}).`,
  "payMethod.unsupported": (p) => `${p.label} ${p.value} is not offered by KG Inicis.`,
  "card.company.unsupported": (p) => `${p.label}: card company ${p.value} is not offered by KG Inicis.`,
  "card.availableMonthList": (p) => `${p.label}: a direct card-company call accepts fixedMonth only, not availableMonthList.`,
  "easyPay.provider.unsupported": (p) => `${p.label}: easy pay ${p.value} is not offered by KG Inicis (allowed: ${p.allowed}).`,
  "giftCertificate.type.unsupported": (p) => `${p.label}: the gift certificate type must be one of ${p.allowed}.`,
  "productType.invalid": (p) => `${p.label} must be REAL or DIGITAL.`,
  "offerPeriod.invalid": (p) => `${p.label} needs exactly one of range or interval.`,
  "offerPeriod.range": (p) => `${p.label}: range needs both from and to, with from before to.`,
  "offerPeriod.interval": (p) => `${p.label}: KG Inicis accepts only 1m (monthly) or 1y (yearly) as interval.`,
  "field.ignored": (p) => `${p.label} is ignored by KG Inicis.`,
  "field.mobileOnly": (p) => `${p.label} takes effect on mobile only.`,
  "contract.required": (p) => `${p.label} needs a separate contract with KG Inicis. Without it approval fails, or the real charge can differ from the request.`,
  "locale.unsupported": (p) => `${p.label}: ${p.value} is not supported on this device and is ignored.`,
  "url.invalid": (p) => `${p.label} must be a valid http(s) URL.`,
  "url.https": (p) => `${p.label} must be an absolute URL starting with https:.`,
  "channelKey.missing": (p) => `${p.label} is missing. Set channelKeys on PortOneProvider or pass channelKey.`,
  "storeId.missing": (p) => `${p.label} is missing. Set storeId on PortOneProvider.`,
  "inicis.unknownOption": (p) => `${p.label} is not a known Inicis option.`,
  "inicis.skinColor": (p) => `${p.label} must be a 6-digit hex colour like #C1272C.`,
  "inicis.cardCode": (p) => `${p.label}: a card code is two digits.`,
  "inicis.months": (p) => `${p.label}: months must be a list of whole numbers from 2 to 36.`,
  "inicis.digits": (p) => `${p.label} must be ${p.min} to ${p.max} digits with no dashes.`,
  "inicis.cardUse": (p) => `${p.label} must be percard or cocard.`,
  "inicis.list": (p) => `${p.label} must be a list.`,
  "card.number": (p) => `${p.label} is not valid. Please check the digits.`,
  "card.expiry": (p) => `${p.label} must be MM/YY.`,
  "card.expired": (p) => `${p.label} has passed: the card has expired.`,
  "card.owner": (p) => `${p.label}: enter a 6-digit birth date (YYMMDD) or a 10-digit business number.`,
  "card.password": (p) => `${p.label} are two digits.`,
  "date.future": (p) => `${p.label} must be in the future.`,
  "date.invalid": (p) => `${p.label} must be an RFC 3339 / ISO 8601 time (e.g. 2026-12-01T09:00:00+09:00).`,
  "bank.spelling": (p) => `${p.label}: use the server API's bank spelling (SHINHAN, not SHINHAN_BANK).`,
  "cashReceipt.identity": (p) => `${p.label}: give a phone or resident registration number (personal) or a business registration number (corporate), 10 to 13 digits (dashes are fine).`,
  "account.number": (p) => `${p.label}: an account number is 6 to 20 digits (dashes and spaces are fine).`,
  "cancel.exceeds": (p) => `${p.label}: the refund of ${p.amount} is more than the ${p.cancellable} still refundable.`,
  "cancel.notPaid": (p) => `${p.label}: the payment is ${p.status}, so it cannot be refunded (only PAID or PARTIAL_CANCELLED can).`,
  "receipt.sum": (p) => `${p.label}: supply (${p.supply}) + VAT (${p.vat}) + tax-free (${p.taxFree}) = ${p.sum}, not the item total ${p.total}.`,
  "oneOf": (p) => `${p.label}: give exactly one of ${p.options}.`,
};

const TEMPLATES: Record<MessageLocale, Record<IssueCode, Template>> = { ko, en };

/** The message for an issue code in a locale; `params.label` defaults to the field's label. */
export function messageFor(code: IssueCode, field: string, locale: MessageLocale = "ko", params: Params = {}): string {
  const table = TEMPLATES[locale] ?? ko;
  return table[code]({ label: fieldLabel(field, locale), ...params });
}

/** Builds one issue with its message already in the requested locale. */
export function makeIssue(
  field: string,
  code: IssueCode,
  severity: Severity,
  locale: MessageLocale = "ko",
  params?: Params,
): ValidationIssue {
  const issue: ValidationIssue = { field, code, severity, message: messageFor(code, field, locale, params) };
  if (params) issue.params = params;
  return issue;
}

/** Re-renders issues in another locale (for a UI whose language changed after validation). */
export function localizeIssues(issues: readonly ValidationIssue[], locale: MessageLocale): ValidationIssue[] {
  return issues.map((i) => ({ ...i, message: messageFor(i.code, i.field, locale, i.params) }));
}

/** True when any issue blocks the SDK call. */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}
