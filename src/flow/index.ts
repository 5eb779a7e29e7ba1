// The engine: what a click or a landing needs beyond the button itself, loaded lazily as one
// chunk (the provider preloads it after mount). Plain TypeScript, no React.

export { createPortOneSdk } from "../sdk/portone";
export { dialogFields } from "../core/buyer-rules";
export { runAttempt, type AttemptEnv } from "./attempt";
export { routeLanding, findOwner, type LandingRouter, type LandingHub, type LandingPage } from "./landing";
export { createAttemptStore, ATTEMPTS_KEY, type AttemptStore, type AttemptRecord, type StoragePort } from "./store";
export { verifyOutcome } from "./verify";

import { createAttemptStore, type AttemptStore } from "./store";

let store: AttemptStore | null = null;
/** This page's attempt store, over `sessionStorage`. */
export function pageStore(): AttemptStore {
  return (store ??= createAttemptStore(() => (typeof sessionStorage === "undefined" ? null : sessionStorage)));
}
