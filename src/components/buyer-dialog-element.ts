import { createElement, useEffect, useSyncExternalStore, type ComponentType, type CSSProperties, type ReactNode } from "react";
import type { Flow } from "../core/types";
import type { FlowHubCore, PortOneContextValue } from "../react/hub";
import type { DialogRequest } from "../react/flow-hook";
import type { LazyPiece } from "../react/lazy-piece";
import type { BuyerField } from "../react/buyer-form-state";
import type { BuyerDialogProps } from "./buyer-dialog-props";

const notYet = (): boolean => false;

/**
 * The buyer dialog a flow hook asks for, as an element (null while there is none, or while its
 * chunk or the sentences load): loads the chunk on first use and hands the buyer's answer back to
 * the hook. Given the context and hub, so the flow buttons' machinery runs it from the engine chunk;
 * `FlowDialog` gives it the provider's.
 */
export function useBuyerDialogElement(
  ctx: PortOneContextValue,
  hub: FlowHubCore,
  piece: LazyPiece<ComponentType<BuyerDialogProps>>,
  dialog: DialogRequest | null,
  flow: Flow,
  style: CSSProperties | undefined,
  unstyled: boolean | undefined,
): ReactNode {
  const Dialog = useSyncExternalStore(piece.subscribe, piece.now, () => null);
  useEffect(() => {
    if (dialog && !Dialog) piece.load().catch(dialog.failed);
  }, [dialog, Dialog, piece]);
  const messages = ctx.messages ?? hub.pack();
  if (!dialog || !Dialog || !messages) return null;
  // the chunk's component, made once at load time (createElement: it is not made during render)
  return createElement(Dialog, {
    fields: dialog.fields as BuyerField[],
    flow,
    initial: dialog.initial,
    device: ctx.device,
    locale: ctx.locale,
    messages,
    onDone: dialog.done,
    onError: dialog.failed,
    style,
    unstyled,
  });
}

/** True once the buyer dialog's chunk has loaded (the button then waits behind the open dialog). */
export function useDialogShown(piece: LazyPiece<unknown>): boolean {
  return useSyncExternalStore(piece.subscribe, () => piece.now() !== null, notYet);
}
