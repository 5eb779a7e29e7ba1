import { currencyCode } from "../core/checks";
import { own } from "../core/collect";
import { failureOutcome, type Outcome, type PaymentSuccess, type VirtualAccountIssuedOutcome } from "../core/outcome";
import { VERIFY_VERDICTS, type VerifyRequestBody, type VerifyResponseBody } from "../core/verify-contract";

// Asks the merchant's server (their `verify` route) about a payment the SDK or a landing reported.
// Only its `{ ok: true, verdict: "paid" }` for the same amount and currency makes a success.

/** What the attempt asked for, to compare with the server's answer. */
export interface Expected {
  amount: number;
  currency?: string | undefined;
}


/** Reads an answer as the contract's body; null when it is not one. */
function asVerification(body: unknown): VerifyResponseBody | null {
  const verdict = own(body, "verdict");
  return typeof own(body, "ok") === "boolean" && (VERIFY_VERDICTS as readonly unknown[]).includes(verdict) ? (body as VerifyResponseBody) : null;
}

/** A reported payment that is an issued virtual account: not paid until the buyer deposits. */
function issued(outcome: PaymentSuccess, verification?: VerifyResponseBody): VirtualAccountIssuedOutcome {
  const out: VirtualAccountIssuedOutcome = { status: "virtualAccountIssued", flow: "payment", paymentId: outcome.paymentId };
  if (outcome.txId) out.txId = outcome.txId;
  if (verification?.verdict === "virtual-account-issued" && verification.virtualAccount) out.virtualAccount = verification.virtualAccount;
  if (verification) out.verification = verification;
  return out;
}

/**
 * Verifies a reported success with `verifyUrl` (none or false: the outcome stands). Billing keys
 * have no payment to verify. `onVerifying` runs just before the request goes out. A virtual
 * account is never a success by itself: the window reports it issued, not paid.
 */
export async function verifyOutcome(outcome: Outcome, verifyUrl: string | false | undefined, expected: Expected | undefined, onVerifying: () => void, payMethod?: string): Promise<Outcome> {
  if (outcome.status !== "success" || outcome.flow === "billingKey") return outcome;
  const account = payMethod === "VIRTUAL_ACCOUNT" && outcome.flow === "payment";
  if (!verifyUrl) return account ? issued(outcome as PaymentSuccess) : outcome;
  onVerifying();
  const ids: VerifyRequestBody = outcome.txId ? { paymentId: outcome.paymentId, txId: outcome.txId } : { paymentId: outcome.paymentId };
  let verification: VerifyResponseBody | null;
  try {
    const response = await fetch(verifyUrl, { method: "POST", headers: { "content-type": "application/json" }, credentials: "same-origin", body: JSON.stringify(ids) });
    verification = asVerification(await response.json());
  } catch {
    verification = null;
  }
  if (!verification) return failureOutcome(outcome.flow, "VERIFY_UNREACHABLE", `The payment could not be verified: ${verifyUrl} did not answer with a verdict.`, { ...ids });
  const v = verification as VerifyResponseBody & { amount?: unknown; currency?: unknown };
  const mismatch =
    expected !== undefined &&
    ((typeof v.amount === "number" && v.amount !== expected.amount) || (typeof v.currency === "string" && currencyCode(v.currency) !== currencyCode(expected.currency)));
  if (verification.verdict === "virtual-account-issued" && !mismatch && outcome.flow === "payment") return issued(outcome, verification);
  if (!verification.ok || verification.verdict !== "paid" || mismatch) {
    const refused = failureOutcome(outcome.flow, "VERIFY_REFUSED", `Your server did not confirm the payment (${mismatch ? "amount-mismatch" : verification.verdict}).`, { ...ids });
    refused.verification = mismatch && verification.ok ? { ok: false, verdict: "amount-mismatch", paymentId: outcome.paymentId } : verification;
    return refused;
  }
  return { ...outcome, verification };
}
