import { useEffect, useRef, useState } from "react";
import { parseRedirectResult, type Outcome } from "../core/outcome";
import { RESULT_KEYS } from "../core/redirect";

/** Options of {@link usePaymentRedirect}. */
export interface PaymentRedirectOptions {
  /** Remove PortOne's query parameters from the address bar (with `history.replaceState`) once read. */
  stripQuery?: boolean;
  /**
   * The query to read instead of `location.search`: for routers that hand you the search params
   * (Next.js `useSearchParams().toString()`), for tests, and for demos. Followed when it changes.
   */
  search?: string;
}

/**
 * Reads PortOne's result from a redirect's query after mount (and again whenever `search`
 * changes) and returns the outcome: null while rendering on the server, before mount, or when
 * there is none. It is what the browser was told: the components already deliver a landing to the
 * component that started it and verify it with `verifyUrl`; use this hook for your own landing UI,
 * and confirm on your server before fulfilling.
 */
export function usePaymentRedirect(options: PaymentRedirectOptions = {}): Outcome | null {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const strip = options.stripQuery === true;
  const given = options.search;
  const read = useRef<string | null>(null);
  useEffect(() => {
    // the address bar is read once (a second StrictMode run would see it stripped); `search` whenever it changes
    const source = given ?? "\u0000location";
    if (read.current === source) return;
    read.current = source;
    const result = parseRedirectResult(given ?? window.location.search);
    setOutcome(result);
    if (result && strip && given === undefined) {
      const url = new URL(window.location.href);
      for (const key of RESULT_KEYS) url.searchParams.delete(key);
      window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    }
  }, [strip, given]);
  return outcome;
}
