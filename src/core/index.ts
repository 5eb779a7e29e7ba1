export { detectDevice, classifyDevice, windowsFor, mayOpen, type NavigatorLike } from "./device";
export { validateBuyer, buyerFieldsRequired, type ValidateBuyerOptions } from "./buyer-rules";
export {
  normalizePhoneNumber,
  emailIssue,
  redactCardNumbers,
  isAsciiId,
  isValidAmount,
  MAX_ID_LENGTH,
  MAX_NAME_BYTES,
} from "./checks";
export { validatePaymentInput, validateBillingKeyInput, validatePhoneBillingInput, ORDER_NAME_MAX_BYTES } from "./request-rules";
export {
  INICIS_PAY_METHOD_RULES,
  INICIS_PAY_METHODS,
  INICIS_PAY_METHOD_NAMES,
  INICIS_EASY_PAY_PROVIDERS,
  INICIS_GIFT_CERTIFICATES,
  currenciesFor,
  type InicisPayMethod,
  type PayMethodRow,
} from "./pay-methods";
export {
  buildCombinedInicisBypass,
  buildCombinedInicisBillingKeyBypass,
  buildInicisBypass,
  buildInicisBillingKeyBypass,
  validateInicisOptions,
  parseInicisBypass,
  readInicisBypass,
  type InicisOptions,
  type InicisBypassContext,
  type InicisPaymentBypass,
  type InicisBypassKeys,
  type ValidateInicisOptions,
  type ReadBypass,
} from "./bypass";
export { INICIS_OPTIONS, INICIS_OPTION_TEXT_KO, INICIS_OPTION_TEXT_EN, type InicisOptionKey, type OptionText } from "./inicis-options";
export { optionDevices, type InicisPartialInterestFree, type OptionRow, type OptionKind, type OptionEncoding, type OptionControl, type OptionSchema, type OptionValues, type DeviceOptionValues } from "./option-schema";
export { INICIS_CARD_CODES, type InicisCardCode } from "./card-codes";
export { buildPaymentRequest, buildIssueBillingKeyRequest, buildIssueBillingKeyAndPayRequest, type BuildResult } from "./request";
export { createPaymentId } from "./ids";
export {
  toOutcome,
  invalidOutcome,
  cancelledOutcome,
  parseRedirectResult,
  type Outcome,
  type OutcomeOf,
  type OutcomeContext,
  type PaymentOutcome,
  type BillingKeyOutcome,
  type PhoneBillingOutcome,
  type PaymentSuccess,
  type BillingKeySuccess,
  type PhoneBillingSuccess,
  type FailureOutcome,
  type InvalidOutcome,
  type CancelledOutcome,
  type VirtualAccountIssuedOutcome,
  type Verification,
} from "./outcome";
export { VERIFY_VERDICTS, type VerifyVerdict, type VerifyRequestBody, type VerifyResponseBody, type VirtualAccountInstructions } from "./verify-contract";
export type { LibraryFailureCode, CancelCode } from "./codes";
export { RESULT_KEYS, withoutResultKeys } from "./redirect";
export { formatIssue, localizeIssues, fieldLabel, type MessagePack, type MessageParams } from "./format";
export { hasErrors } from "./collect";
export { InicisValidationError, PortOneLoadError, isPortOneLoadError, type PortOneLoadErrorCode } from "./errors";
export { themeToCssVars, type Theme } from "./theme";
export { utf8Length } from "./bytes";
export type { BillingKeyInput, PaymentInput, PhoneBillingInput, RequestContext, CustomData } from "./inputs";
export type { Device, DeviceClass, Flow, MessageLocale, Severity, IssueCode, IssueParams, ValidationIssue, LocalizedIssue, BuyerInput, ValidateContext } from "./types";
export { validateCardCredential, luhnValid, cardDigits, formatCardNumber, type CardCredential, type ValidateCardOptions } from "./card-rules";
export { formatAmount } from "./ui-text";
