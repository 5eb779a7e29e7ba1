import {
  cardCode,
  cardCodes,
  choice,
  digits,
  email,
  flag,
  hexColor,
  httpsUrl,
  type InicisPartialInterestFree,
  type OptionRow,
  param,
  plans,
  text,
  token,
  wrapped,
} from "./option-schema";

// THE table of KG Inicis window options (rules section 6). One row per option: its value kind and
// limits, whether it needs a contract, which window reads it, and how the PC module
// (`acceptmethod`, plain keys) and the mobile module (`P_*`) receive it. The ko/en label and hint
// of each row sit at the bottom of this file, in two records the type system keeps complete.
// To add an option: add its row here and its texts below, plus a test row in bypass.test.ts.

const row = <V>(r: OptionRow<V>): OptionRow<V> => r;
const ACCEPT = "acceptmethod";
const RESERVED = "P_RESERVED";

/** Every Inicis window option, in the order the PC and mobile lists send them and the editor shows them. */
export const INICIS_OPTIONS = {
  /** PC: window colour `#RRGGBB` (`acceptmethod: SKIN(#RRGGBB)`). */
  skinColor: row({ kind: hexColor, contract: false, flow: "payment", pc: wrapped<string>(ACCEPT, "SKIN", (v) => v, (t) => t) }),
  /** PC: main logo (89x18), an absolute https: URL (`logo_url`). */
  logoUrl: row({ kind: httpsUrl, contract: false, flow: "payment", pc: param("logo_url") }),
  /** PC: sub logo (64x13), an absolute https: URL (`logo_2nd`). */
  subLogoUrl: row({ kind: httpsUrl, contract: false, flow: "payment", pc: param("logo_2nd") }),
  /** PC: guardian e-mail, required by Inicis for buyers under 14 (`parentemail`). */
  parentEmail: row({ kind: email, contract: false, flow: "payment", pc: param("parentemail") }),
  /** PC: phone number that receives the SSGPAY push, digits only (`Ini_SSGPAY_MDN`). */
  ssgpayPhone: row({ kind: digits(10, 11), contract: false, flow: "payment", pc: param("Ini_SSGPAY_MDN") }),
  /** PC and mobile: allow card and easy-pay payments under 1,000 KRW (`below1000`; added automatically when needed). */
  allowBelow1000: row({ kind: flag, contract: false, flow: "payment", pc: token(ACCEPT, "below1000"), mobile: token(RESERVED, "below1000=Y") }),
  /** PC: show the OK Cashback card field (`ocb`; contract). */
  showOcb: row({ kind: flag, contract: true, flow: "payment", pc: token(ACCEPT, "ocb") }),
  /** PC: show ISP-type card windows as a popup (`paypopup`). */
  cardPopup: row({ kind: flag, contract: false, flow: "payment", pc: token(ACCEPT, "paypopup") }),
  /** PC: hide the progress bar (`hidebar`). */
  hideProgressBar: row({ kind: flag, contract: false, flow: "payment", pc: token(ACCEPT, "hidebar") }),
  /** PC and mobile: hide easy-pay choices in the card window (`noeasypay`). */
  hideEasyPay: row({ kind: flag, contract: false, flow: "payment", pc: token(ACCEPT, "noeasypay"), mobile: token(RESERVED, "noeasypay=Y") }),
  /** PC: partial interest-free plans (`slimquota(11-2:3^34-2:3)`; contract). */
  partialInterestFree: row({
    kind: plans(50, 35, 2, 36),
    contract: true,
    flow: "payment",
    pc: wrapped<InicisPartialInterestFree[]>(ACCEPT, "slimquota", (v) => v.map((p) => `${p.cardCode}-${p.months.join(":")}`).join("^"), readPlans),
  }),
  /** PC: cards offering mall points (`mallpoint(11:34)`; contract). */
  mallPointCards: row({ kind: cardCodes(50), contract: true, flow: "payment", pc: wrapped<string[]>(ACCEPT, "mallpoint", (v) => v.join(":"), (t) => (/^\d{2}(:\d{2})*$/.test(t) ? t.split(":") : undefined)) }),
  /** Mobile: card selected when the window opens, a two-digit code (`P_CARD_OPTION: selcode=14`). */
  preselectCard: row({ kind: cardCode, contract: false, flow: "payment", mobile: param<string>("P_CARD_OPTION", (v) => `selcode=${v}`, (t) => /^selcode=(.*)$/.exec(t)?.[1]) }),
  /** Mobile: merchant name shown in the window (`P_MNAME`). */
  merchantName: row({ kind: text(100), contract: false, flow: "payment", mobile: param("P_MNAME") }),
  /** Mobile: offer VISA 3D secure for foreign cards (`global_visa3d=Y`). */
  showGlobalVisa3d: row({ kind: flag, contract: false, flow: "payment", mobile: token(RESERVED, "global_visa3d=Y") }),
  /** Mobile: return to an Android app through an intent:// URL instead of a custom scheme (`apprun_check=Y`). */
  androidIntentScheme: row({ kind: flag, contract: false, flow: "payment", mobile: token(RESERVED, "apprun_check=Y") }),
  /** Mobile card billing key only: personal (`percard`) or corporate (`cocard`) cards (`carduse`). */
  cardUse: row({ kind: choice(["percard", "cocard"] as const), contract: false, flow: "billingKey", mobile: param<"percard" | "cocard">("carduse") }),
};

