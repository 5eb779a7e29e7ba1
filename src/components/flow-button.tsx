import { forwardRef, lazy, memo, Suspense, useCallback, useMemo, useRef, useState, type ButtonHTMLAttributes, type CSSProperties, type ForwardRefExoticComponent, type MouseEvent, type ReactNode, type Ref, type RefAttributes } from "react";
import { isDevelopment } from "../core/env";
import { localizeIssues } from "../core/messages";
import type { FailureOutcome, Outcome } from "../core/outcome";
import { themeToCssVars, type Theme } from "../core/theme";
import type { BuyerInput, Flow, ValidationIssue } from "../core/types";
import { failureText, uiText, type UiText } from "../core/ui-text";
import { usePortOne, type PortOneContextValue } from "../react/context";
import type { FlowHook } from "../react/useFlow";
import { useLatest } from "../react/useLatest";
import type { BuyerField } from "../react/useBuyerForm";
import { ErrorSummary } from "./parts";
import { mergeRefs, slot } from "./Slot";
import { useStyleSheet } from "./styles";

const BuyerDialog = lazy(() => import("./BuyerDialog"));

/** The `success` member of an outcome union. */
export type SuccessOf<O> = Extract<O, { status: "success" }>;
/** The `failure` and `invalid` members of an outcome union. */
export type NotSuccessOf<O> = Exclude<O, { status: "success" }>;

/** What the button is doing, also exposed as its `data-state` attribute for your CSS. */
export type ButtonState = "idle" | "pending" | "redirecting" | "success" | "error";

/** Props every flow button shares (beside the flow's own request fields). */
export interface FlowButtonUiProps<O extends Outcome>
  extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "children" | "onError" | "color" | "content"> {
  /** Called once per successful attempt. Verify the payment on your server before fulfilling. */
  onSuccess?: (outcome: SuccessOf<O>) => void;
  /** Called for a refusal, a cancel, a load failure, or input that broke an Inicis rule (`invalid`). */
  onFailure?: (outcome: NotSuccessOf<O>) => void;
  /** Ask the buyer for missing or invalid buyer fields in a dialog before opening the window; true by default. */
  collectBuyer?: boolean;
  /** The label; a localised "pay ₩1,000" by default. */
  children?: ReactNode;
  /** Overrides the provider's theme for this component. */
  theme?: Theme;
  /** Drop this library's styles (class names and stylesheet); `data-state` stays. */
  unstyled?: boolean;
  /** Render your own element (the single child) instead of a `<button>`. */
  asChild?: boolean;
}

interface FlowButtonSpec<I extends { customer?: BuyerInput | undefined }, O extends Outcome> {
  displayName: string;
  flow: Flow;
  useFlowHook: () => FlowHook<I, O>;
  defaultLabel: (input: I, t: UiText, ctx: PortOneContextValue) => string;
}

const BUYER_FIXABLE = new Set(["required", "email.chars", "email.format", "phone.format", "name.tooLong", "name.incomplete", "type.string"]);
const UI_KEYS = new Set(["onSuccess", "onFailure", "collectBuyer", "children", "theme", "unstyled", "asChild", "className", "style", "disabled", "onClick"]);
const DOM_KEYS = /^(aria-|data-|on[A-Z])|^(id|title|name|type|form|tabIndex|autoFocus|role|lang|dir|hidden)$/;

function splitProps<I>(props: Record<string, unknown>): { input: I; dom: Record<string, unknown> } {
  const input: Record<string, unknown> = {};
  const dom: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (UI_KEYS.has(key)) continue;
    if (DOM_KEYS.test(key)) dom[key] = value;
    else input[key] = value;
  }
  return { input: input as I, dom };
}

function buyerFields(issues: readonly ValidationIssue[]): BuyerField[] | null {
  const fields = new Set<BuyerField>();
  for (const issue of issues) {
    const m = /^customer\.(fullName|firstName|lastName|phoneNumber|email)$/.exec(issue.field);
    if (!m || !BUYER_FIXABLE.has(issue.code)) return null;
    fields.add(m[1] as BuyerField);
  }
  return fields.size > 0 ? [...fields] : null;
}

/**
 * Makes a payment-window button for one flow: validation before the window, the buyer dialog,
 * single flight, pending and redirecting states, accessible messages, theming and `asChild`.
 * PayButton and PhoneBillingButton are both made by it, so they behave the same.
 */
