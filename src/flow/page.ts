import { createAttemptStore, type AttemptStore } from "./store";

let store: AttemptStore | null = null;

/** This page's attempt store, over `sessionStorage`. */
export function pageStore(): AttemptStore {
  return (store ??= createAttemptStore(() => (typeof sessionStorage === "undefined" ? null : sessionStorage)));
}
