// The stand-in's payment page: where the fake script sends a mobile window (as PortOne's script
// leaves the merchant's page for KG Inicis), with three buttons that come back to the request's
// `redirectUrl` carrying the result in the query, as PortOne's redirection does.
import { CLOSED, REFUSED } from "./records";
import type { StandInPaymentInput } from "./types";

/** The three ends of a window: the buyer pays, the card is refused, the buyer closes it. */
export type Choice = "pay" | "refuse" | "close";
export const CHOICES: readonly Choice[] = ["pay", "refuse", "close"];

const TRANSACTION: Record<string, string> = { requestPayment: "PAYMENT", requestIssueBillingKey: "ISSUE_BILLING_KEY", requestIssueBillingKeyAndPay: "ISSUE_BILLING_KEY_AND_PAY" };
const escapeHtml = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The page a mobile window shows; each button POSTs to `/__pg/{token}/{choice}`. */
export function paymentPageHtml(token: string, request: Record<string, unknown>): string {
  const buttons = CHOICES.map((c) => `<form method="post" action="/__pg/${token}/${c}"><button type="submit">fake: ${c}</button></form>`).join("\n");
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>KG이니시스 (fake)</title></head>
<body><h1>KG이니시스 모바일 결제 (fake)</h1><p>${escapeHtml(request.orderName ?? "")} ${escapeHtml(request.totalAmount ?? "")} ${escapeHtml(request.currency ?? "")}</p>
${buttons}
</body></html>`;
}

/** The browser SDK's customer (`fullName`, ...) as PortOne's record keeps it (`name`, ...). */
export function recordCustomer(customer: unknown): StandInPaymentInput["customer"] {
  const c = (typeof customer === "object" && customer !== null ? customer : {}) as Record<string, unknown>;
  const name = text(c.fullName) ?? ([text(c.lastName), text(c.firstName)].filter(Boolean).join("") || undefined);
  return { ...(name && { name }), ...(text(c.email) && { email: text(c.email) }), ...(text(c.phoneNumber) && { phoneNumber: text(c.phoneNumber) }) };
}

/** What a window that ended with `choice` leaves in PortOne's records, or null (a closed window, a billing key alone). */
export function paymentOf(kind: string, request: Record<string, unknown>, choice: Choice, transactionId: string): StandInPaymentInput | null {
  if (kind === "requestIssueBillingKey" || choice === "close" || typeof request.paymentId !== "string") return null;
  const channelKey = text(request.channelKey);
  return {
    paymentId: request.paymentId,
    transactionId,
    amount: Number(request.totalAmount),
    currency: request.currency === "USD" ? "USD" : "KRW",
    ...(text(request.orderName) && { orderName: text(request.orderName) }),
    ...(text(request.storeId) && { storeId: text(request.storeId) }),
    ...(text(request.payMethod) && { payMethod: text(request.payMethod) }),
    ...(channelKey && { channelKey }),
    // the stand-in cannot ask which channel a key belongs to: a key that says "live" is LIVE
    channel: /live/i.test(channelKey ?? "") ? "LIVE" : "TEST",
    customer: recordCustomer(request.customer),
    ...(choice === "refuse" && { status: "FAILED" as const }),
  };
}

/** The address the window comes back to: the request's `redirectUrl` with PortOne's result keys. */
export function landingUrl(kind: string, request: Record<string, unknown>, choice: Choice, transactionId: string): string {
  const back = new URL(String(request.redirectUrl));
  const result: Record<string, string> = { transactionType: TRANSACTION[kind] ?? "PAYMENT", txId: transactionId };
  if (typeof request.paymentId === "string") result.paymentId = request.paymentId;
  if (kind !== "requestPayment" && choice === "pay") result.billingKey = `billing-key-${transactionId}`;
  Object.assign(result, choice === "refuse" ? REFUSED : choice === "close" ? CLOSED : {});
  for (const [k, v] of Object.entries(result)) back.searchParams.set(k, v);
  return back.toString();
}
