import { useCallback, useId, useRef, useState, type CSSProperties, type FormEvent, type ReactNode } from "react";
import { cardDigits, formatCardNumber, validateCardCredential, type CardCredential } from "../core/card-rules";
import type { BillingKeyInput } from "../core/inputs";
import { localizeIssues } from "../core/messages";
import type { BillingKeySuccess, FailureOutcome, InvalidOutcome } from "../core/outcome";
import { themeToCssVars, type Theme } from "../core/theme";
import type { BuyerInput, ValidationIssue } from "../core/types";
import { failureText, uiText } from "../core/ui-text";
import { usePortOne } from "../react/context";
import { useIssueBillingKey } from "../react/hooks";
import { useBuyerForm, type BuyerField } from "../react/useBuyerForm";
import { useLatest } from "../react/useLatest";
import { BuyerFieldInputs } from "./BuyerFields";
import { ErrorSummary, Field } from "./parts";
import { useStyleSheet } from "./styles";

/** What `onSubmitCard` receives in keyed-in mode: the card data and the buyer, for your server. */
export interface CardSubmission {
  credential: CardCredential;
  customer: BuyerInput;
}

/** Props of {@link BillingKeyForm}. */
export interface BillingKeyFormProps extends Omit<BillingKeyInput, "customer"> {
  /** `window` (default) opens the Inicis billing-key window; `keyed-in` collects card data for your server. */
  mode?: "window" | "keyed-in";
  /** One full-name field (default) or first and last name. */
  nameMode?: "full" | "separated";
  /** Initial buyer values. */
  customer?: BuyerInput;
  /** A billing key was issued (window mode), or `onSubmitCard` resolved (keyed-in mode). */
  onIssued?: (outcome: BillingKeySuccess) => void;
  /** The window or your server refused, or the input broke a rule. */
  onFailure?: (outcome: FailureOutcome<"billingKey"> | InvalidOutcome<"billingKey">) => void;
  /**
   * Keyed-in mode: send the card data to your own server (which calls `react-portone-inicis/server`).
   * Resolve with the billing key your server got, or reject to show a failure.
   */
  onSubmitCard?: (submission: CardSubmission) => Promise<{ billingKey?: string } | void>;
  /** Label of the submit button. */
  submitLabel?: ReactNode;
  className?: string;
  style?: CSSProperties;
  theme?: Theme;
  unstyled?: boolean;
}

type CardField = "number" | "expiry" | "birthOrBusinessRegistrationNumber" | "passwordTwoDigits";
const EMPTY_CARD: Record<CardField, string> = { number: "", expiry: "", birthOrBusinessRegistrationNumber: "", passwordTwoDigits: "" };
const UI_PROPS = new Set(["mode", "nameMode", "customer", "onIssued", "onFailure", "onSubmitCard", "submitLabel", "className", "style", "theme", "unstyled"]);

function toCredential(card: Record<CardField, string>): CardCredential {
  const [mm = "", yy = ""] = card.expiry.split("/").map((s) => s.trim());
  const credential: CardCredential = { number: cardDigits(card.number), expiryMonth: mm, expiryYear: yy };
  if (card.birthOrBusinessRegistrationNumber) credential.birthOrBusinessRegistrationNumber = card.birthOrBusinessRegistrationNumber;
  if (card.passwordTwoDigits) credential.passwordTwoDigits = card.passwordTwoDigits;
  return credential;
}

function formatExpiry(input: string): string {
  const d = input.replace(/\D/g, "").slice(0, 4);
  return d.length > 2 ? `${d.slice(0, 2)}/${d.slice(2)}` : d;
}

/** Never shows what could be card data: long digit runs become asterisks. */
function redact(text: string): string {
  return text.replace(/\d[\d -]{10,}\d/g, "****");
}

