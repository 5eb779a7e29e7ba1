import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type AriaAttributes,
  type ButtonHTMLAttributes,
  type CSSProperties,
  type ForwardRefExoticComponent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  type RefAttributes,
} from "react";
import type { MessagePack } from "../core/format";
import type { LibraryFailureCode } from "../core/codes";
import type { Outcome } from "../core/outcome";
import { themeToCssVars, type Theme } from "../core/theme";
import type { BuyerInput, Device, Flow, LocalizedIssue, MessageLocale } from "../core/types";
import { useFlowRuntime, usePortOne } from "../react/context";
import type { BuyerField } from "../react/useBuyerForm";
import type { FlowHook, FlowHookOptions } from "../react/useFlow";
import { useLatest } from "../react/useLatest";
import { buyerDialogNow, loadBuyerDialog } from "./dialog-loader";
import { ErrorSummary } from "./parts";
import { DOM_KEYS, splitProps } from "./props";
import { mergeRefs, slot } from "./Slot";
import { StatusMessage, statusView, type ButtonState } from "./status";
import { BASE_CSS, useStyleSheet } from "./styles";
import { BUTTON_TEXT, textOf } from "./text";

/** The `success` member of an outcome union. */
export type SuccessOf<O> = Extract<O, { status: "success" }>;
/** The `failure`, `invalid` and `cancelled` members of an outcome union. */
export type NotSuccessOf<O> = Exclude<O, { status: "success" }>;
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
  /** Called when the buyer leaves the buyer dialog; without it, `onFailure` receives the cancelled outcome. */
  onCancel?: (outcome: CancelledOf<O>) => void;
  /** Overrides the provider's `verifyUrl`; `false` turns verification off for this button. */
  verifyUrl?: string | false;
  /** Ask the buyer for missing or invalid buyer fields in a dialog before opening the window; true by default. */
  collectBuyer?: boolean;
  /** The label; a localised "pay ₩1,000" by default. */
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

const UI_KEYS = ["onSuccess", "onFailure", "onCancel", "verifyUrl", "collectBuyer", "children", "disabled", "onClick", "className", "style", "theme", "unstyled", "asChild"];

interface FlowButtonSpec<I, O extends Outcome> {
  displayName: string;
  flow: Flow;
  useFlowHook: (options: FlowHookOptions<O>) => FlowHook<I, O>;
  defaultLabel: (input: I, locale: MessageLocale) => string;
}

/** True when the buyer fields Inicis needs here are not all given (then the dialog will likely be needed). */
function lacksBuyer(c: BuyerInput | undefined, flow: Flow, device: Device): boolean {
  const has = (v: unknown): boolean => typeof v === "string" && v.trim() !== "";
  return !(has(c?.fullName) || (has(c?.firstName) && has(c?.lastName))) || ((flow === "phoneBilling" || device === "pc") && !(has(c?.phoneNumber) && has(c?.email)));
}

/**
 * Makes a payment-window button for one flow: validation before the window, the buyer dialog,
 * single flight, pending, redirecting and verifying states, accessible messages, theming and
 * `asChild`. PayButton and PhoneBillingButton are both made by it, so they behave the same.
 */
