/**
 * react-portone-inicis: React components and hooks for KG Inicis payments on PortOne V2.
 * @packageDocumentation
 */
export * from "./core/index";
export type { PortOneSdk } from "./sdk/port";
export { createPortOneSdk, type PortOneSdkOptions } from "./sdk/portone";
export { loadPortOneScript, PORTONE_SDK_URL, type LoadScriptOptions } from "./sdk/loader";
export {
  PortOneProvider,
  usePortOne,
  useDevice,
  type PortOneProviderProps,
  type PortOneContextValue,
  type ChannelKeys,
  type SdkLoadStatus,
} from "./react/context";
export { usePayment, useIssueBillingKey, useIssueBillingKeyAndPay } from "./react/hooks";
export type { FlowHook, FlowHookOptions, FlowStatus, DialogRequest } from "./react/useFlow";
export { usePaymentRedirect, type PaymentRedirectOptions } from "./react/usePaymentRedirect";
export {
  useBuyerForm,
  type BuyerForm,
  type BuyerFormOptions,
  type BuyerField,
  type BuyerFieldProps,
  type BuyerValues,
} from "./react/useBuyerForm";
export { PayButton, type PayButtonProps } from "./components/PayButton";
export { PhoneBillingButton, type PhoneBillingButtonProps } from "./components/PhoneBillingButton";
export { BillingKeyForm, type BillingKeyFormProps, type CardSubmission } from "./components/BillingKeyForm";
export { InicisBypassEditor, type InicisBypassEditorProps } from "./components/InicisBypassEditor";
export { FlowDialog, type FlowDialogProps } from "./components/FlowDialog";
export { VirtualAccountDetails, type VirtualAccountDetailsProps } from "./components/VirtualAccountDetails";
export type { FlowButtonUiProps, FlowButtonDomProps, SuccessOf, NotSuccessOf, CancelledOf, VirtualAccountIssuedOf } from "./components/flow-button";
export type { ButtonState } from "./components/status";