function readPlans(inner: string): InicisPartialInterestFree[] | undefined {
  const parts = inner.split("^").map((part) => /^(\d{2})-(\d+(?::\d+)*)$/.exec(part));
  if (parts.some((m) => !m)) return undefined;
  return parts.map((m) => ({ cardCode: m![1]!, months: m![2]!.split(":").map(Number) }));
}

/** The name of one Inicis option. */
export type InicisOptionKey = keyof typeof INICIS_OPTIONS;

/** The label and hint of an option in one language. */
export interface OptionText {
  label: string;
  hint: string;
}

/** Korean labels and hints of the options (the editor and Korean messages use them). */
export const INICIS_OPTION_TEXT_KO: Record<InicisOptionKey, OptionText> = {
  skinColor: { label: "결제창 색상 (SKIN)", hint: "#으로 시작하는 6자리 16진수, 예: #C1272C" },
  logoUrl: { label: "메인 로고 URL (logo_url)", hint: "https:// 주소, 권장 크기 89×18" },
  subLogoUrl: { label: "서브 로고 URL (logo_2nd)", hint: "https:// 주소, 권장 크기 64×13" },
  parentEmail: { label: "보호자 이메일 (parentemail)", hint: "14세 미만 구매자는 필수, 특수문자는 @와 .만" },
  ssgpayPhone: { label: "SSGPAY 알림 번호 (Ini_SSGPAY_MDN)", hint: "- 없이 숫자만, 예: 01012341234" },
  allowBelow1000: { label: "1,000원 미만 결제 허용 (below1000)", hint: "카드·간편결제 1,000원 미만이면 자동으로 켜집니다" },
  showOcb: { label: "OK캐시백 적립 창 (ocb)", hint: "카드 결제 화면에 OCB 카드번호 입력란 표시" },
  cardPopup: { label: "안심클릭 팝업 (paypopup)", hint: "안심클릭 계열 카드 창을 팝업으로 표시" },
  hideProgressBar: { label: "진행 막대 숨김 (hidebar)", hint: "카드 결제 중 진행 막대를 숨김" },
  hideEasyPay: { label: "간편결제 숨김 (noeasypay)", hint: "카드 결제 화면에서 간편결제를 숨김" },
  partialInterestFree: { label: "부분 무이자 (slimquota)", hint: "카드사 코드와 무이자 개월(2~36)" },
  mallPointCards: { label: "몰포인트 카드 (mallpoint)", hint: "두 자리 카드사 코드, 쉼표로 구분, 예: 11, 34" },
  preselectCard: { label: "우선 선택 카드 (P_CARD_OPTION)", hint: "결제창을 열 때 선택해 둘 카드사 코드" },
  merchantName: { label: "가맹점 이름 (P_MNAME)", hint: "모바일 결제창에 보이는 상점 이름" },
  showGlobalVisa3d: { label: "해외 VISA 3D 인증 (global_visa3d)", hint: "해외 카드 결제 수단을 표시" },
  androidIntentScheme: { label: "안드로이드 intent 복귀 (apprun_check)", hint: "앱 복귀에 custom scheme 대신 intent:// 사용" },
  cardUse: { label: "카드 구분, 빌링키 전용 (carduse)", hint: "percard: 개인카드만, cocard: 법인카드만" },
};

/** English labels and hints of the options. */
export const INICIS_OPTION_TEXT_EN: Record<InicisOptionKey, OptionText> = {
  skinColor: { label: "Window colour (SKIN)", hint: "Six hex digits after #, e.g. #C1272C" },
  logoUrl: { label: "Main logo URL (logo_url)", hint: "An https:// address, 89×18 recommended" },
  subLogoUrl: { label: "Sub logo URL (logo_2nd)", hint: "An https:// address, 64×13 recommended" },
  parentEmail: { label: "Guardian e-mail (parentemail)", hint: "Required for buyers under 14; only @ and . as symbols" },
  ssgpayPhone: { label: "SSGPAY push number (Ini_SSGPAY_MDN)", hint: "Digits only, e.g. 01012341234" },
  allowBelow1000: { label: "Allow under 1,000 KRW (below1000)", hint: "Turned on automatically for card and easy pay under 1,000 KRW" },
  showOcb: { label: "OK Cashback field (ocb)", hint: "Shows an OCB card-number field in the card window" },
  cardPopup: { label: "Card window as popup (paypopup)", hint: "Shows ISP-type card windows as a popup" },
  hideProgressBar: { label: "Hide progress bar (hidebar)", hint: "Hides the progress bar during card payments" },
  hideEasyPay: { label: "Hide easy pay (noeasypay)", hint: "Hides easy-pay choices in the card window" },
  partialInterestFree: { label: "Partial interest-free (slimquota)", hint: "A card code and interest-free months (2 to 36)" },
  mallPointCards: { label: "Mall-point cards (mallpoint)", hint: "Two-digit card codes separated by commas, e.g. 11, 34" },
  preselectCard: { label: "Preselected card (P_CARD_OPTION)", hint: "The card code selected when the window opens" },
  merchantName: { label: "Merchant name (P_MNAME)", hint: "The shop name shown in the mobile window" },
  showGlobalVisa3d: { label: "VISA 3D secure (global_visa3d)", hint: "Offers foreign cards" },
  androidIntentScheme: { label: "Android intent return (apprun_check)", hint: "Returns to the app through intent:// instead of a custom scheme" },
  cardUse: { label: "Card use, billing key only (carduse)", hint: "percard: personal cards only, cocard: corporate cards only" },
};
