import { useCallback, useId, useRef, useState, type CSSProperties, type FormEvent, type ReactNode } from "react";
import type { Outcome } from "../core/outcome";
import { cardDigits, formatCardNumber, validateCardCredential, type CardCredential } from "../core/card-rules";
import { redactCardNumbers } from "../core/checks";
import type { LibraryFailureCode } from "../core/codes";
import { isDevelopment } from "../core/env";
import { localizeIssues } from "../core/format";
import type { BillingKeyInput } from "../core/inputs";
import { failureOutcome, invalidOutcome, type BillingKeyOutcome, type BillingKeySuccess, type CancelledOutcome, type FailureOutcome, type InvalidOutcome } from "../core/outcome";
import { themeToCssVars, type Theme } from "../core/theme";
import type { BuyerInput, LocalizedIssue } from "../core/types";
import { useFlowHub, usePortOne } from "../react/context";
import { useBuyerForm, type BuyerField, type BuyerForm } from "../react/useBuyerForm";
import { useAttemptMachine, useFlow } from "../react/useFlow";
import { useLatest } from "../react/useLatest";
import { BuyerFieldInputs } from "./BuyerFields";
import { ErrorSummary, Field } from "./parts";
import { splitProps } from "./props";
import { StatusMessage, viewOf, type StatusLine } from "./status";
import { STATUS_CSS } from "../flow/status";
import { BUTTON_CSS, FIELD_CSS, useStyleSheet } from "./styles";
import { BUTTON_TEXT, FIELD_TEXT, textOf } from "./text";

const TEXT = {
  ko: {
    registerCard: "카드 등록",
    openBillingWindow: "카드 등록 창 열기",
    cardNumber: "카드 번호",
    cardExpiry: "유효기간",
    cardExpiryHint: "MM/YY",
    cardBirth: "생년월일 또는 사업자등록번호",
    cardBirthHint: "생년월일 6자리(YYMMDD) 또는 사업자번호 10자리",
    cardPassword: "비밀번호 앞 2자리",
    cardPasswordHint: "카드 비밀번호의 앞 두 자리",
  },
  en: {
    registerCard: "Register card",
    openBillingWindow: "Open the card window",
    cardNumber: "Card number",
    cardExpiry: "Expiry",
    cardExpiryHint: "MM/YY",
    cardBirth: "Birth date or business number",
    cardBirthHint: "6-digit birth date (YYMMDD) or 10-digit business number",
    cardPassword: "First 2 password digits",
    cardPasswordHint: "The first two digits of the card password",
  },
};

/** What `onSubmitCard` receives in keyed-in mode: the card data and the buyer, for your server. */
export interface CardSubmission {
  credential: CardCredential;
  customer: BuyerInput;
}

/** Props both modes of {@link BillingKeyForm} share. */
export interface BillingKeyFormBaseProps {
  /** One full-name field (default) or first and last name. */
  nameMode?: "full" | "separated";
  /** Initial buyer values. */
  customer?: BuyerInput;
  /** A billing key was issued (window mode, on PC and after a mobile redirect alike), or `onSubmitCard` resolved (keyed-in mode). */
  onSuccess?: (outcome: BillingKeySuccess) => void;
  /** The same as `onSuccess` (its first name); both are called. */
  onIssued?: (outcome: BillingKeySuccess) => void;
  /** The window or your server refused, or the input broke a rule. */
  onFailure?: (outcome: FailureOutcome<"billingKey"> | InvalidOutcome<"billingKey"> | CancelledOutcome<"billingKey">) => void;
  /** The buyer cancelled; without it, `onFailure` receives the cancelled outcome. */
  onCancel?: (outcome: CancelledOutcome<"billingKey">) => void;
  /** Window mode: your key for this form's attempts, so a redirect's landing finds this form (see PayButton's `attemptKey`). */
  attemptKey?: string;
  /** Label of the submit button. */
  submitLabel?: ReactNode;
  className?: string;
  style?: CSSProperties;
  theme?: Theme;
  unstyled?: boolean;
}

/** `mode="window"` (the default): Inicis' card billing-key window; the request fields of `BillingKeyInput`. */
export type BillingKeyWindowProps = BillingKeyFormBaseProps &
  Omit<BillingKeyInput, "customer"> & {
    mode?: "window";
    /** Keyed-in mode only. */
    onSubmitCard?: never;
  };

