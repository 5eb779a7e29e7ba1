import { useEffect, useRef, useState } from "react";
import { parseRedirectResult, type Outcome } from "../core/outcome";

const REDIRECT_KEYS = ["paymentId", "txId", "billingKey", "transactionType", "code", "message", "pgCode", "pgMessage"];

/** Options of {@link usePaymentRedirect}. */
export interface PaymentRedirectOptions {
  /** Remove PortOne's query parameters from the address bar (with `history.replaceState`) once read. */
  stripQuery?: boolean;
  /**
   * The query to read instead of `location.search`: for routers that hand you the search params
   * (Next.js `useSearchParams().toString()`), for tests, and for demos.
   */
  search?: string;
}

/**
 * On the page a mobile payment window redirects back to, reads the query once after mount and
 * returns the outcome (null while rendering on the server, before mount, or when there is none).
 * Confirm a success on your server before fulfilling the order.
 */
export function usePaymentRedirect(options: PaymentRedirectOptions = {}): Outcome | null {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const read = useRef(false);
  const strip = options.stripQuery === true;
  const given = options.search;
  useEffect(() => {
    if (read.current) return;
    read.current = true;
    const result = parseRedirectResult(given ?? window.location.search);
    setOutcome(result);
    if (result && strip && given === undefined) {
      const url = new URL(window.location.href);
      for (const key of REDIRECT_KEYS) url.searchParams.delete(key);
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    }
  }, [strip, given]);
  return outcome;
}
