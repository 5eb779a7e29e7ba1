import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useSyncExternalStore,
  type AriaAttributes,
  type ButtonHTMLAttributes,
  type CSSProperties,
  type ForwardRefExoticComponent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from "react";
import type { Outcome } from "../core/outcome";
import { themeToCssVars, type Theme } from "../core/theme";
import { buyerFieldsRequired } from "../core/buyer-rules";
import type { BuyerInput, DeviceClass, Flow, MessageLocale } from "../core/types";
import { useFlowHub, usePortOne } from "../react/context";
import type { RequestSummary } from "../flow/landing";
import { useFlow, type FlowHook } from "../react/useFlow";
import { useLatest } from "../react/useLatest";
import { buyerDialogNow, flowExtrasNow, loadBuyerDialog, loadFlowExtras, onBuyerDialog, onFlowExtras } from "./dialog-loader";
import { FlowDialog } from "./FlowDialog";
import { DOM_KEYS, splitProps } from "./props";
import { mergeRefs, slot } from "./Slot";
import { viewOf, type ButtonState } from "./status";
import { BUTTON_CSS, useStyleSheet } from "./styles";
import { BUTTON_TEXT, textOf } from "./text";

/** The `success` member of an outcome union. */
export type SuccessOf<O> = Extract<O, { status: "success" }>;
/** The `failure`, `invalid` and `cancelled` members of an outcome union. */
export type NotSuccessOf<O> = Exclude<O, { status: "success" | "virtualAccountIssued" }>;
/** The `virtualAccountIssued` member of an outcome union (payments only). */
export type VirtualAccountIssuedOf<O> = Extract<O, { status: "virtualAccountIssued" }>;
/** The `cancelled` member of an outcome union. */
export type CancelledOf<O> = Extract<O, { status: "cancelled" }>;

/** The element attributes a flow button passes through: `aria-*`, `data-*` and a short typed list. */
export type FlowButtonDomProps = Pick<ButtonHTMLAttributes<HTMLButtonElement>, (typeof DOM_KEYS)[number]> &
  AriaAttributes & { [key: `data-${string}`]: string | number | boolean | undefined };

/** Props every flow button shares (beside the flow's own request fields). */
export interface FlowButtonUiProps<O extends Outcome> extends FlowButtonDomProps {
  /** Called once per successful attempt (after your server confirmed it, with `verifyUrl`), on PC and after a mobile redirect alike. */
  onSuccess?: (outcome: SuccessOf<O>) => void;
  /** Called for a refusal, a load failure, a failed verification, or input that broke an Inicis rule (`invalid`). */
  onFailure?: (outcome: NotSuccessOf<O>) => void;
  /** Called when the buyer leaves the buyer dialog or closes the Inicis window; without it, `onFailure` receives the cancelled outcome. */
  onCancel?: (outcome: CancelledOf<O>) => void;
  /**
   * A payment by virtual account: the account was issued, not paid (neither `onSuccess` nor
   * `onFailure` runs). The button shows the buyer where to deposit; fulfil on the deposit webhook.
   */
  onVirtualAccountIssued?: (outcome: VirtualAccountIssuedOf<O>) => void;
  /** Overrides the provider's `verifyUrl`; `false` turns verification off for this button. It also verifies this button's landing after a redirect. */
  verifyUrl?: string | false;
  /**
   * Your key for this button's attempts: after a redirect, the landing goes to the mounted button
   * with the same key. Without one, it goes to the one button whose order name, amount and
   * currency match the attempt. Give one when a page has several buttons that may ask alike.
   */
  attemptKey?: string;
  /** Ask the buyer for missing or invalid buyer fields in a dialog before opening the window; true by default. */
  collectBuyer?: boolean;
  /** The label; a localised "1,000원 결제하기" ("Pay ₩1,000" in English) by default. */
  children?: ReactNode;
  /** Disables the button. */
  disabled?: boolean;
  /** Runs before the payment starts; call `event.preventDefault()` to stop it. */
  onClick?: (event: MouseEvent<HTMLButtonElement>) => void;
  className?: string;
  style?: CSSProperties;
  /** Overrides the provider's theme for this component. */
  theme?: Theme;
  /** Drop this library's styles (class names and stylesheet); `data-state` stays. */
  unstyled?: boolean;
  /** Render your own element (the single child) instead of a `<button>`. */
  asChild?: boolean;
}