/**
 * Registers a card for recurring payments. `mode="window"` opens the Inicis billing-key window
 * (`billingKeyMethod: "CARD"`); `mode="keyed-in"` collects card number, expiry, birth date or
 * business number and two password digits and hands them to `onSubmitCard` (never logged, never
 * stored, cleared after a successful submit). Buyer fields are validated on blur and on submit.
 */
export function BillingKeyForm(props: BillingKeyFormProps): ReactNode {
  const ctx = usePortOne();
  const t = uiText(ctx.locale);
  const mode = props.mode ?? "window";
  const nameMode = props.nameMode ?? "full";
  // the REST flow behind keyed-in mode needs every buyer field on every device (rules section 3)
  const form = useBuyerForm({ flow: "billingKey", nameMode, initial: props.customer, device: mode === "keyed-in" ? "pc" : undefined });
  const hook = useIssueBillingKey();
  const latest = useLatest(props);
  const stylesheet = useStyleSheet(props.unstyled);
  const baseId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const busy = useRef(false);
  const [card, setCard] = useState(EMPTY_CARD);
  const [cardTouched, setCardTouched] = useState<Partial<Record<CardField, boolean>>>({});
  const [summary, setSummary] = useState<ValidationIssue[]>([]);
  const [keyedState, setKeyedState] = useState<"idle" | "pending" | "success" | "error">("idle");
  const [keyedError, setKeyedError] = useState<string | null>(null);
  const cls = (name: string) => (props.unstyled ? undefined : name);
  const fields: BuyerField[] = nameMode === "full" ? ["fullName", "phoneNumber", "email"] : ["lastName", "firstName", "phoneNumber", "email"];

  const cardIssues = mode === "keyed-in" ? validateCardCredential(toCredential(card), { locale: ctx.locale }) : [];
  const cardError = (f: CardField) => (cardTouched[f] ? cardIssues.find((i) => i.field === `card.${f}`)?.message : undefined);
  const cardId = (f: CardField) => `${baseId}-card-${f}`;

  const focusFirst = useCallback(
    (issues: ValidationIssue[]) => {
      const first = issues[0];
      if (!first) return;
      const m = /^(customer|card)\.(\w+)$/.exec(first.field);
      const id = m?.[1] === "customer" ? form.fieldProps(m[2] as BuyerField).id : m?.[1] === "card" ? cardId(m[2] as CardField) : null;
      const el = id ? document.getElementById(id) : null;
      (el ?? summaryRef.current)?.focus();
    },
    [form], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    const p = latest.current;
    const buyerErrors = form.validate();
    setCardTouched({ number: true, expiry: true, birthOrBusinessRegistrationNumber: true, passwordTwoDigits: true });
    const cardErrors = cardIssues.filter((i) => i.severity === "error");
    const errors = [...buyerErrors, ...cardErrors];
    setSummary(errors);
    if (errors.length > 0) {
      focusFirst(errors);
      p.onFailure?.({ status: "invalid", flow: "billingKey", issues: errors });
      return;
    }
    const customer = form.toCustomer();
    busy.current = true;
    try {
      if (mode === "keyed-in") {
        if (!p.onSubmitCard) throw new Error("[react-portone-inicis] BillingKeyForm mode=\"keyed-in\" needs an onSubmitCard prop that sends the card to your server.");
        setKeyedState("pending");
        setKeyedError(null);
        try {
          const result = await p.onSubmitCard({ credential: toCredential(card), customer });
          setCard(EMPTY_CARD);
          setCardTouched({});
          setKeyedState("success");
          p.onIssued?.({ status: "success", flow: "billingKey", billingKey: (result && result.billingKey) || "" });
        } catch (error) {
          const message = redact(error instanceof Error ? error.message : String(error));
          setKeyedState("error");
          setKeyedError(message);
          p.onFailure?.({ status: "failure", flow: "billingKey", code: "CARD_SUBMIT_FAILED", message });
        }
        return;
      }
      const input: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(p)) if (!UI_PROPS.has(k)) input[k] = v;
      const outcome = await hook.request({ ...(input as unknown as BillingKeyInput), customer });
      if (outcome.status === "success") p.onIssued?.(outcome);
      else {
        if (outcome.status === "invalid") {
          const blocking = outcome.issues.filter((i) => i.severity === "error");
          setSummary(blocking);
          focusFirst(blocking);
        }
        p.onFailure?.(outcome);
      }
    } finally {
      busy.current = false;
    }
  };

  const pending = hook.status === "pending" || keyedState === "pending";
  const state = pending ? (ctx.device === "mobile" && mode === "window" ? "redirecting" : "pending") : summary.length > 0 || hook.status === "failure" || keyedState === "error" ? "error" : hook.status === "success" || keyedState === "success" ? "success" : "idle";
  const failure = hook.outcome?.status === "failure" ? hook.outcome : null;
  const vars = themeToCssVars(ctx.theme, props.theme) as CSSProperties;
  const cardField = (f: CardField, label: string, extra: Record<string, unknown>, hint?: string) => (
    <Field
      id={cardId(f)}
      label={label}
      locale={ctx.locale}
      required
      hint={hint}
      error={cardError(f)}
      value={card[f]}
      onChange={(e) => {
        const raw = e.target.value;
        const value = f === "number" ? formatCardNumber(raw) : f === "expiry" ? formatExpiry(raw) : raw.replace(/\D/g, "").slice(0, f === "passwordTwoDigits" ? 2 : 10);
        setCard((c) => ({ ...c, [f]: value }));
      }}
      onBlur={() => setCardTouched((tch) => ({ ...tch, [f]: true }))}
      {...extra}
    />
  );

  return (
    <form
      className={[cls("pi-root pi-form"), props.className].filter(Boolean).join(" ") || undefined}
      style={{ ...vars, ...props.style }}
      onSubmit={(e) => void submit(e)}
      noValidate
      data-state={state}
      aria-busy={pending || undefined}
    >
      {stylesheet}
      <div ref={summaryRef} tabIndex={-1}>
        <ErrorSummary issues={localizeIssues(summary, ctx.locale)} locale={ctx.locale} />
      </div>
      <BuyerFieldInputs form={form} fields={fields} locale={ctx.locale} />
      {mode === "keyed-in" ? (
        <>
          {cardField("number", t.cardNumber, { inputMode: "numeric", autoComplete: "cc-number", placeholder: "0000 0000 0000 0000", maxLength: 23 })}
          <div className={cls("pi-row")}>
            {cardField("expiry", t.cardExpiry, { inputMode: "numeric", autoComplete: "cc-exp", placeholder: "MM/YY", maxLength: 5 }, t.cardExpiryHint)}
            {cardField("passwordTwoDigits", t.cardPassword, { inputMode: "numeric", type: "password", autoComplete: "off", maxLength: 2 }, t.cardPasswordHint)}
          </div>
          {cardField("birthOrBusinessRegistrationNumber", t.cardBirth, { inputMode: "numeric", autoComplete: "off", maxLength: 10 }, t.cardBirthHint)}
        </>
      ) : null}
      <button type="submit" className={cls("pi-button")} disabled={pending || undefined} aria-busy={pending || undefined} data-state={state}>
        {pending ? <span className={cls("pi-spinner")} aria-hidden="true" /> : null}
        {pending ? (state === "redirecting" ? t.redirecting : t.pending) : (props.submitLabel ?? (mode === "window" ? t.openBillingWindow : t.registerCard))}
      </button>
      {failure ? (
        <div className={cls("pi-alert")} role="alert">
          {failureText(failure, t)}
        </div>
      ) : keyedState === "error" ? (
        <div className={cls("pi-alert")} role="alert">
          {t.cardSubmitFailed} {keyedError}
        </div>
      ) : hook.status === "success" || keyedState === "success" ? (
        <div className={cls("pi-status")} role="status">
          {mode === "window" ? t.billingKeyIssued : t.cardRegistered}
        </div>
      ) : null}
    </form>
  );
}
