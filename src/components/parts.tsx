import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import type { ValidationIssue } from "../core/types";
import { uiText } from "../core/ui-text";
import type { MessageLocale } from "../core/types";

/** A list of issues announced to screen readers (`role="alert"`). */
export function ErrorSummary({ issues, locale, title, id }: { issues: readonly ValidationIssue[]; locale: MessageLocale; title?: string; id?: string }): ReactNode {
  if (issues.length === 0) return null;
  return (
    <div className="pi-alert" role="alert" id={id} data-state="error">
      <strong>{title ?? uiText(locale).errorSummary}</strong>
      <ul>
        {issues.map((i) => (
          <li key={`${i.field}:${i.code}`}>{i.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** Props of {@link Field}. */
export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "children"> {
  label: string;
  locale: MessageLocale;
  hint?: string;
  error?: string | undefined;
  /** The id of the error element; a generated one when absent. */
  errorId?: string;
  /** Shows "(required)" or "(optional)" after the label. */
  marker?: boolean;
}

/** A labelled input with its hint and error linked by `aria-describedby`. */
export function Field({ label, locale, hint, error, errorId, marker = true, id, ...input }: FieldProps): ReactNode {
  const auto = useId();
  const inputId = id ?? `${auto}-input`;
  const hintId = `${inputId}-hint`;
  const errId = errorId ?? `${inputId}-error`;
  const t = uiText(locale);
  const describedBy = [hint ? hintId : null, error ? errId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="pi-field" data-invalid={error ? "" : undefined}>
      <label className="pi-label" htmlFor={inputId}>
        {label}
        {marker ? <span className="pi-marker">({input.required ? t.required : t.optional})</span> : null}
      </label>
      <input className="pi-input" id={inputId} {...input} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {hint ? (
        <span className="pi-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="pi-error" id={errId}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
