/**
 * The query keys PortOne adds when a mobile window redirects back (and a few it may add): removed
 * from the next attempt's `redirectUrl` and from the address bar once read.
 */
export const RESULT_KEYS: readonly string[] = [
  "paymentId",
  "txId",
  "transactionType",
  "code",
  "message",
  "pgCode",
  "pgMessage",
  "billingKey",
  "issueId",
  "paymentToken",
  "identityVerificationId",
  "identityVerificationTxId",
];

/** The URL with every PortOne result key removed from its query; the input unchanged when it is not a URL. */
export function withoutResultKeys(href: string): string {
  try {
    const url = new URL(href);
    for (const key of RESULT_KEYS) url.searchParams.delete(key);
    return url.toString();
  } catch {
    return href;
  }
}

/** True when a query string holds a PortOne result (a cheap test before anything is parsed). */
export function hasResultQuery(search: string): boolean {
  return /[?&](paymentId|billingKey|code)=/.test(search);
}