export function createFlowButton<I extends { customer?: BuyerInput | undefined }, O extends Outcome>(
  spec: FlowButtonSpec<I, O>,
): ForwardRefExoticComponent<I & FlowButtonUiProps<O> & RefAttributes<HTMLButtonElement>> {
  const Inner = forwardRef<HTMLButtonElement, I & FlowButtonUiProps<O>>(function FlowButton(props, ref) {
    const ctx = usePortOne();
    const hook = spec.useFlowHook();
    const t = uiText(ctx.locale);
    const latest = useLatest(props);
    const busy = useRef(false);
    const element = useRef<HTMLElement | null>(null);
    const setRef = useMemo(() => mergeRefs<HTMLElement>(element, ref as never), [ref]);
    const [collected, setCollected] = useState<BuyerInput>({});
    const [dialogFields, setDialogFields] = useState<BuyerField[] | null>(null);
    const [issues, setIssues] = useState<ValidationIssue[]>([]);
    const stylesheet = useStyleSheet(props.unstyled);
    const { input, dom } = splitProps<I>(props as unknown as Record<string, unknown>);

    const attempt = useCallback(
      async (extra: BuyerInput = {}): Promise<void> => {
        if (busy.current) return;
        busy.current = true;
        try {
          const p = latest.current;
          const { input: current } = splitProps<I>(p as unknown as Record<string, unknown>);
          const customer = { ...current.customer, ...collected, ...extra };
          const outcome = await hook.request({ ...current, customer } as I);
          if (outcome.status === "invalid") {
            const errors = outcome.issues.filter((i) => i.severity === "error");
            const fields = p.collectBuyer === false ? null : buyerFields(errors);
            if (fields) {
              setIssues([]);
              setDialogFields(fields);
              return;
            }
            setIssues(errors);
            if (isDevelopment()) console.warn(`[react-portone-inicis] ${spec.displayName}: ${errors.map((e) => `${e.field}: ${e.message}`).join(" | ")}`);
            p.onFailure?.(outcome as NotSuccessOf<O>);
          } else if (outcome.status === "success") {
            setIssues([]);
            p.onSuccess?.(outcome as SuccessOf<O>);
          } else {
            setIssues([]);
            p.onFailure?.(outcome as NotSuccessOf<O>);
          }
        } finally {
          busy.current = false;
        }
      },
      [hook, latest, collected],
    );

    const onDialogDone = useCallback(
      (customer: BuyerInput | null) => {
        const fields = dialogFields;
        setDialogFields(null);
        // the dialog has no Radix trigger, so focus goes back to this button by hand
        setTimeout(() => element.current?.focus(), 0);
        if (customer) {
          setCollected((c) => ({ ...c, ...customer }));
          void attempt(customer);
        } else if (fields) {
          const p = latest.current;
          const outcome = hook.outcome;
          if (outcome && outcome.status === "invalid") p.onFailure?.(outcome as NotSuccessOf<O>);
        }
      },
      [attempt, dialogFields, hook.outcome, latest],
    );

    const pending = hook.status === "pending";
    const state: ButtonState = pending
      ? ctx.device === "mobile"
        ? "redirecting"
        : "pending"
      : hook.status === "success"
        ? "success"
        : hook.status === "failure" || issues.length > 0
          ? "error"
          : "idle";
    const vars = themeToCssVars(ctx.theme, props.theme) as CSSProperties;
    const cls = (name: string) => (props.unstyled ? undefined : name);
    const label = pending ? (state === "redirecting" ? t.redirecting : t.pending) : (props.children ?? spec.defaultLabel(input, t, ctx));
    const last = hook.outcome as Outcome | null;
    const failure = hook.status === "failure" && last?.status === "failure" ? (last as FailureOutcome) : null;

    const buttonProps: Record<string, unknown> = {
      ...dom,
      className: [cls("pi-root pi-button"), props.className].filter(Boolean).join(" ") || undefined,
      style: { ...vars, ...props.style },
      "data-state": state,
      "aria-busy": pending || undefined,
      "aria-disabled": pending || props.disabled || undefined,
      disabled: pending || props.disabled || undefined,
      onClick: (event: MouseEvent<HTMLButtonElement>) => {
        props.onClick?.(event);
        if (event.defaultPrevented) return;
        // an asChild link pays instead of navigating
        if (props.asChild) event.preventDefault();
        if (pending || props.disabled) return;
        void attempt();
      },
    };
    if (!props.asChild) buttonProps.type = (dom.type as string | undefined) ?? "button";
    const content = (
      <>
        {pending ? <span className={cls("pi-spinner")} aria-hidden="true" /> : null}
        {label}
      </>
    );

    return (
      <>
        {stylesheet}
        {props.asChild ? slot(props.children, buttonProps, setRef) : <button ref={setRef as Ref<HTMLButtonElement>} {...buttonProps}>{content}</button>}
        {issues.length > 0 ? (
          <div className={cls("pi-root pi-message")} style={vars}>
            <ErrorSummary issues={localizeIssues(issues, ctx.locale)} locale={ctx.locale} />
          </div>
        ) : failure ? (
          <div className={cls("pi-root pi-message pi-alert")} style={vars} role="alert" data-state="error">
            {failureText(failure, t)}
          </div>
        ) : hook.status === "success" ? (
          <div className={cls("pi-root pi-message pi-status")} style={vars} role="status" data-state="success">
            {t.success}
          </div>
        ) : null}
        {dialogFields ? (
          <Suspense fallback={null}>
            <BuyerDialog
              fields={dialogFields}
              flow={spec.flow}
              initial={{ ...input.customer, ...collected }}
              onDone={onDialogDone}
              style={vars}
              unstyled={props.unstyled}
            />
          </Suspense>
        ) : null}
      </>
    );
  });
  Inner.displayName = spec.displayName;
  // equal props from a re-rendering parent do not re-render the button
  const Component = memo(Inner);
  Component.displayName = spec.displayName;
  return Component as unknown as ForwardRefExoticComponent<I & FlowButtonUiProps<O> & RefAttributes<HTMLButtonElement>>;
}
