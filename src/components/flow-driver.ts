import { createElement, Fragment, useEffect, useRef, useSyncExternalStore, type ComponentType, type CSSProperties, type ReactNode, type RefObject } from "react";
import { dialogFields, validateBuyer } from "../core/buyer-rules";
import type { Outcome } from "../core/outcome";
import type { BuyerInput, Flow } from "../core/types";
import { statusView, type ButtonState } from "../flow/status";
import type { RequestSummary } from "../flow/landing";
import type { FlowHubCore, PortOneContextValue } from "../react/hub";
import { useFlowOn, type FlowHookOptions } from "../react/flow-hook";
import { useIsomorphicLayoutEffect } from "../react/useIsomorphicLayoutEffect";
import { useBuyerDialogElement, useDialogShown } from "./buyer-dialog-element";
import type { BuyerDialogProps } from "./buyer-dialog-props";
import type { FlowExtrasModule } from "./FlowExtras";
import type { LazyPiece } from "../react/lazy-piece";

// A flow button's attempt machinery, part of the lazily loaded engine chunk, so the button's first
// paint carries only its label and styles: the attempt machine, the claim on a landing, the buyer
// dialog and its warm-up, the focus return, the busy labels (from the locale's pack) and the status view. The button renders
// it beside itself once the engine is there (the status line and the dialog come after the button,
// as always) and shows what it reports. It has no context of its own (the engine is a file of its
// own, apart from the provider's module): the button hands it the provider's context and hub.

/** What the button shows, as the attempt machine says. */
export interface DriverView {
  state: ButtonState;
  /** The button waits (busy, disabled, spinner): a window is open, the page leaves, the server checks. */
  waiting: boolean;
  /** The buyer dialog is open (or loading): a click does nothing. */
  collecting: boolean;
  /** The label while waiting. */
  busyLabel: string | null;
}

type Callbacks = Pick<FlowHookOptions<Outcome>, "onSuccess" | "onFailure" | "onCancel" | "onVirtualAccountIssued">;

/** Props the button gives its driver. */
export interface FlowDriverProps {
  ctx: PortOneContextValue;
  hub: FlowHubCore;
  /** The lazily loaded buyer dialog and status view (components/dialog-loader.ts: the engine has no loader of its own). */
  pieces: { dialog: LazyPiece<ComponentType<BuyerDialogProps>>; extras: LazyPiece<FlowExtrasModule> };
  flow: Flow;
  /** The button's latest props, read when a callback runs or a click is sent. */
  latestRef: RefObject<Callbacks & object>;
  verifyUrl: string | false | undefined;
  collectBuyer: boolean;
  attemptKey: string | undefined;
  customer: BuyerInput | undefined;
  /** The button's current request, so a landing can find it by what it asks for. */
  summary: RequestSummary;
  /** The button's element: focus comes back to it when the buyer dialog closes. */
  elementRef: RefObject<HTMLElement | null>;
  /** Receives what the button shows, before the browser paints. */
  report: (view: DriverView) => void;
  /** Filled, while the driver is mounted, with the click (the button's props, and the element's among them) and the warm-up on intent. */
  handleRef: RefObject<{ click: (props: object, dom: object) => void; warm: () => void } | null>;
  /** True once the buyer showed intent (pointer-enter, focus, pointer-down), perhaps before the driver came. */
  intentRef: RefObject<boolean>;
  /** A click that came before the driver: it is sent once the machine is there. */
  queued: { props: object; dom: object } | null;
  /** The queued click was taken. */
  taken: () => void;
  style: CSSProperties;
  unstyled: boolean | undefined;
}

/** The props of a flow button that are the button's own, not the request's or the element's. */
export const UI_KEYS = ["onSuccess", "onFailure", "onCancel", "onVirtualAccountIssued", "verifyUrl", "attemptKey", "collectBuyer", "children", "disabled", "onClick", "className", "style", "theme", "unstyled", "asChild"];

