/** An Inicis card code ("결제요청 시 카드코드") with its Korean and English names. */
export interface InicisCardCode {
  code: string;
  ko: string;
  en: string;
  /** Confirmed for Inicis; the others come from a PG on the same platform. */
  confirmed: boolean;
}

/** Card codes offered as suggestions; any two digits are accepted. */
export const INICIS_CARD_CODES: readonly InicisCardCode[] = [
  { code: "01", ko: "하나(외환)", en: "Hana (KEB)", confirmed: false },
  { code: "03", ko: "롯데", en: "Lotte", confirmed: false },
  { code: "04", ko: "현대", en: "Hyundai", confirmed: true },
  { code: "06", ko: "국민", en: "Kookmin", confirmed: false },
  { code: "11", ko: "BC", en: "BC", confirmed: true },
  { code: "12", ko: "삼성", en: "Samsung", confirmed: true },
  { code: "14", ko: "신한", en: "Shinhan", confirmed: true },
  { code: "21", ko: "해외 VISA", en: "VISA", confirmed: false },
  { code: "22", ko: "해외 Master", en: "Master", confirmed: false },
  { code: "23", ko: "해외 JCB", en: "JCB", confirmed: false },
  { code: "26", ko: "중국 은련", en: "UnionPay", confirmed: false },
  { code: "32", ko: "광주", en: "Gwangju", confirmed: false },
  { code: "33", ko: "전북", en: "Jeonbuk", confirmed: false },
  { code: "34", ko: "하나", en: "Hana", confirmed: true },
  { code: "35", ko: "산업", en: "KDB", confirmed: false },
  { code: "41", ko: "NH농협", en: "NH", confirmed: false },
  { code: "43", ko: "씨티", en: "Citi", confirmed: false },
  { code: "44", ko: "우리", en: "Woori", confirmed: false },
  { code: "48", ko: "신협", en: "Shinhyup", confirmed: false },
  { code: "51", ko: "수협", en: "Suhyup", confirmed: false },
  { code: "52", ko: "제주", en: "Jeju", confirmed: false },
  { code: "54", ko: "MG새마을금고", en: "MG", confirmed: false },
  { code: "55", ko: "케이뱅크", en: "K-Bank", confirmed: false },
  { code: "56", ko: "카카오뱅크", en: "Kakao Bank", confirmed: false },
  { code: "71", ko: "우체국", en: "Post office", confirmed: false },
  { code: "81", ko: "하나BC", en: "Hana BC", confirmed: false },
  { code: "95", ko: "저축은행", en: "Savings bank", confirmed: false },
];
