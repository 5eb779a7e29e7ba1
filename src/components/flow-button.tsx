import {
  forwardRef,
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
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
import type { BuyerInput, Flow, MessageLocale } from "../core/types";
import { useFlowHub, usePortOne } from "../react/context";
import { useLatest } from "../react/useLatest";
import { pieces } from "./dialog-loader";
import type { DriverView } from "./flow-driver";
import { DOM_KEYS, domProps } from "./props";
import { mergeRefs, slot } from "./Slot";
import type { ButtonState } from "./status";
import { BUTTON_CSS, useStyleSheet } from "./styles";

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

interface FlowButtonSpec<I> {
  displayName: string;
  flow: Flow;
  defaultLabel: (input: I, locale: MessageLocale) => string;
}

const none = (): null => null;
const IDLE_VIEW: DriverView = { state: "idle", waiting: false, collecting: false, busyLabel: null };

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
    const stylesheet = useStyleSheet(props.unstyled, ["button", BUTTON_CSS]);
    const dom = domProps(props);

    // the attempt machinery (the machine, the landing's claim, the dialog, the busy labels, the
    // status view) comes with the engine; it renders beside the button and tells it what to show
    const engine = useSyncExternalStore(hub.onEngine, hub.engine, none);
    const [view, setView] = useState<DriverView>(IDLE_VIEW);
    const [queued, setQueued] = useState<{ props: object; dom: object } | null>(null);
    const [lost, setLost] = useState(false);
    const handle = useRef<{ click: (props: object, dom: object) => void; warm: () => void } | null>(null);
    const taken = useCallback(() => setQueued(null), []);
    // the buyer's intent (pointer-enter, focus, pointer-down) before the engine: the driver warms up when it comes
    const intent = useRef(false);

    const waiting = queued !== null || view.waiting;
    const state: ButtonState = queued ? "pending" : lost ? "error" : view.state;
    const vars = themeToCssVars(ctx.theme, props.theme) as CSSProperties;
    const cls = (name: string): string | undefined => (props.unstyled ? undefined : name);
    const label = view.busyLabel ?? props.children ?? spec.defaultLabel(props as unknown as I, ctx.locale);
    const compose =
      (key: "onPointerEnter" | "onFocus" | "onPointerDown") =>
      (event: unknown): void => {
        (dom[key] as ((e: unknown) => void) | undefined)?.(event);
        ctx.preload();
        intent.current = true;
        handle.current?.warm();
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
        if (waiting || props.disabled || view.collecting) return;
        const current = latest.current;
        if (handle.current) return handle.current.click(current, domProps(current));
        // before the engine arrived: the click waits for it; if it cannot load, the attempt fails
        setLost(false);
        setQueued({ props: current, dom: domProps(current) });
        hub.loadEngine().catch((error: unknown) => {
          setQueued(null);
          setLost(true);
          hub.loadPack().catch(() => undefined);
          // guarded like every other outcome's callback (flow/state.ts's settle, which this shell does not carry)
          try {
            latest.current.onFailure?.({ status: "failure", flow: spec.flow, code: "SDK_LOAD_FAILED", message: String(error) } as NotSuccessOf<O>);
          } catch (thrown) {
            console.error(thrown);
          }
        });
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
        {lost && ctx.messages ? (
          <div className={cls("pi-root pi-alert")} role="alert" data-state="error">
            {ctx.messages.ui.loadFailed}
          </div>
        ) : null}
        {engine ? (
          <engine.FlowDriver
            ctx={ctx}
            hub={hub}
            pieces={pieces}
            flow={spec.flow}
            latestRef={latest as never}
            verifyUrl={props.verifyUrl}
            collectBuyer={props.collectBuyer !== false}
            attemptKey={props.attemptKey}
            customer={props.customer}
            summary={{ orderName: props.orderName, amount: props.totalAmount, currency: props.currency }}
            elementRef={element}
            report={setView}
            handleRef={handle}
            intentRef={intent}
            queued={queued}
            taken={taken}
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
