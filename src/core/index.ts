export { detectDevice, type NavigatorLike } from "./device";
export { validateBuyer, normalizePhoneNumber, buyerFieldsRequired, emailIssue, MAX_NAME_BYTES, type ValidateBuyerOptions } from "./buyer-rules";
export {
  validatePaymentInput,
  validateBillingKeyInput,
  validatePhoneBillingInput,
  isValidAmount,
  INICIS_PAY_METHODS,
  INICIS_EASY_PAY_PROVIDERS,
  INICIS_GIFT_CERTIFICATES,
  ORDER_NAME_MAX_BYTES,
} from "./request-rules";
export {
  buildInicisBypass,
  buildInicisBillingKeyBypass,
  validateInicisOptions,
  parseInicisBypass,
  INICIS_OPTION_INFO,
  type InicisOptions,
  type InicisOptionKey,
  type InicisOptionInfo,
  type InicisPartialInterestFree,
  type InicisBypassContext,
  type InicisPaymentBypass,
  type InicisBypassKeys,
  type ValidateInicisOptions,
} from "./bypass";
export { INICIS_CARD_CODES, type InicisCardCode } from "./card-codes";
export { buildPaymentRequest, buildIssueBillingKeyRequest, buildIssueBillingKeyAndPayRequest, type BuildResult } from "./request";
export { createPaymentId, isAsciiId, MAX_ID_LENGTH } from "./ids";
export {
  toOutcome,
  invalidOutcome,
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
} from "./outcome";
export { messageFor, fieldLabel, localizeIssues, hasErrors } from "./messages";
export { InicisValidationError, PortOneLoadError, isPortOneLoadError, type PortOneLoadErrorCode } from "./errors";
export { themeToCssVars, type Theme } from "./theme";
export { utf8Length } from "./bytes";
export type { BillingKeyInput, PaymentInput, PhoneBillingInput, RequestContext, InicisPayMethod, CustomData } from "./inputs";
export type { Device, Flow, MessageLocale, Severity, IssueCode, ValidationIssue, BuyerInput, ValidateContext } from "./types";
export { validateCardCredential, luhnValid, cardDigits, formatCardNumber, type CardCredential, type ValidateCardOptions } from "./card-rules";
export { uiText, formatAmount, type UiText } from "./ui-text";
