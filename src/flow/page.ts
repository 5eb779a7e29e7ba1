import type { Outcome } from "../core/outcome";
import type { Claimant, LandingRouter } from "./landing";
import { createAttemptStore, type AttemptStore } from "./store";

// The browser page's side of the flow layer: its attempt store over `sessionStorage`, and what the
// provider keeps of its landing (routed by flow/route-page.ts, a chunk loaded on landings only).

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
