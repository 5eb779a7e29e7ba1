/**
 * The query keys PortOne adds when a window redirects back: exactly what PortOne's own SDKs parse
 * from a redirect (`transactionType` always, the ids, the failure's codes) and the manual-confirm
 * tokens. Only a PortOne landing loses them; any other page keeps every key it has.
 */
export const RESULT_KEYS: readonly string[] = ["paymentId", "txId", "transactionType", "billingKey", "code", "message", "pgCode", "pgMessage", "paymentToken", "billingIssueToken"];

const query = (search: string): URLSearchParams => new URLSearchParams(search.length > 100_000 ? "" : search);

/**
 * True when a query is PortOne's redirect back: `transactionType` together with `paymentId` or
 * `billingKey`. An OAuth callback (`?code=…&state=…`) or a promo code (`?code=SUMMER10`) is not.
 */
export function isPortOneLanding(search: string): boolean {
  const q = query(search);
  return !!q.get("transactionType") && !!(q.get("paymentId") || q.get("billingKey"));
}

/** The parts of a landing's query: what PortOne added, and the page's own keys. */
export interface LandingQuery {
  /** PortOne's keys (one value each). */
  result: URLSearchParams;
  /** The page's own keys, in their order: the address bar keeps these. */
  rest: URLSearchParams;
}

/**
 * Splits a landing's query into PortOne's keys and the page's own. With the `redirectUrl` that was
 * sent, PortOne's part is exactly what the landing has beyond it (so a page's own `code` or
 * `message` stays, even beside PortOne's). Without it, PortOne's part is the last value of each
 * result key (PortOne appends its keys after the page's own).
 */
export function splitLanding(search: string, sentRedirectUrl?: string): LandingQuery {
  const entries = [...query(search)];
  const taken = new Set<number>();
  let sent: [string, string][] | null = null;
  try {
    if (sentRedirectUrl !== undefined) sent = [...new URL(sentRedirectUrl, "http://x/").searchParams];
  } catch {
    sent = null;
  }
  if (sent) {
    // what the sent URL already had is the page's own; the rest came from PortOne
    const own = [...sent];
    entries.forEach(([k, v], i) => {
      const at = own.findIndex(([ok, ov]) => ok === k && ov === v);
      if (at >= 0) own.splice(at, 1);
      else taken.add(i);
    });
  } else {
    for (const key of RESULT_KEYS) {
      const at = entries.map(([k]) => k).lastIndexOf(key);
      if (at >= 0) taken.add(at);
    }
  }
  const result = new URLSearchParams();
  const rest = new URLSearchParams();
  entries.forEach(([k, v], i) => (taken.has(i) ? result.set(k, v) : rest.append(k, v)));
  return { result, rest };
}

/**
 * The URL to send as a default `redirectUrl`: the page itself. When the page is still a PortOne
 * landing, PortOne's keys come off; the page's own keys (a `code`, a `message`) always stay. The
 * input comes back unchanged when it is not a URL.
 */
export function withoutResultKeys(href: string): string {
  try {
    const url = new URL(href);
    if (isPortOneLanding(url.search)) url.search = splitLanding(url.search).rest.toString();
    return url.toString();
  } catch {
    return href;
  }
}