/** `mode="keyed-in"`: card data collected here and sent to your server by `onSubmitCard`; no window fields. */
export type BillingKeyKeyedInProps = BillingKeyFormBaseProps & { [K in Exclude<keyof BillingKeyInput, "customer">]?: never } & {
  mode: "keyed-in";
  /**
   * Send the card data to your own server (which calls `react-portone-inicis/server`). Resolve with
   * the billing key your server got; reject to show the buyer a calm retry sentence (the error
   * goes to `onFailure` as `CARD_SUBMIT_FAILED`, never the raw text on screen).
   */
  onSubmitCard: (submission: CardSubmission) => Promise<{ billingKey?: string } | void>;
};

/** Props of {@link BillingKeyForm}: a union on `mode`, so each mode takes only its own props. */
export type BillingKeyFormProps = BillingKeyWindowProps | BillingKeyKeyedInProps;

const UI_KEYS = ["mode", "nameMode", "customer", "onSuccess", "onIssued", "onFailure", "onCancel", "attemptKey", "onSubmitCard", "submitLabel", "className", "style", "theme", "unstyled"];

/**
 * Registers a card for recurring payments. `mode="window"` opens the Inicis billing-key window
 * (`billingKeyMethod: "CARD"`); `mode="keyed-in"` collects card number, expiry and, optionally,
 * birth date or business number and two password digits, and hands them to `onSubmitCard` (never
 * logged, never stored, cleared after a successful submit). Buyer fields are validated on blur and
 * on submit.
 */
export function BillingKeyForm(props: BillingKeyFormProps): ReactNode {
  return props.mode === "keyed-in" ? <KeyedInCardForm {...props} /> : <WindowBillingKeyForm {...props} />;
}

/** What both forms render around their own fields. */
interface FrameProps {
  props: BillingKeyFormBaseProps;
  form: BuyerForm;
  fields: BuyerField[];
  summary: LocalizedIssue[];
  summaryRef: React.RefObject<HTMLDivElement | null>;
  onSubmit: (event: FormEvent) => void;
  state: string;
  busy: boolean;
  label: ReactNode;
  line: StatusLine | null;
  children?: ReactNode;
}

function FormFrame({ props, form, fields, summary, summaryRef, onSubmit, state, busy, label, line, children }: FrameProps): ReactNode {
  const ctx = usePortOne();
  const stylesheet = useStyleSheet(props.unstyled, ["button", BUTTON_CSS], ["status", STATUS_CSS], ["fields", FIELD_CSS]);
  const vars = themeToCssVars(ctx.theme, props.theme) as CSSProperties;
  const cls = (name: string): string | undefined => (props.unstyled ? undefined : name);
  return (
    <form
      className={[cls("pi-root pi-form"), props.className].filter(Boolean).join(" ") || undefined}
      style={{ ...vars, ...props.style }}
      onSubmit={onSubmit}
      noValidate
      data-state={state}
      aria-busy={busy || undefined}
    >
      {stylesheet}
      <div ref={summaryRef} tabIndex={-1}>
        <ErrorSummary issues={summary} title={ctx.messages?.ui.errorSummary ?? ""} />
      </div>
      <BuyerFieldInputs form={form} fields={fields} t={textOf(FIELD_TEXT, ctx.locale)} />
      {children}
      <button type="submit" className={cls("pi-button")} disabled={busy || undefined} aria-busy={busy || undefined} data-state={state}>
        {busy ? <span className={cls("pi-spinner")} aria-hidden="true" /> : null}
        {label}
      </button>
      <StatusMessage line={line} className={cls(line?.role === "alert" ? "pi-alert" : "pi-message")} />
    </form>
  );
}

/** The buyer form, summary and focus handling both modes share. */
function useFormBasics(props: BillingKeyFormBaseProps, keyedIn: boolean) {
  const nameMode = props.nameMode ?? "full";
  // the REST flow behind keyed-in mode needs every buyer field on every device (rules section 3)
  const form = useBuyerForm({ flow: "billingKey", nameMode, initial: props.customer, device: keyedIn ? "pc" : undefined });
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState<LocalizedIssue[]>([]);
  const fields: BuyerField[] = nameMode === "full" ? ["fullName", "phoneNumber", "email"] : ["lastName", "firstName", "phoneNumber", "email"];
  const focusFirst = useCallback(
    (issues: LocalizedIssue[], cardId?: (field: string) => string) => {
      const first = issues[0];
      if (!first) return;
      const [group, name = ""] = first.field.split(".");
      const id = group === "customer" ? form.fieldProps(name as BuyerField).id : group === "card" && cardId ? cardId(name) : null;
      ((id ? document.getElementById(id) : null) ?? summaryRef.current)?.focus();
    },
    [form],
  );
  return { form, summaryRef, summary, setSummary, fields, focusFirst };
}

