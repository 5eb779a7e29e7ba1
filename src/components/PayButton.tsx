import type { PaymentInput } from "../core/inputs";
import type { PaymentOutcome } from "../core/outcome";
import { formatAmount } from "../core/ui-text";
import { createFlowButton, type FlowButtonUiProps } from "./flow-button";
import { PAY_LABEL, textOf } from "./text";

/**
 * Props of {@link PayButton}: the SDK's `PaymentRequest` fields less `storeId` (from the provider),
 * `inicis` options (or the guide's raw `bypass`), and the button's own props.
 */
export type PayButtonProps = PaymentInput & FlowButtonUiProps<PaymentOutcome>;

/**
 * Opens the KG Inicis payment window (card, transfer, virtual account, gift certificate, phone
 * micropayment, easy pay). Validates for the current device first; asks for missing buyer fields
 * in a dialog; one SDK call however often it is clicked; on mobile it receives its own outcome
 * back after the redirect.
 *
 * @example
 * <PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={buyer} onSuccess={verifyOnServer} />
 */
export const PayButton = /* @__PURE__ */ createFlowButton<PaymentInput, PaymentOutcome>({
  displayName: "PayButton",
  flow: "payment",
  defaultLabel: (input, locale) => textOf(PAY_LABEL, locale)(formatAmount(input.totalAmount, input.currency ?? "KRW", locale)),
});
