import type {
  IssueBillingKeyAndPayRequest,
  IssueBillingKeyAndPayResponse,
  IssueBillingKeyRequest,
  IssueBillingKeyResponse,
  PaymentRequest,
  PaymentResponse,
} from "@portone/browser-sdk/v2";

/**
 * The port between this library and PortOne: the three browser-SDK calls with the SDK's own
 * signatures, plus `preload()`. The real adapter and the sandbox both implement it, and so can a
 * merchant's own test double.
 */
export interface PortOneSdk {
  /** Makes sure the SDK can be called; rejects with a retryable `PortOneLoadError` when it cannot be loaded. */
  preload(): Promise<void>;
  requestPayment(request: PaymentRequest): Promise<PaymentResponse | undefined>;
  requestIssueBillingKey(request: IssueBillingKeyRequest): Promise<IssueBillingKeyResponse | undefined>;
  requestIssueBillingKeyAndPay(request: IssueBillingKeyAndPayRequest): Promise<IssueBillingKeyAndPayResponse>;
}