function WindowBillingKeyForm(props: BillingKeyWindowProps): ReactNode {
  const ctx = usePortOne();
  const t = textOf(TEXT, ctx.locale);
  const latest = useLatest(props);
  const { form, summaryRef, summary, setSummary, fields, focusFirst } = useFormBasics(props, false);
  const hook = useFlow(
    "billingKey",
    {
      attemptKey: props.attemptKey,
      onSuccess: (o) => {
        latest.current.onSuccess?.(o);
        latest.current.onIssued?.(o);
      },
      onCancel: (o) => (latest.current.onCancel ?? latest.current.onFailure)?.(o as CancelledOutcome<"billingKey">),
      onFailure: (o) => {
        if (o.status === "invalid") {
          const blocking = o.issues.filter((i) => i.severity === "error");
          setSummary(blocking);
          focusFirst(blocking);
        }
        latest.current.onFailure?.(o);
      },
    },
    { orderName: props.issueName, amount: props.displayAmount, currency: props.currency },
  );
  const hub = useFlowHub();
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (hook.isPending) return;
    // the sentences of the summary come with the locale's pack, loaded now if a quick buyer beat it
    const pack = await hub.loadPack().catch(() => null);
    const found = form.validate();
    const errors = pack ? localizeIssues(found, pack) : found;
    setSummary(errors);
    if (errors.length > 0) {
      focusFirst(errors);
      latest.current.onFailure?.({ status: "invalid", flow: "billingKey", issues: errors });
      return;
    }
    const { input } = splitProps<BillingKeyInput>(latest.current, UI_KEYS);
    void hook.request({ ...input, customer: form.toCustomer() });
  };
  const ui = ctx.messages?.ui;
  const view = viewOf(hub, hook.status, hook.outcome as BillingKeyOutcome | null, ctx.device, ui, "billingKeyIssued", "windowFailed");
  return (
    <FormFrame
      props={props}
      form={form}
      fields={fields}
      summary={summary}
      summaryRef={summaryRef}
      onSubmit={(e) => void submit(e)}
      state={summary.length > 0 ? "error" : view.state}
      busy={hook.isPending}
      label={hook.isPending ? textOf(BUTTON_TEXT, ctx.locale)[view.state === "redirecting" || view.state === "verifying" ? view.state : "pending"] : (props.submitLabel ?? t.openBillingWindow)}
      line={view.line}
    />
  );
}

type CardField = "number" | "expiry" | "birthOrBusinessRegistrationNumber" | "passwordTwoDigits";
const EMPTY_CARD: Record<CardField, string> = { number: "", expiry: "", birthOrBusinessRegistrationNumber: "", passwordTwoDigits: "" };

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