export function createFlowButton<I extends { customer?: BuyerInput | undefined }, O extends Outcome>(
  spec: FlowButtonSpec<I, O>,
): ForwardRefExoticComponent<I & FlowButtonUiProps<O> & RefAttributes<HTMLButtonElement>> {
  const Inner = forwardRef<HTMLButtonElement, I & FlowButtonUiProps<O>>(function FlowButton(props, ref) {
    const ctx = usePortOne();
    const runtime = useFlowRuntime();
    const latest = useLatest(props);
    const busy = useRef(false);
    const element = useRef<HTMLElement | null>(null);
    const setRef = useMemo(() => mergeRefs<HTMLElement>(element, ref as never), [ref]);
    const typed = useRef<BuyerInput>({});
    const [dialog, setDialog] = useState<{ fields: BuyerField[]; initial: BuyerInput; messages: MessagePack } | null>(null);
    const [loadingDialog, setLoadingDialog] = useState(false);
    const [issues, setIssues] = useState<LocalizedIssue[]>([]);
    const [local, setLocal] = useState<Outcome | null>(null);
    const shown = useLatest({ issues, local });
    const stylesheet = useStyleSheet(props.unstyled, ["base", BASE_CSS]);
    const { input, dom } = splitProps<I>(props, UI_KEYS);

    const fail = useCallback(
      (outcome: Outcome) => {
        setLocal(outcome);
        const p = latest.current;
        if (outcome.status === "cancelled" && p.onCancel) p.onCancel(outcome as unknown as CancelledOf<O>);
        else p.onFailure?.(outcome as unknown as NotSuccessOf<O>);
      },
      [latest],
    );
    const dialogFailed = useCallback(
      (error: unknown) => {
        setDialog(null);
        setLoadingDialog(false);
        fail({ status: "failure", flow: spec.flow, code: "COMPONENT_LOAD_FAILED" satisfies LibraryFailureCode, message: `The buyer dialog could not be loaded: ${String(error)}` } as Outcome);
      },
      [fail],
    );

    const hook = spec.useFlowHook({
      verifyUrl: props.verifyUrl,
      onSuccess: (o) => latest.current.onSuccess?.(o as SuccessOf<O>),
      onCancel: (o) => fail(o as Outcome),
      onFailure: (o) => {
        if (o.status === "invalid") {
          const engine = runtime.engine();
          const messages = runtime.pack();
          const fields = latest.current.collectBuyer === false || !engine ? null : (engine.dialogFields(o.issues) as BuyerField[] | null);
          if (fields && messages) {
            const open = { fields, initial: { ...typed.current, ...latest.current.customer }, messages };
            // a preloaded dialog opens in this same render; otherwise the button waits, pending
            if (buyerDialogNow()) return setDialog(open);
            setLoadingDialog(true);
            loadBuyerDialog().then(() => {
              setLoadingDialog(false);
              setDialog(open);
            }, dialogFailed);
            return;
          }
          setIssues(o.issues.filter((i) => i.severity === "error"));
        }
        latest.current.onFailure?.(o as unknown as NotSuccessOf<O>);
      },
    });

    const attempt = useCallback(
      (patch: BuyerInput = {}): void => {
        if (busy.current) return;
        busy.current = true;
        // only when there is something to clear: a state update here would put React's re-render
        // between the click and the SDK call
        if (shown.current.issues.length > 0) setIssues([]);
        if (shown.current.local) setLocal(null);
        const { input: current } = splitProps<I>(latest.current, UI_KEYS);
        // what the buyer typed in the dialog completes the customer prop for this attempt only
        void hook.request({ ...current, customer: { ...current.customer, ...patch } }).finally(() => (busy.current = false));
      },
      [hook, latest, shown],
    );

    const onDialogDone = useCallback(
      (customer: BuyerInput | null) => {
        setDialog(null);
        // the dialog has no Radix trigger, so focus goes back to this button by hand
        setTimeout(() => element.current?.focus(), 0);
        if (customer) {
          typed.current = { ...typed.current, ...customer };
          attempt(customer);
        } else fail({ status: "cancelled", flow: spec.flow, code: "BUYER_CANCELLED" } as Outcome);
      },
      [attempt, fail],
    );

    const device = ctx.device;
    const needsDialog = props.collectBuyer !== false && lacksBuyer(input.customer, spec.flow, device);
    // when the buyer dialog will likely be needed, its chunk and the sentences come before the click
    const warmDialog = useCallback(() => {
      loadBuyerDialog().catch(() => undefined);
      runtime.loadPack().catch(() => undefined);
    }, [runtime]);
    const warm = (): void => {
      ctx.preload();
      if (needsDialog) warmDialog();
    };
    useEffect(() => {
      if (!needsDialog || typeof requestIdleCallback !== "function") return;
      const id = requestIdleCallback(warmDialog);
      return () => cancelIdleCallback(id);
    }, [needsDialog, warmDialog]);

    const ui = ctx.messages?.ui;
    const view = statusView(local ? local.status : hook.status, local ?? (hook.outcome as Outcome | null), device, ui);
    const waiting = hook.isPending || loadingDialog;
    const state: ButtonState = loadingDialog ? "pending" : issues.length > 0 ? "error" : !local && (dialog || hook.status === "invalid") ? "idle" : view.state;
    const vars = themeToCssVars(ctx.theme, props.theme) as CSSProperties;
    const cls = (name: string): string | undefined => (props.unstyled ? undefined : name);
    const text = textOf(BUTTON_TEXT, ctx.locale);
    const label = waiting ? (state === "redirecting" || state === "verifying" ? text[state] : text.pending) : (props.children ?? spec.defaultLabel(input, ctx.locale));
    const Dialog = buyerDialogNow();
    const compose =
      (key: "onPointerEnter" | "onFocus") =>
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
      onClick: (event: MouseEvent<HTMLButtonElement>) => {
        props.onClick?.(event);
        if (event.defaultPrevented) return;
        // an asChild link pays instead of navigating
        if (props.asChild) event.preventDefault();
        if (!waiting && !props.disabled) attempt();
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
        {issues.length > 0 ? (
          <div className={cls("pi-root pi-message")} style={vars}>
            <ErrorSummary issues={issues} title={ui?.errorSummary ?? ""} />
          </div>
        ) : (
          <StatusMessage line={view.line} className={cls(view.line?.role === "alert" ? "pi-root pi-alert" : "pi-root pi-message")} style={vars} />
        )}
        {dialog && Dialog ? (
          <Dialog
            fields={dialog.fields}
            flow={spec.flow}
            initial={dialog.initial}
            device={device}
            locale={ctx.locale}
            messages={dialog.messages}
            onDone={onDialogDone}
            onError={dialogFailed}
            style={vars}
            unstyled={props.unstyled}
          />
        ) : null}
      </>
    );
  });
  Inner.displayName = spec.displayName;
  // equal props from a re-rendering parent do not re-render the button
  const Button = memo(Inner);
  Button.displayName = spec.displayName;
  return Button as unknown as ForwardRefExoticComponent<I & FlowButtonUiProps<O> & RefAttributes<HTMLButtonElement>>;
}
