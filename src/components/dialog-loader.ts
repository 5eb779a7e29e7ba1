import type { ComponentType } from "react";
import type { BuyerDialogProps } from "./BuyerDialog";

// The buyer dialog (and Radix with it) is a chunk of its own, loaded when a page may need it: on
// the buyer's intent (pointer-enter, focus, pointer-down) when buyer fields are missing, and at the
// latest on the click that needs it. A failed load is forgotten, so the next click loads it again.
// Components subscribe, so each re-renders when it arrives.

type Dialog = ComponentType<BuyerDialogProps>;
let loading: Promise<Dialog> | null = null;
let loaded: Dialog | null = null;
const listeners = new Set<() => void>();

/** Loads the buyer dialog once; retryable after a failure. */
export function loadBuyerDialog(): Promise<Dialog> {
  loading ??= import("./BuyerDialog").then(
    (m) => {
      loaded = m.default;
      listeners.forEach((l) => l());
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The buyer dialog if its chunk has loaded. */
export function buyerDialogNow(): Dialog | null {
  return loaded;
}

/** Calls `listener` when the dialog's chunk has loaded. */
export function onBuyerDialog(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
