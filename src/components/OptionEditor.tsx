import { useEffect, useId, useState, type CSSProperties, type ReactNode } from "react";
import { INICIS_CARD_CODES } from "../core/card-codes";
import { hasErrors, IssueCollector } from "../core/collect";
import { localizeIssues, type MessagePack } from "../core/format";
import type { OptionText } from "../core/inicis-options";
import { encodeForBothDevices, optionDevices, validateOptionValues, type InicisPartialInterestFree, type OptionRow, type OptionSchema } from "../core/option-schema";
import { themeToCssVars, type Theme } from "../core/theme";
import type { Device, LocalizedIssue } from "../core/types";
import { useFlowHub, usePortOne } from "../react/context";
import { STATUS_CSS } from "../flow/status";
import { BUTTON_CSS, FIELD_CSS, useStyleSheet } from "./styles";
import { textOf } from "./text";

const EDITOR_CSS = `:where(.pi-editor){display:grid;gap:1.25em}
:where(.pi-editor fieldset){display:grid;gap:.9em;margin:0;padding:1em;border:1px solid var(--_b);border-radius:var(--_r)}
:where(.pi-badge){display:inline-block;margin-left:.4em;padding:0 .45em;border-radius:999px;font-size:.75em;font-weight:600;background:var(--_m);color:var(--_bg)}
:where(.pi-badge)[data-kind=contract]{background:var(--_d)}
:where(.pi-check){display:flex;gap:.5em;align-items:center}
:where(.pi-preview){display:grid;gap:.5em}
:where(.pi-preview h3){margin:0}
:where(.pi-readers){display:flex;flex-wrap:wrap;gap:.25em 1em;margin:0;padding:0;list-style:none;font-size:.85em}
:where(.pi-preview pre){margin:.5em 0;padding:.75em;overflow:auto;border:1px solid var(--_b);border-radius:var(--_r);background:var(--_bg);font-size:.85em}`;

const TEXT = {
  ko: {
    pc: "PC",
    mobile: "모바일",
    both: "PC·모바일",
    contractRequired: "별도 계약 필요",
    copy: "복사",
    copied: "복사했습니다",
    copyFailed: "복사하지 못했습니다. 직접 선택해 복사해 주세요.",
    previewTitle: "보내는 bypass 미리보기",
    previewHint: "PC와 모바일의 키를 함께 보내고, 열린 결제창이 자기 키만 읽습니다. 어느 창이 열릴지는 PortOne이 정합니다.",
    readers: "키를 읽는 결제창",
    billingKey: "빌링키",
    previewInvalid: "옵션에 오류가 있어 bypass를 만들 수 없습니다.",
    addRow: "행 추가",
    removeRow: "행 삭제",
    months: "개월",
    monthsHint: "예: 2,3",
    cardCode: "카드사 코드",
    cardCodeHint: "두 자리 숫자",
    picker: "색상 선택",
  },
  en: {
    pc: "PC",
    mobile: "Mobile",
    both: "PC & mobile",
    contractRequired: "Contract required",
    copy: "Copy",
    copied: "Copied",
    copyFailed: "Could not copy. Please select the text and copy it yourself.",
    previewTitle: "bypass preview (what is sent)",
    previewHint: "PC and mobile keys are sent together; the window that opens reads only its own. PortOne decides which window opens.",
    readers: "Window reading each key",
    billingKey: "billing key",
    previewInvalid: "An option has an error, so no bypass can be built.",
    addRow: "Add row",
    removeRow: "Remove row",
    months: "Months",
    monthsHint: "e.g. 2,3",
    cardCode: "Card code",
    cardCodeHint: "Two digits",
    picker: "colour picker",
  },
};

/** Props of {@link OptionEditor}: a table of options, its texts, and the controlled value. */
export interface OptionEditorProps {
  schema: OptionSchema;
  texts: { ko: Readonly<Record<string, OptionText>>; en: Readonly<Record<string, OptionText>> };
  value: Record<string, unknown> | null | undefined;
  onChange: (next: Record<string, unknown>) => void;
  /** Which devices' options to show as controls; both by default. The preview always shows the one object sent. */
  device?: Device | "both";
  className?: string | undefined;
  style?: CSSProperties | undefined;
  theme?: Theme | undefined;
  unstyled?: boolean | undefined;
}

