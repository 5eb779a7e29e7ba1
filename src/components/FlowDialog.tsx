import type { CSSProperties, ReactNode } from "react";
import type { Flow } from "../core/types";
import { useFlowHub, usePortOne } from "../react/context";
import type { DialogRequest } from "../react/useFlow";
import { useBuyerDialogElement } from "./buyer-dialog-element";
import { pieces } from "./dialog-loader";

/** Props of {@link FlowDialog}. */
export interface FlowDialogProps {
  /** The hook's `dialog` (from `usePayment({ collectBuyer: true })` and the other flow hooks). */
  dialog: DialogRequest | null;
  /** The hook's flow (which fields Inicis requires differs by flow). */
  flow: Flow;
  style?: CSSProperties;
  /** Drop this library's styles. */
  unstyled?: boolean | undefined;
}

/**
 * Renders the buyer dialog a flow hook asks for (with `collectBuyer: true`): it loads its chunk on
 * first use, asks for exactly the missing or invalid buyer fields, and hands the answer back to the
 * hook, which then opens the window (or ends the attempt `cancelled`). The flow components use it
 * too, so a custom button gets the same dialog.
 *
 * @example
 * const pay = usePayment({ collectBuyer: true, onSuccess });
 * return <><button onClick={() => pay.request(order)}>결제</button><FlowDialog dialog={pay.dialog} flow="payment" /></>;
 */
export function FlowDialog({ dialog, flow, style, unstyled }: FlowDialogProps): ReactNode {
  return useBuyerDialogElement(usePortOne(), useFlowHub(), pieces.dialog, dialog, flow, style, unstyled);
}
