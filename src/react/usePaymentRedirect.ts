import { useSyncExternalStore } from "react";
import type { Outcome } from "../core/outcome";
import { useFlowHub } from "./context";

/** Options of {@link usePaymentRedirect}: both are kept for compatibility and do nothing now. */
export interface PaymentRedirectOptions {
  /** @deprecated The provider's landing router cleans the address bar itself; this does nothing. */
  stripQuery?: boolean;
  /** @deprecated The provider's landing router reads the page's own query once; this does nothing. */
  search?: string;
}

const none = (): null => null;

/**
 * The final outcome of this page's landing, as the provider's landing router saw it: null on the
 * server, before mount, on a page that is no PortOne landing, and until the outcome is final
 * (verified by your server where the attempt had a `verifyUrl`). A landing that no attempt in this
 * browser started is a `failure` with code `REDIRECT_UNMATCHED`. It observes: the component that
 * started the attempt still gets the outcome too. Use it for a landing page of your own (a
 * `redirectUrl` such as `/payment/landing`), under a `PortOneProvider`.
 */
export function usePaymentRedirect(options?: PaymentRedirectOptions): Outcome | null {
  void options;
  const hub = useFlowHub();
  return useSyncExternalStore(hub.subscribe, hub.landing, none);
}
