import { useId, useState, type CSSProperties, type ReactNode } from "react";
import { buildInicisBillingKeyBypass, buildInicisBypass, INICIS_OPTION_INFO, validateInicisOptions, type InicisOptionKey, type InicisOptions } from "../core/bypass";
import { INICIS_CARD_CODES } from "../core/card-codes";
import { themeToCssVars, type Theme } from "../core/theme";
import type { Device, MessageLocale } from "../core/types";
import { uiText } from "../core/ui-text";
import { usePortOne } from "../react/context";
import { useStyleSheet } from "./styles";

/** Props of {@link InicisBypassEditor}. */
export interface InicisBypassEditorProps {
  value: InicisOptions;
  onChange: (next: InicisOptions) => void;
  /** Which devices' options to show; both by default. */
  device?: Device | "both";
  className?: string;
  style?: CSSProperties;
  theme?: Theme;
  unstyled?: boolean;
}

const LABELS: Record<InicisOptionKey, { ko: string; en: string }> = {
  skinColor: { ko: "결제창 색상 (SKIN)", en: "Window colour (SKIN)" },
  logoUrl: { ko: "메인 로고 URL (logo_url, 89×18)", en: "Main logo URL (logo_url, 89×18)" },
  subLogoUrl: { ko: "서브 로고 URL (logo_2nd, 64×13)", en: "Sub logo URL (logo_2nd, 64×13)" },
  parentEmail: { ko: "보호자 이메일 (parentemail, 14세 미만)", en: "Guardian e-mail (parentemail, under 14)" },
  ssgpayPhone: { ko: "SSGPAY 알림 번호 (Ini_SSGPAY_MDN)", en: "SSGPAY push number (Ini_SSGPAY_MDN)" },
  allowBelow1000: { ko: "1,000원 미만 결제 허용 (below1000)", en: "Allow under 1,000 KRW (below1000)" },
  showOcb: { ko: "OK캐시백 적립 창 (ocb)", en: "OK Cashback field (ocb)" },
  cardPopup: { ko: "안심클릭 팝업 (paypopup)", en: "Card window as popup (paypopup)" },
  hideProgressBar: { ko: "진행 막대 숨김 (hidebar)", en: "Hide progress bar (hidebar)" },
  hideEasyPay: { ko: "간편결제 숨김 (noeasypay)", en: "Hide easy pay (noeasypay)" },
  partialInterestFree: { ko: "부분 무이자 (slimquota)", en: "Partial interest-free (slimquota)" },
  mallPointCards: { ko: "몰포인트 카드 (mallpoint)", en: "Mall-point cards (mallpoint)" },
  preselectCard: { ko: "우선 선택 카드 (P_CARD_OPTION)", en: "Preselected card (P_CARD_OPTION)" },
  merchantName: { ko: "가맹점 이름 (P_MNAME)", en: "Merchant name (P_MNAME)" },
  showGlobalVisa3d: { ko: "해외 VISA 3D 인증 (global_visa3d)", en: "VISA 3D secure (global_visa3d)" },
  androidIntentScheme: { ko: "안드로이드 intent 복귀 (apprun_check)", en: "Android intent return (apprun_check)" },
  cardUse: { ko: "카드 구분, 빌링키 전용 (carduse)", en: "Card use, billing key only (carduse)" },
};
const BOOLEANS = new Set<InicisOptionKey>(["allowBelow1000", "showOcb", "cardPopup", "hideProgressBar", "hideEasyPay", "showGlobalVisa3d", "androidIntentScheme"]);
const TEXTS: Partial<Record<InicisOptionKey, { type: string; inputMode?: "email" | "tel" | "url" | "numeric"; placeholder?: string }>> = {
  logoUrl: { type: "url", inputMode: "url", placeholder: "https://" },
  subLogoUrl: { type: "url", inputMode: "url", placeholder: "https://" },
  parentEmail: { type: "email", inputMode: "email" },
  ssgpayPhone: { type: "tel", inputMode: "numeric", placeholder: "01012345678" },
  merchantName: { type: "text" },
};

function parseNumbers(text: string): number[] {
  return text.split(/[\s,:]+/).filter(Boolean).map(Number);
}

function without(value: InicisOptions, key: InicisOptionKey): InicisOptions {
  const next = { ...value };
  delete next[key];
  return next;
}

/**
 * A controlled editor for the Inicis window options: one labelled control per option with the
 * device it reaches, a badge where a contract with KG Inicis is required, inline validation from
 * the core, and a live preview of the PC and mobile `bypass` with copy buttons.
 */
