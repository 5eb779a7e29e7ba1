import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from "react";
import type { LocalizedIssue } from "../core/types";

/** A list of issues announced to screen readers (`role="alert"`). */
export function ErrorSummary({ issues, title, id }: { issues: readonly LocalizedIssue[]; title: string; id?: string }): ReactNode {
  if (issues.length === 0) return null;
  return (
    <div className="pi-alert" role="alert" id={id} data-state="error">
      <strong>{title}</strong>
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
  hint?: string | undefined;
  error?: string | undefined;
  /** The id of the error element; a generated one when absent. */
  errorId?: string;
  /** Shown after the label, e.g. "(필수)". */
  marker?: string | undefined;
  /** The input element (for uncontrolled fields read on submit). */
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input with its hint and error linked by `aria-describedby`. */
export function Field({ label, hint, error, errorId, marker, id, inputRef, ...input }: FieldProps): ReactNode {
  const auto = useId();
  const inputId = id ?? `${auto}-input`;
  const hintId = `${inputId}-hint`;
  const errId = errorId ?? `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="pi-field" data-invalid={error ? "" : undefined}>
      <label className="pi-label" htmlFor={inputId}>
        {label}
        {marker ? <span className="pi-marker">({marker})</span> : null}
      </label>
      <input ref={inputRef} className="pi-input" id={inputId} {...input} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
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
