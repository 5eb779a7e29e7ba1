import type { ComponentType } from "react";
import type { BuyerDialogProps } from "./buyer-dialog-props";
import { lazyPiece } from "../react/lazy-piece";
import type { FlowExtrasModule } from "./FlowExtras";

// The lazily loaded pieces of the flow components, each a chunk of its own:
// - the buyer dialog (and Radix with it), loaded when a page may need it: on the buyer's intent
//   (pointer-enter, focus, touch) when buyer fields are missing, and at the latest on the click
//   that needs it;
// - what shows once an attempt has started (the status line, the issues, an issued account's
//   details, and their styles), loaded when a component leaves `idle`.
// (A flow button's attempt machinery comes with the engine: components/flow-driver.tsx.)

const dialog = lazyPiece<ComponentType<BuyerDialogProps>>(() => import("./BuyerDialog").then((m) => m.default));
const extras = lazyPiece<FlowExtrasModule>(() => import("./FlowExtras"));

/** The lazily loaded pieces, as one object (the flow buttons' machinery is handed it: the engine chunk has no loader of its own). */
export const pieces = { dialog, extras };

/** Loads the buyer dialog once; retryable after a failure. */
export const loadBuyerDialog = dialog.load;
/** The buyer dialog if its chunk has loaded. */
export const buyerDialogNow = dialog.now;
/** Calls `listener` when the dialog's chunk has loaded. */
export const onBuyerDialog = dialog.subscribe;

/** Loads the status view once; retryable after a failure. */
export const loadFlowExtras = extras.load;
/** The status view if its chunk has loaded. */
export const flowExtrasNow = extras.now;
/** Calls `listener` when the status view's chunk has loaded. */
export const onFlowExtras = extras.subscribe;