export function InicisBypassEditor(props: InicisBypassEditorProps): ReactNode {
  const ctx = usePortOne();
  const locale: MessageLocale = ctx.locale;
  const t = uiText(locale);
  const id = useId();
  const stylesheet = useStyleSheet(props.unstyled);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [copied, setCopied] = useState<Device | null>(null);
  const device = props.device ?? "both";
  const value = props.value ?? {};
  const issues = validateInicisOptions(value, undefined, { locale });
  const cls = (name: string) => (props.unstyled ? undefined : name);
  const set = (key: InicisOptionKey, v: unknown) => props.onChange(v === undefined || v === "" ? without(value, key) : { ...value, [key]: v });
  const errorFor = (prefix: string) => issues.find((i) => i.severity === "error" && (i.field === prefix || i.field.startsWith(`${prefix}.`) || i.field.startsWith(`${prefix}[`)));
  const draft = (key: string, fallback: string) => drafts[key] ?? fallback;
  const setDraft = (key: string, text: string | undefined) =>
    setDrafts((d) => {
      const next = { ...d };
      if (text === undefined) delete next[key];
      else next[key] = text;
      return next;
    });
  const listId = `${id}-cards`;
  const deviceLabel = (d: "pc" | "mobile" | "both") => (d === "pc" ? t.editorPc : d === "mobile" ? t.editorMobile : t.editorBoth);
  const keys = (Object.keys(INICIS_OPTION_INFO) as InicisOptionKey[]).filter((k) => {
    const d = INICIS_OPTION_INFO[k].devices;
    return device === "both" || d === "both" || d === device;
  });

  const control = (key: InicisOptionKey): ReactNode => {
    const inputId = `${id}-${key}`;
    const err = errorFor(`inicis.${key}`);
    const errId = `${inputId}-error`;
    const info = INICIS_OPTION_INFO[key];
    const described = err ? errId : undefined;
    const badges = (
      <>
        <span className={cls("pi-badge")} data-kind="device">
          {deviceLabel(info.devices)}
        </span>
        {info.contract ? (
          <span className={cls("pi-badge")} data-kind="contract">
            {t.contractRequired}
          </span>
        ) : null}
      </>
    );
    const label = LABELS[key][locale];
    const error = err ? (
      <span className={cls("pi-error")} id={errId}>
        {err.message}
      </span>
    ) : null;
    if (BOOLEANS.has(key)) {
      return (
        <div className={cls("pi-field")} key={key}>
          <label className={cls("pi-check")} htmlFor={inputId}>
            <input id={inputId} type="checkbox" checked={value[key] === true} onChange={(e) => set(key, e.target.checked ? true : undefined)} aria-describedby={described} />
            <span>
              {label}
              {badges}
            </span>
          </label>
          {error}
        </div>
      );
    }
    const labelEl = (htmlFor: string) => (
      <label className={cls("pi-label")} htmlFor={htmlFor}>
        {label}
        {badges}
      </label>
    );
    const text = TEXTS[key];
    if (text) {
      return (
        <div className={cls("pi-field")} key={key}>
          {labelEl(inputId)}
          <input className={cls("pi-input")} id={inputId} {...text} value={(value[key] as string | undefined) ?? ""} onChange={(e) => set(key, e.target.value)} aria-invalid={err ? true : undefined} aria-describedby={described} />
          {error}
        </div>
      );
    }
    if (key === "skinColor") {
      const hex = /^#[0-9a-fA-F]{6}$/.test(value.skinColor ?? "") ? value.skinColor!.toLowerCase() : "#000000";
      return (
        <div className={cls("pi-field")} key={key}>
          {labelEl(inputId)}
          <div className={cls("pi-row")}>
            <input className={cls("pi-input")} id={inputId} value={value.skinColor ?? ""} placeholder="#C1272C" onChange={(e) => set(key, e.target.value)} aria-invalid={err ? true : undefined} aria-describedby={described} />
            <input type="color" aria-label={`${label} (picker)`} value={hex} onChange={(e) => set(key, e.target.value.toUpperCase())} />
          </div>
          {error}
        </div>
      );
    }
    if (key === "preselectCard") {
      return (
        <div className={cls("pi-field")} key={key}>
          {labelEl(inputId)}
          <input className={cls("pi-input")} id={inputId} list={listId} inputMode="numeric" value={value.preselectCard ?? ""} placeholder={t.cardCodeHint} onChange={(e) => set(key, e.target.value.trim())} aria-invalid={err ? true : undefined} aria-describedby={described} />
          {error}
        </div>
      );
    }
    if (key === "mallPointCards") {
      const shown = draft(key, (value.mallPointCards ?? []).join(", "));
      return (
        <div className={cls("pi-field")} key={key}>
          {labelEl(inputId)}
          <input
            className={cls("pi-input")}
            id={inputId}
            inputMode="numeric"
            value={shown}
            placeholder="11, 34"
            onChange={(e) => {
              setDraft(key, e.target.value);
              const codes = e.target.value.split(/[\s,]+/).filter(Boolean);
              set(key, codes.length > 0 ? codes : undefined);
            }}
            onBlur={() => setDraft(key, undefined)}
            aria-invalid={err ? true : undefined}
            aria-describedby={described}
          />
          {error}
        </div>
      );
    }
    if (key === "cardUse") {
      return (
        <div className={cls("pi-field")} key={key}>
          {labelEl(inputId)}
          <select className={cls("pi-input")} id={inputId} value={value.cardUse ?? ""} onChange={(e) => set(key, e.target.value || undefined)} aria-describedby={described}>
            <option value="">—</option>
            <option value="percard">percard</option>
            <option value="cocard">cocard</option>
          </select>
          {error}
        </div>
      );
    }
    const rows = value.partialInterestFree ?? [];
    const setRows = (next: typeof rows) => set("partialInterestFree", next.length > 0 ? next : undefined);
    return (
      <fieldset key={key}>
        <legend className={cls("pi-label")}>
          {label}
          {badges}
        </legend>
        {rows.map((row, i) => {
          const rowErrCode = errorFor(`inicis.partialInterestFree[${i}].cardCode`);
          const rowErrMonths = errorFor(`inicis.partialInterestFree[${i}].months`);
          const monthsKey = `months-${i}`;
          return (
            <div className={cls("pi-row")} key={i} role="group" aria-label={`${label} #${i + 1}`}>
              <div className={cls("pi-field")}>
                <label className={cls("pi-label")} htmlFor={`${inputId}-${i}-code`}>
                  {t.cardCode}
                </label>
                <input className={cls("pi-input")} id={`${inputId}-${i}-code`} list={listId} inputMode="numeric" value={row.cardCode} onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, cardCode: e.target.value.trim() } : r)))} aria-invalid={rowErrCode ? true : undefined} aria-describedby={rowErrCode ? `${inputId}-${i}-code-error` : undefined} />
                {rowErrCode ? (
                  <span className={cls("pi-error")} id={`${inputId}-${i}-code-error`}>
                    {rowErrCode.message}
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
                  value={draft(monthsKey, row.months.join(","))}
                  onChange={(e) => {
                    setDraft(monthsKey, e.target.value);
                    setRows(rows.map((r, j) => (j === i ? { ...r, months: parseNumbers(e.target.value) } : r)));
                  }}
                  onBlur={() => setDraft(monthsKey, undefined)}
                  aria-invalid={rowErrMonths ? true : undefined}
                  aria-describedby={rowErrMonths ? `${inputId}-${i}-months-error` : undefined}
                />
                {rowErrMonths ? (
                  <span className={cls("pi-error")} id={`${inputId}-${i}-months-error`}>
                    {rowErrMonths.message}
                  </span>
                ) : null}
              </div>
              <button type="button" className={cls("pi-secondary")} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
                {t.removeRow} #{i + 1}
              </button>
            </div>
          );
        })}
        <button type="button" className={cls("pi-secondary")} onClick={() => setRows([...rows, { cardCode: "11", months: [2, 3] }])}>
          {t.addRow}
        </button>
      </fieldset>
    );
  };

  const previews = (["pc", "mobile"] as const).filter((d) => device === "both" || device === d);
  const preview = (d: Device): string | null => {
    try {
      const payment = buildInicisBypass(value, d);
      const billing = buildInicisBillingKeyBypass({ cardUse: value.cardUse }, d);
      return JSON.stringify(billing ? { payment, billingKey: billing } : payment, null, 2);
    } catch {
      return null;
    }
  };
  const vars = themeToCssVars(ctx.theme, props.theme) as CSSProperties;

  return (
    <div className={[cls("pi-root pi-editor"), props.className].filter(Boolean).join(" ") || undefined} style={{ ...vars, ...props.style }} data-state={issues.some((i) => i.severity === "error") ? "error" : "idle"}>
      {stylesheet}
      <datalist id={listId}>
        {INICIS_CARD_CODES.map((c) => (
          <option key={c.code} value={c.code} label={`${c.code} ${c[locale]}`} />
        ))}
      </datalist>
      {keys.map(control)}
      <section className={cls("pi-preview")} aria-label="bypass">
        {previews.map((d) => {
          const json = preview(d);
          const title = t.previewTitle(d === "pc" ? t.editorPc : t.editorMobile);
          return (
            <div key={d}>
              <h3 id={`${id}-preview-${d}`}>{title}</h3>
              {json ? (
                <pre aria-labelledby={`${id}-preview-${d}`} data-testid={`bypass-preview-${d}`} tabIndex={0}>
                  {json}
                </pre>
              ) : (
                <p className={cls("pi-error")} role="alert">
                  {t.previewInvalid}
                </p>
              )}
              <button
                type="button"
                className={cls("pi-secondary")}
                disabled={!json}
                onClick={() => {
                  if (!json) return;
                  void navigator.clipboard?.writeText(json).then(() => setCopied(d));
                }}
              >
                {t.copy} ({d === "pc" ? t.editorPc : t.editorMobile})
              </button>
              <span role="status" className={cls("pi-hint")}>
                {copied === d ? ` ${t.copied}` : ""}
              </span>
            </div>
          );
        })}
      </section>
    </div>
  );
}