function KeyedInCardForm(props: BillingKeyKeyedInProps): ReactNode {
  const ctx = usePortOne();
  const hub = useFlowHub();
  const t = textOf(TEXT, ctx.locale);
  const latest = useLatest(props);
  const { form, summaryRef, summary, setSummary, fields, focusFirst } = useFormBasics(props, true);
  const baseId = useId();
  // the card's digits live only in the inputs' own value (never a React prop, so never an attribute
  // in the DOM, in serialised HTML or in a session replay); they are read on blur and on submit
  const inputs = useRef<Partial<Record<CardField, HTMLInputElement | null>>>({});
  const [cardErrors, setCardErrors] = useState<Partial<Record<CardField, string>>>({});
  const { state, withMachine } = useAttemptMachine("billingKey", () => ({
    onSuccess: (o: BillingKeySuccess) => {
      latest.current.onSuccess?.(o);
      latest.current.onIssued?.(o);
    },
    onCancel: latest.current.onCancel,
    onFailure: latest.current.onFailure,
  }));
  const cardId = (f: string): string => `${baseId}-card-${f}`;
  const card = (): Record<CardField, string> => {
    const out = { ...EMPTY_CARD };
    for (const f of Object.keys(EMPTY_CARD) as CardField[]) out[f] = inputs.current[f]?.value ?? "";
    return out;
  };
  const check = (only?: CardField): void => {
    const found = validateCardCredential(toCredential(card()), { requireOwnerCheck: false }).filter((i) => i.severity === "error");
    const issues = ctx.messages ? localizeIssues(found, ctx.messages) : found.map((i) => ({ ...i, message: "" }));
    const message = (f: CardField): string | undefined => issues.find((i) => i.field === `card.${f}`)?.message || undefined;
    setCardErrors((e) => (only ? { ...e, [only]: message(only) } : Object.fromEntries((Object.keys(EMPTY_CARD) as CardField[]).map((f) => [f, message(f)]))));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (state.phase === "pending") return;
    const pack = await hub.loadPack().catch(() => null);
    check();
    const found = validateCardCredential(toCredential(card()), { requireOwnerCheck: false }).filter((i) => i.severity === "error");
    const errors = [...form.validate(), ...(pack ? localizeIssues(found, pack) : found.map((i) => ({ ...i, message: i.code })))];
    setSummary(errors);
    if (errors.length > 0) {
      focusFirst(errors, cardId);
      void withMachine((m) => m.run(() => invalidOutcome("billingKey", errors)));
      return;
    }
    const submission = { credential: toCredential(card()), customer: form.toCustomer() };
    void withMachine((m) =>
      m.run(() =>
      Promise.resolve()
        .then(() => latest.current.onSubmitCard(submission))
        .then(
          (answer): Outcome => {
            for (const input of Object.values(inputs.current)) if (input) input.value = "";
            return { status: "success", flow: "billingKey", billingKey: (answer && answer.billingKey) || "" };
          },
          (error: unknown): Outcome => {
            const message = redactCardNumbers(error instanceof Error ? error.message : String(error));
            if (isDevelopment()) console.error(`[react-portone-inicis] BillingKeyForm: onSubmitCard failed: ${message}`);
            return failureOutcome("billingKey", "CARD_SUBMIT_FAILED" satisfies LibraryFailureCode, message);
          },
        ),
      ),
    );
  };

  const status = state.phase === "settled" ? state.outcome!.status : state.phase === "idle" ? "idle" : "pending";
  const view = viewOf(hub, status, state.outcome, "pc", ctx.messages?.ui, "cardRegistered", "cardSubmitFailed");
  const pending = status === "pending";
  const cardField = (f: CardField, label: string, extra: Record<string, unknown>, required: boolean, hint?: string): ReactNode => (
    <Field
      id={cardId(f)}
      inputRef={(el: HTMLInputElement | null) => void (inputs.current[f] = el)}
      label={label}
      marker={required ? textOf(FIELD_TEXT, ctx.locale).required : textOf(FIELD_TEXT, ctx.locale).optional}
      required={required}
      hint={hint}
      error={cardErrors[f]}
      onInput={(e) => {
        const el = e.currentTarget;
        const raw = el.value;
        const atEnd = el.selectionStart === raw.length;
        el.value = f === "number" ? formatCardNumber(raw) : f === "expiry" ? formatExpiry(raw) : raw.replace(/\D/g, "").slice(0, f === "passwordTwoDigits" ? 2 : 10);
        // typing at the end keeps the caret at the end of the reformatted value
        if (atEnd) el.setSelectionRange(el.value.length, el.value.length);
      }}
      onBlur={() => check(f)}
      {...extra}
    />
  );
  const cls = (name: string): string | undefined => (props.unstyled ? undefined : name);
  return (
    <FormFrame
      props={props}
      form={form}
      fields={fields}
      summary={summary}
      summaryRef={summaryRef}
      onSubmit={(e) => void submit(e)}
      state={summary.length > 0 ? "error" : view.state}
      busy={pending}
      label={pending ? textOf(BUTTON_TEXT, ctx.locale).pending : (props.submitLabel ?? t.registerCard)}
      line={view.line}
    >
      {cardField("number", t.cardNumber, { inputMode: "numeric", autoComplete: "cc-number", placeholder: "0000 0000 0000 0000", maxLength: 23 }, true)}
      <div className={cls("pi-row")}>
        {cardField("expiry", t.cardExpiry, { inputMode: "numeric", autoComplete: "cc-exp", placeholder: "MM/YY", maxLength: 5 }, true, t.cardExpiryHint)}
        {cardField("passwordTwoDigits", t.cardPassword, { inputMode: "numeric", type: "password", autoComplete: "off", maxLength: 2 }, false, t.cardPasswordHint)}
      </div>
      {cardField("birthOrBusinessRegistrationNumber", t.cardBirth, { inputMode: "numeric", autoComplete: "off", maxLength: 10 }, false, t.cardBirthHint)}
    </FormFrame>
  );
}