/** The attempt machinery of one flow button (see the module's comment). */
export function FlowDriver(props: FlowDriverProps): ReactNode {
  const { ctx, hub, pieces, flow, latestRef: cb, summary, elementRef: element, report, handleRef, queued, taken, style, unstyled } = props;
  const hook = useFlowOn(ctx, hub, flow, {
    verifyUrl: props.verifyUrl,
    attemptKey: props.attemptKey,
    collectBuyer: props.collectBuyer,
    onSuccess: (o) => cb.current.onSuccess?.(o),
    onCancel: cb.current.onCancel && ((o) => cb.current.onCancel?.(o)),
    onFailure: (o) => cb.current.onFailure?.(o),
    onVirtualAccountIssued: (o) => cb.current.onVirtualAccountIssued?.(o),
  }, summary);
  const request = hook.request as (input: unknown) => Promise<Outcome>;
  // the request is what is neither the button's own prop nor the element's (the button split those off)
  const click = (p: object, dom: object): void => void request(Object.fromEntries(Object.entries(p).filter(([k]) => !(k in dom) && !UI_KEYS.includes(k))));

  // a click before the driver arrived (after the machine's own mount effect, so its state renders)
  useEffect(() => {
    if (!queued) return;
    taken();
    click(queued.props, queued.dom);
  }, [queued]); // eslint-disable-line react-hooks/exhaustive-deps

  // the dialog has no Radix trigger, so focus comes back to the button when it closes
  const collecting = hook.status === "collecting";
  const wasCollecting = useRef(false);
  useEffect(() => {
    if (wasCollecting.current && !collecting) element.current?.focus();
    wasCollecting.current = collecting;
  }, [collecting, element]);

  // the status view (line, issues, account details, spinner styles) is a chunk of its own, loaded once an attempt starts
  useEffect(() => {
    if (hook.status === "idle") return;
    pieces.extras.load().catch(() => undefined);
    hub.loadPack().catch(() => undefined);
  }, [hook.status, pieces, hub]);
  const extras = useSyncExternalStore(pieces.extras.subscribe, pieces.extras.now, () => null);

  const ui = ctx.messages?.ui;
  const outcome = hook.outcome;
  const view = statusView(hook.status, outcome, ctx.device, ui);
  const shown = useDialogShown(pieces.dialog);
  // the dialog is modal: while it shows, the button waits behind it, enabled and idle
  const waiting = collecting ? !shown : hook.isPending;
  const issues = hook.status === "invalid" && outcome?.status === "invalid" ? outcome.issues.filter((i) => i.severity === "error") : [];
  const state: ButtonState = collecting ? (shown ? "idle" : "pending") : issues.length > 0 ? "error" : view.state;
  // the busy labels come with the locale's pack, which an attempt loads as it starts (the engine holds no sentence)
  const busyLabel = (waiting && ui?.busy?.[state === "redirecting" || state === "verifying" ? state : "pending"]) || null;

  // when the buyer dialog will likely be needed, its chunk (with Radix) and the sentences load on
  // the buyer's intent (pointer-enter, focus, a phone's pointer-down), not on idle: a page that is
  // only looked at does not fetch them (issue 19; measured by scripts/size-page/policy.mjs)
  const needsDialog = props.collectBuyer && dialogFields(validateBuyer(props.customer, { flow, device: ctx.device })) !== null;
  const warm = (): void => {
    if (!needsDialog) return;
    pieces.dialog.load().catch(() => undefined);
    hub.loadPack().catch(() => undefined);
  };

  useIsomorphicLayoutEffect(() => report({ state, waiting, collecting, busyLabel }), [state, waiting, collecting, busyLabel, report]);
  useIsomorphicLayoutEffect(() => {
    handleRef.current = { click, warm };
  });
  useIsomorphicLayoutEffect(() => () => void (handleRef.current = null), [handleRef]);
  // intent shown before the engine came
  useEffect(() => {
    if (props.intentRef.current) warm();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const dialog = useBuyerDialogElement(ctx, hub, pieces.dialog, hook.dialog, flow, style, unstyled);

  // createElement, not JSX: the engine then needs no JSX runtime of its own
  const status = extras && createElement(extras.default, { line: view.line, issues, outcome, ui, locale: ctx.locale, unstyled, style });
  return createElement(Fragment, null, status, dialog);
}
