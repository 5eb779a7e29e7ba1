// The banks of PortOne's server API, one row each. The table is checked both ways against the
// server SDK's `Bank` union (`satisfies` refuses a missing bank and an extra one), so upgrading
// @portone/server-sdk to a version with another bank is a compile error here until its row is added.
import type { Common } from "@portone/server-sdk";

/** The named members of a union that also admits any string (`"A" | "B" | (string & {})`). */
type Named<T> = T extends string ? (string extends T ? never : T) : never;
/** The banks the server SDK names; its `Bank` type also admits any other string, for banks added later. */
type KnownBank = Named<Common.Bank>;

const BANKS = {
  BANK_OF_KOREA: true, // 한국은행
  KDB: true, // 산업은행
  IBK: true, // 기업은행
  KOOKMIN: true, // 국민은행
  SUHYUP: true, // 수협은행
  KEXIM: true, // 수출입은행
  NONGHYUP: true, // NH농협은행
  LOCAL_NONGHYUP: true, // 지역농축협
  WOORI: true, // 우리은행
  STANDARD_CHARTERED: true, // SC제일은행
  CITI: true, // 한국씨티은행
  SUHYUP_FEDERATION: true, // 수협중앙회
  DAEGU: true, // 아이엠뱅크
  BUSAN: true, // 부산은행
  KWANGJU: true, // 광주은행
  JEJU: true, // 제주은행
  JEONBUK: true, // 전북은행
  KYONGNAM: true, // 경남은행
  KFCC: true, // 새마을금고
  SHINHYUP: true, // 신협
  SAVINGS_BANK: true, // 저축은행
  MORGAN_STANLEY: true, // 모간스탠리은행
  HSBC: true, // HSBC은행
  DEUTSCHE: true, // 도이치은행
  JPMC: true, // 제이피모간체이스은행
  MIZUHO: true, // 미즈호은행
  MUFG: true, // 엠유에프지은행
  BANK_OF_AMERICA: true, // BOA은행
  BNP_PARIBAS: true, // 비엔피파리바은행
  ICBC: true, // 중국공상은행
  BANK_OF_CHINA: true, // 중국은행
  NFCF: true, // 산림조합중앙회
  UOB: true, // 대화은행
  BOCOM: true, // 교통은행
  CCB: true, // 중국건설은행
  POST: true, // 우체국
  KODIT: true, // 신용보증기금
  KIBO: true, // 기술보증기금
  HANA: true, // 하나은행
  SHINHAN: true, // 신한은행
  K_BANK: true, // 케이뱅크
  KAKAO: true, // 카카오뱅크
  TOSS: true, // 토스뱅크
  MISC_FOREIGN: true, // 기타 외국계은행(중국 농업은행 등)
  SGI: true, // 서울보증보험
  KCIS: true, // 한국신용정보원
  YUANTA_SECURITIES: true, // 유안타증권
  KB_SECURITIES: true, // KB증권
  SANGSANGIN_SECURITIES: true, // 상상인증권
  HANYANG_SECURITIES: true, // 한양증권
  LEADING_SECURITIES: true, // 리딩투자증권
  BNK_SECURITIES: true, // BNK투자증권
  IBK_SECURITIES: true, // IBK투자증권
  DAOL_SECURITIES: true, // 다올투자증권
  MIRAE_ASSET_SECURITIES: true, // 미래에셋증권
  SAMSUNG_SECURITIES: true, // 삼성증권
  KOREA_SECURITIES: true, // 한국투자증권
  NH_SECURITIES: true, // NH투자증권
  KYOBO_SECURITIES: true, // 교보증권
  HI_SECURITIES: true, // 하이투자증권
  HYUNDAI_MOTOR_SECURITIES: true, // 현대차증권
  KIWOOM_SECURITIES: true, // 키움증권
  EBEST_SECURITIES: true, // LS증권
  SK_SECURITIES: true, // SK증권
  DAISHIN_SECURITIES: true, // 대신증권
  HANHWA_SECURITIES: true, // 한화투자증권
  HANA_SECURITIES: true, // 하나증권
  TOSS_SECURITIES: true, // 토스증권
  SHINHAN_SECURITIES: true, // 신한투자증권
  DB_SECURITIES: true, // DB금융투자
  EUGENE_SECURITIES: true, // 유진투자증권
  MERITZ_SECURITIES: true, // 메리츠증권
  KAKAO_PAY_SECURITIES: true, // 카카오페이증권
  BOOKOOK_SECURITIES: true, // 부국증권
  SHINYOUNG_SECURITIES: true, // 신영증권
  CAPE_SECURITIES: true, // 케이프투자증권
  KOREA_SECURITIES_FINANCE: true, // 한국증권금융
  KOREA_FOSS_SECURITIES: true, // 한국포스증권
  WOORI_INVESTMENT_BANK: true, // 우리종합금융
} satisfies Record<KnownBank, true>;

/** A bank code of the server API (`SHINHAN`, `K_BANK`, ...; not the browser SDK's `SHINHAN_BANK`). */
export function isServerBank(v: string): v is KnownBank {
  return (BANKS as Record<string, unknown>)[v] === true;
}