const UI_KEYS = ["onSuccess", "onFailure", "onCancel", "onVirtualAccountIssued", "verifyUrl", "attemptKey", "collectBuyer", "children", "disabled", "onClick", "className", "style", "theme", "unstyled", "asChild"];

interface FlowButtonSpec<I> {
  displayName: string;
  flow: Flow;
  defaultLabel: (input: I, locale: MessageLocale) => string;
}

const dialogLoaded = (): boolean => buyerDialogNow() !== null;
const notYet = (): boolean => false;
const none = (): null => null;

/** True when the buyer fields Inicis needs here are not all given (then the dialog will likely be needed). */
function lacksBuyer(c: BuyerInput | undefined, flow: Flow, device: DeviceClass): boolean {
  const has = (v: unknown): boolean => typeof v === "string" && v.trim() !== "";
  return !(has(c?.fullName) || (has(c?.firstName) && has(c?.lastName))) || (buyerFieldsRequired(flow, device) && !(has(c?.phoneNumber) && has(c?.email)));
}

/**
 * Makes a payment-window button for one flow: validation before the window, the buyer dialog,
 * single flight, pending, redirecting and verifying states, accessible messages, theming and
 * `asChild`. PayButton and PhoneBillingButton are both made by it, so they behave the same.
 */
export function createFlowButton<I extends { customer?: BuyerInput | undefined; orderName?: string; totalAmount?: number; currency?: string | undefined }, O extends Outcome>(
  spec: FlowButtonSpec<I>,
): ForwardRefExoticComponent<I & FlowButtonUiProps<O> & RefAttributes<HTMLButtonElement>> {
  const Inner = forwardRef<HTMLButtonElement, I & FlowButtonUiProps<O>>(function FlowButton(props, ref) {
    const ctx = usePortOne();
    const hub = useFlowHub();
    const latest = useLatest(props);
    const element = useRef<HTMLElement | null>(null);
    const setRef = useMemo(() => mergeRefs<HTMLElement>(element, ref as never), [ref]);
    // the status view (line, issues, account details, spinner styles) is a chunk of its own, loaded once an attempt starts
    const extras = useSyncExternalStore(onFlowExtras, flowExtrasNow, none);
    const stylesheet = useStyleSheet(props.unstyled, ["button", BUTTON_CSS], extras && ["status", extras.css]);
    const { input, dom } = splitProps<I>(props, UI_KEYS);

    const hook = useFlow(
      spec.flow,
      {
        verifyUrl: props.verifyUrl,
        attemptKey: props.attemptKey,
        collectBuyer: props.collectBuyer !== false,
        onSuccess: (o) => latest.current.onSuccess?.(o as SuccessOf<O>),
        onCancel: latest.current.onCancel && ((o) => latest.current.onCancel?.(o as CancelledOf<O>)),
        onFailure: (o) => latest.current.onFailure?.(o as unknown as NotSuccessOf<O>),
        onVirtualAccountIssued: (o) => latest.current.onVirtualAccountIssued?.(o as unknown as VirtualAccountIssuedOf<O>),
      },
      { orderName: input.orderName, amount: input.totalAmount, currency: input.currency } satisfies RequestSummary,
    ) as unknown as FlowHook<I, O>;

    // the dialog has no Radix trigger, so focus comes back to this button when it closes
    const collecting = hook.status === "collecting";
    const wasCollecting = useRef(false);
    useEffect(() => {
      if (wasCollecting.current && !collecting) element.current?.focus();
      wasCollecting.current = collecting;
    }, [collecting]);

    const device = ctx.device;
    const needsDialog = props.collectBuyer !== false && lacksBuyer(input.customer, spec.flow, device);
    // when the buyer dialog will likely be needed, its chunk (with Radix) and the sentences load on
    // the buyer's intent (pointer-enter, focus, a phone's pointer-down), not on idle: a page that is
    // only looked at does not fetch them (issue 19; measured by scripts/size-page/policy.mjs)
    const warmDialog = useCallback(() => {
      loadBuyerDialog().catch(() => undefined);
      hub.loadPack().catch(() => undefined);
    }, [hub]);
    const warm = (): void => {
      ctx.preload();
      if (needsDialog) warmDialog();
    };

    useEffect(() => {
      if (hook.status !== "idle") loadFlowExtras().catch(() => undefined);
    }, [hook.status]);

    const ui = ctx.messages?.ui;
    const outcome = hook.outcome as Outcome | null;
    const view = viewOf(hub, hook.status, outcome, device, ui);
    const shown = useSyncExternalStore(onBuyerDialog, dialogLoaded, notYet);
    // the dialog is modal: while it shows, the button waits behind it, enabled and idle
    const waiting = collecting ? !shown : hook.isPending;
    const issues = hook.status === "invalid" && outcome?.status === "invalid" ? outcome.issues.filter((i) => i.severity === "error") : [];
    const state: ButtonState = collecting ? (shown ? "idle" : "pending") : issues.length > 0 ? "error" : view.state;
    const vars = themeToCssVars(ctx.theme, props.theme) as CSSProperties;
    const cls = (name: string): string | undefined => (props.unstyled ? undefined : name);
    const text = textOf(BUTTON_TEXT, ctx.locale);
    const label = waiting ? (state === "redirecting" || state === "verifying" ? text[state] : text.pending) : (props.children ?? spec.defaultLabel(input, ctx.locale));
    const compose =
      (key: "onPointerEnter" | "onFocus" | "onPointerDown") =>
      (event: unknown): void => {
        (dom[key] as ((e: unknown) => void) | undefined)?.(event);
        warm();
      };

    const buttonProps: Record<string, unknown> = {
      ...dom,
      className: [cls("pi-root pi-button"), props.className].filter(Boolean).join(" ") || undefined,
      style: { ...vars, ...props.style },
      "data-state": state,
      "aria-busy": waiting || undefined,
      "aria-disabled": waiting || props.disabled || undefined,
      disabled: waiting || props.disabled || undefined,
      onPointerEnter: compose("onPointerEnter"),
      onFocus: compose("onFocus"),
      onPointerDown: compose("onPointerDown"),
      onClick: (event: MouseEvent<HTMLButtonElement>) => {
        props.onClick?.(event);
        if (event.defaultPrevented) return;
        // an asChild link pays instead of navigating
        if (props.asChild) event.preventDefault();
        if (waiting || props.disabled || collecting) return;
        const { input: current } = splitProps<I>(latest.current, UI_KEYS);
        void hook.request(current);
      },
    };
    if (!props.asChild) buttonProps.type = dom.type ?? "button";

    return (
      <>
        {stylesheet}
        {props.asChild ? (
          slot(props.children, buttonProps, setRef)
        ) : (
          <button ref={setRef as Ref<HTMLButtonElement>} {...buttonProps}>
            {waiting ? <span className={cls("pi-spinner")} aria-hidden="true" /> : null}
            {label}
          </button>
        )}
        {extras ? <extras.default line={view.line} issues={issues} outcome={outcome} ui={ui} locale={ctx.locale} unstyled={props.unstyled} style={vars} /> : null}
        <FlowDialog dialog={hook.dialog} flow={spec.flow} style={vars} unstyled={props.unstyled} />
      </>
    );
  });
  Inner.displayName = spec.displayName;
  // equal props from a re-rendering parent do not re-render the button
  const Button = memo(Inner);
  Button.displayName = spec.displayName;
  return Button as unknown as ForwardRefExoticComponent<I & FlowButtonUiProps<O> & RefAttributes<HTMLButtonElement>>;
}
