import type { Outcome } from "../core/outcome";
import { routeLanding, type Claimant, type LandingRouter } from "./landing";
import { createAttemptStore, type AttemptStore } from "./store";

// The browser page's side of the flow layer: its attempt store over `sessionStorage`, and its
// landing, routed from the address bar.

let store: AttemptStore | null = null;

/** This page's attempt store, over `sessionStorage`. */
export function pageStore(): AttemptStore {
  return (store ??= createAttemptStore(() => (typeof sessionStorage === "undefined" ? null : sessionStorage)));
}

/** This page's landing, as the provider keeps it: who may own it, its router, its final outcome. */
export interface PageLanding {
  claimants: Set<Claimant>;
  router: LandingRouter | null;
  /** The landing is routed once per page load (StrictMode runs the provider's mount effect twice). */
  routed: boolean;
  landing: Outcome | null;
  listeners: Set<() => void>;
}

/**
 * Routes the landing in the address bar (if it is one): PortOne's keys come off with
 * `history.replaceState`, and every final outcome goes to the page's listeners and to `observe`
 * (the provider's `onRedirectResult`), guarded.
 */
export function routePage(page: PageLanding, observe: (outcome: Outcome) => void): void {
  page.router = routeLanding(
    {
      search: window.location.search,
      replaceSearch: (search) => window.history.replaceState(window.history.state, "", window.location.pathname + search + window.location.hash),
    },
    pageStore(),
    {
      claimants: () => page.claimants,
      observe: (outcome) => {
        page.landing = outcome;
        page.listeners.forEach((l) => l());
        try {
          observe(outcome);
        } catch (error) {
          console.error("[react-portone-inicis] onRedirectResult threw:", error);
        }
      },
    },
  );
}