const asText = (v: unknown): string => (typeof v === "string" ? v : v === undefined || v === null ? "" : Array.isArray(v) ? v.join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v));
const numbers = (text: string): number[] => text.split(/[\s,:]+/).filter(Boolean).map(Number);

/**
 * Edits the values of any option table: one labelled control per row, chosen by the row's value
 * kind, with the devices it reaches, a badge where a contract is needed, inline validation from
 * the same rules, and a live preview of the one object a request sends (both windows' keys, each
 * marked with the window that reads it). A malformed saved value
 * shows its message; nothing it is given makes it throw.
 */
export function OptionEditor(props: OptionEditorProps): ReactNode {
  const ctx = usePortOne();
  const runtime = useFlowHub();
  const t = textOf(TEXT, ctx.locale);
  const texts = textOf(props.texts, ctx.locale);
  const id = useId();
  const sheets = useStyleSheet(props.unstyled, ["button", BUTTON_CSS], ["status", STATUS_CSS], ["fields", FIELD_CSS], ["editor", EDITOR_CSS]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => {
    if (!ctx.messages) void runtime.loadPack().catch(() => undefined);
  }, [ctx.messages, runtime]);

  const schema = props.schema;
  const device = props.device ?? "both";
  const value = props.value && typeof props.value === "object" ? props.value : {};
  const out = new IssueCollector();
  validateOptionValues(schema, value, out, { prefix: "inicis", flow: "payment" });
  // messages name a field with this table's own labels, like its controls do
  const pack = ctx.messages ? { ...ctx.messages, options: { ...ctx.messages.options, ...texts } as MessagePack["options"] } : null;
  const issues: LocalizedIssue[] = pack ? localizeIssues(out.issues, pack) : out.issues.map((i) => ({ ...i, message: "" }));
  const invalid = hasErrors(out.issues);
  const cls = (name: string): string | undefined => (props.unstyled ? undefined : name);
  const set = (key: string, v: unknown): void => {
    const next = { ...value };
    if (v === undefined || v === "") delete next[key];
    else next[key] = v;
    props.onChange(next);
  };
  const errorFor = (prefix: string): LocalizedIssue | undefined =>
    issues.find((i) => i.severity === "error" && (i.field === prefix || i.field.startsWith(`${prefix}.`) || i.field.startsWith(`${prefix}[`)));
  const setDraft = (key: string, text: string | undefined): void =>
    setDrafts((d) => {
      const next = { ...d };
      if (text === undefined) delete next[key];
      else next[key] = text;
      return next;
    });
  const listId = `${id}-cards`;
  const keys = Object.keys(schema).filter((k) => device === "both" || optionDevices(schema[k]!).includes(device));

  const control = (key: string): ReactNode => {
    const row = schema[key] as OptionRow<unknown>;
    const v = value[key];
    const inputId = `${id}-${key}`;
    const err = errorFor(`inicis.${key}`);
    const errId = `${inputId}-error`;
    const devices = optionDevices(row);
    const invalidProps = { "aria-invalid": err ? true : undefined, "aria-describedby": err ? errId : `${inputId}-hint` };
    const badges = (
      <>
        <span className={cls("pi-badge")} data-kind="device">
          {devices.length === 2 ? t.both : devices[0] === "pc" ? t.pc : t.mobile}
        </span>
        {row.contract ? (
          <span className={cls("pi-badge")} data-kind="contract">
            {t.contractRequired}
          </span>
        ) : null}
      </>
    );
    const text = texts[key] ?? { label: key, hint: "" };
    const hint = (
      <span className={cls("pi-hint")} id={`${inputId}-hint`}>
        {text.hint}
      </span>
    );
    const error = err ? (
      <span className={cls("pi-error")} id={errId}>
        {err.message}
      </span>
    ) : null;
    const labelled = (body: ReactNode): ReactNode => (
      <div className={cls("pi-field")} key={key}>
        <label className={cls("pi-label")} htmlFor={inputId}>
          {text.label}
          {badges}
        </label>
        {body}
        {hint}
        {error}
      </div>
    );
    switch (row.kind.control) {
      case "checkbox":
        return (
          <div className={cls("pi-field")} key={key}>
            <label className={cls("pi-check")} htmlFor={inputId}>
              <input id={inputId} type="checkbox" checked={v === true} onChange={(e) => set(key, e.target.checked ? true : undefined)} {...invalidProps} />
              <span>
                {text.label}
                {badges}
              </span>
            </label>
            {hint}
            {error}
          </div>
        );
      case "select":
        return labelled(
          <select className={cls("pi-input")} id={inputId} value={asText(v)} onChange={(e) => set(key, e.target.value || undefined)} {...invalidProps}>
            <option value="">—</option>
            {(row.kind.choices ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>,
        );
      case "color": {
        const hex = typeof v === "string" && /^#[0-9a-fA-F]{6}$/.test(v) ? v.toLowerCase() : "#000000";
        return labelled(
          <div className={cls("pi-row")}>
            <input className={cls("pi-input")} id={inputId} value={asText(v)} placeholder="#C1272C" onChange={(e) => set(key, e.target.value)} {...invalidProps} />
            <input type="color" aria-label={`${text.label} (${t.picker})`} value={hex} onChange={(e) => set(key, e.target.value.toUpperCase())} />
          </div>,
        );
      }
      case "cardCodes":
        return labelled(
          <input
            className={cls("pi-input")}
            id={inputId}
            inputMode="numeric"
            value={drafts[key] ?? asText(v)}
            placeholder="11, 34"
            onChange={(e) => {
              setDraft(key, e.target.value);
              const codes = e.target.value.split(/[\s,]+/).filter(Boolean);
              set(key, codes.length > 0 ? codes : undefined);
            }}
            onBlur={() => setDraft(key, undefined)}
            {...invalidProps}
          />,
        );
      case "plans":
        return plansControl(key, v, text.label, badges, inputId, error);
      default: {
        const kind = row.kind.control;
        const type = kind === "url" ? "url" : kind === "email" ? "email" : kind === "tel" ? "tel" : "text";
        const inputMode = kind === "url" ? "url" : kind === "email" ? "email" : kind === "tel" || kind === "cardCode" ? "numeric" : undefined;
        return labelled(
          <input
            className={cls("pi-input")}
            id={inputId}
            type={type}
            inputMode={inputMode}
            list={kind === "cardCode" ? listId : undefined}
            placeholder={kind === "url" ? "https://" : kind === "cardCode" ? t.cardCodeHint : undefined}
            value={asText(v)}
            onChange={(e) => set(key, kind === "cardCode" ? e.target.value.trim() : e.target.value)}
            {...invalidProps}
          />,
        );
      }
    }
  };

  const plansControl = (key: string, v: unknown, label: string, badges: ReactNode, inputId: string, error: ReactNode): ReactNode => {
    const rows: unknown[] = Array.isArray(v) ? v : [];
    const setRows = (next: unknown[]): void => set(key, next.length > 0 ? next : undefined);
    const patch = (i: number, change: Partial<InicisPartialInterestFree>): void => setRows(rows.map((r, j) => (j === i ? { ...(typeof r === "object" && r ? r : {}), ...change } : r)));
    return (
      <fieldset key={key}>
        <legend className={cls("pi-label")}>
          {label}
          {badges}
        </legend>
        {rows.map((raw, i) => {
          const plan = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
          const codeErr = errorFor(`inicis.${key}[${i}].cardCode`) ?? errorFor(`inicis.${key}[${i}]`);
          const monthsErr = errorFor(`inicis.${key}[${i}].months`);
          const draftKey = `${key}-${i}`;
          return (
            <div className={cls("pi-row")} key={i} role="group" aria-label={`${label} #${i + 1}`}>
              <div className={cls("pi-field")}>
                <label className={cls("pi-label")} htmlFor={`${inputId}-${i}-code`}>
                  {t.cardCode}
                </label>
                <input
                  className={cls("pi-input")}
                  id={`${inputId}-${i}-code`}
                  list={listId}
                  inputMode="numeric"
                  value={asText(plan.cardCode)}
                  onChange={(e) => patch(i, { cardCode: e.target.value.trim() })}
                  aria-invalid={codeErr ? true : undefined}
                  aria-describedby={codeErr ? `${inputId}-${i}-code-error` : undefined}
                />
                {codeErr ? (
                  <span className={cls("pi-error")} id={`${inputId}-${i}-code-error`}>
                    {codeErr.message}
                  </span>
                ) : null}
              </div>
              <div className={cls("pi-field")}>
                <label className={cls("pi-label")} htmlFor={`${inputId}-${i}-months`}>
                  {t.months}
                </label>
                <input
                  className={cls("pi-input")}
                  id={`${inputId}-${i}-months`}
                  inputMode="numeric"
                  placeholder={t.monthsHint}
                  value={drafts[draftKey] ?? asText(plan.months)}
                  onChange={(e) => {
                    setDraft(draftKey, e.target.value);
                    patch(i, { months: numbers(e.target.value) });
                  }}
                  onBlur={() => setDraft(draftKey, undefined)}
                  aria-invalid={monthsErr ? true : undefined}
                  aria-describedby={monthsErr ? `${inputId}-${i}-months-error` : undefined}
                />
                {monthsErr ? (
                  <span className={cls("pi-error")} id={`${inputId}-${i}-months-error`}>
                    {monthsErr.message}
                  </span>
                ) : null}
              </div>
              <button type="button" className={cls("pi-secondary")} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                {t.removeRow} #{i + 1}
              </button>
            </div>
          );
        })}
        {error}
        <button type="button" className={cls("pi-secondary")} onClick={() => setRows([...rows, { cardCode: "11", months: [2, 3] }])}>
          {t.addRow}
        </button>
      </fieldset>
    );
  };

  // what a request sends: both windows' keys in one object, whatever the device (PortOne picks the window)
  const payment = invalid ? null : encodeForBothDevices(schema, value, "payment");
  const billing = invalid ? null : encodeForBothDevices(schema, value, "billingKey");
  const json =
    payment && billing ? JSON.stringify(Object.keys(billing).length > 0 ? { payment: { inicis_v2: payment }, billingKey: { inicis_v2: billing } } : { inicis_v2: payment }, null, 2) : null;
  const readers = (flow: "payment" | "billingKey", sent: Record<string, unknown> | null): [string, string][] =>
    Object.keys(sent ?? {}).map((key) => {
      const devices = (["pc", "mobile"] as const).filter((d) => Object.values(schema).some((row) => row.flow === flow && row[d]?.key === key));
      const who = devices.length === 2 ? t.both : devices[0] === "pc" ? t.pc : t.mobile;
      return [key, flow === "billingKey" ? `${who} (${t.billingKey})` : who];
    });
  const copy = (text: string): void => {
    const done = (ok: boolean) => () => setCopied(ok);
    const write = typeof navigator !== "undefined" ? navigator.clipboard?.writeText(text) : undefined;
    if (!write) return done(false)();
    void write.then(done(true), done(false));
  };
  const vars = themeToCssVars(ctx.theme, props.theme) as CSSProperties;

  return (
    <div className={[cls("pi-root pi-editor"), props.className].filter(Boolean).join(" ") || undefined} style={{ ...vars, ...props.style }} data-state={invalid ? "error" : "idle"}>
      {sheets}
      <datalist id={listId}>
        {INICIS_CARD_CODES.map((c) => (
          <option key={c.code} value={c.code} label={`${c.code} ${c[ctx.locale]}`} />
        ))}
      </datalist>
      {keys.map(control)}
      <section className={cls("pi-preview")} aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`}>{t.previewTitle}</h3>
        <span className={cls("pi-hint")} id={`${id}-preview-hint`}>
          {t.previewHint}
        </span>
        {json ? (
          <>
            <pre aria-labelledby={`${id}-preview`} aria-describedby={`${id}-preview-hint`} data-testid="bypass-preview" tabIndex={0}>
              {json}
            </pre>
            <ul className={cls("pi-readers")} aria-label={t.readers} data-testid="bypass-readers">
              {[...readers("payment", payment), ...readers("billingKey", billing)].map(([key, who]) => (
                <li key={`${key} ${who}`}>
                  <code>{key}</code>{" "}
                  <span className={cls("pi-badge")} data-kind="device">
                    {who}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className={cls("pi-error")} role="alert">
            {t.previewInvalid}
          </p>
        )}
        <div>
          <button type="button" className={cls("pi-secondary")} disabled={!json} onClick={() => json && copy(json)}>
            {t.copy}
          </button>
          <span role="status" className={cls("pi-hint")}>
            {copied === null ? "" : ` ${copied ? t.copied : t.copyFailed}`}
          </span>
        </div>
      </section>
    </div>
  );
}
