import { useCallback, useId, useMemo, useState, type ChangeEvent } from "react";
import { buyerFieldsRequired, normalizePhoneNumber, validateBuyer } from "../core/buyer-rules";
import type { BuyerInput, Device, Flow, MessageLocale, ValidationIssue } from "../core/types";
import { usePortOne } from "./context";

/** A buyer field the form can collect. */
export type BuyerField = "fullName" | "firstName" | "lastName" | "phoneNumber" | "email";

/** Values of the buyer form, all strings. */
export type BuyerValues = Record<BuyerField, string>;

/** Options of {@link useBuyerForm}. */
export interface BuyerFormOptions {
  flow: Flow;
  /** The provider's device by default. */
  device?: Device;
  /** The provider's locale by default. */
  locale?: MessageLocale;
  initial?: BuyerInput;
  /** `full` (one name field, default) or `separated` (first and last name). */
  nameMode?: "full" | "separated";
}

/** Props to spread on an `<input>` for one buyer field. */
export interface BuyerFieldProps {
  id: string;
  name: BuyerField;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
  required: boolean;
  type: "text" | "tel" | "email";
  autoComplete: string;
  inputMode?: "tel" | "email";
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
}

/** What {@link useBuyerForm} returns. */
export interface BuyerForm {
  values: BuyerValues;
  setValue: (name: BuyerField, value: string) => void;
  touched: Partial<Record<BuyerField, boolean>>;
  /** Every current issue, touched or not. */
  issues: ValidationIssue[];
  /** Issues of one field, shown once the field was touched or a submit was tried. */
  fieldIssues: (name: BuyerField) => ValidationIssue[];
  fieldProps: (name: BuyerField) => BuyerFieldProps;
  /** The id of the element that shows a field's error (for your own markup). */
  errorId: (name: BuyerField) => string;
  /** Whether the flow requires the field on this device. */
  isRequired: (name: BuyerField) => boolean;
  /** Marks every field touched and returns the error-level issues (empty when the form is valid). */
  validate: () => ValidationIssue[];
  /** The values as the SDK's `customer`: trimmed, empty fields left out, phone normalised (`010-1234-5678`). */
  toCustomer: () => BuyerInput;
  reset: () => void;
}

const FIELD_META: Record<BuyerField, { type: BuyerFieldProps["type"]; autoComplete: string; inputMode?: "tel" | "email" }> = {
  fullName: { type: "text", autoComplete: "name" },
  firstName: { type: "text", autoComplete: "given-name" },
  lastName: { type: "text", autoComplete: "family-name" },
  phoneNumber: { type: "tel", autoComplete: "tel", inputMode: "tel" },
  email: { type: "email", autoComplete: "email", inputMode: "email" },
};

function initialValues(initial: BuyerInput | undefined): BuyerValues {
  const pick = (v: unknown): string => (typeof v === "string" ? v : "");
  return {
    fullName: pick(initial?.fullName),
    firstName: pick(initial?.firstName),
    lastName: pick(initial?.lastName),
    phoneNumber: pick(initial?.phoneNumber),
    email: pick(initial?.email),
  };
}

function toCustomerOf(values: BuyerValues, nameMode: "full" | "separated"): BuyerInput {
  const out: BuyerInput = {};
  const names: BuyerField[] = nameMode === "full" ? ["fullName"] : ["lastName", "firstName"];
  for (const key of [...names, "phoneNumber", "email"] as BuyerField[]) {
    const v = values[key].trim();
    if (v) out[key] = key === "phoneNumber" ? (normalizePhoneNumber(v) ?? v) : v;
  }
  return out;
}

/**
 * State, validation and accessible input props for the buyer fields Inicis needs, with the
 * requiredness of the flow on the device (all required on PC; optional on mobile but for phone billing).
 */
export function useBuyerForm(options: BuyerFormOptions): BuyerForm {
  const ctx = usePortOne();
  const device = options.device ?? ctx.device;
  const locale = options.locale ?? ctx.locale;
  const nameMode = options.nameMode ?? (options.initial?.firstName || options.initial?.lastName ? "separated" : "full");
  const baseId = useId();
  const [values, setValues] = useState<BuyerValues>(() => initialValues(options.initial));
  const [touched, setTouched] = useState<Partial<Record<BuyerField, boolean>>>({});

  const issues = useMemo(
    () => validateBuyer(toCustomerOf(values, nameMode), { flow: options.flow, device, locale, nameMode }),
    [values, nameMode, options.flow, device, locale],
  );
  const required = buyerFieldsRequired(options.flow, device);

  const setValue = useCallback((name: BuyerField, value: string) => setValues((v) => ({ ...v, [name]: value })), []);
  const errorId = useCallback((name: BuyerField) => `${baseId}-${name}-error`, [baseId]);
  const fieldIssues = useCallback(
    (name: BuyerField) => (touched[name] ? issues.filter((i) => i.field === `customer.${name}`) : []),
    [issues, touched],
  );
  const isRequired = useCallback(
    (name: BuyerField) => required && (name === "phoneNumber" || name === "email" || (nameMode === "full" ? name === "fullName" : name !== "fullName")),
    [required, nameMode],
  );
  const fieldProps = useCallback(
    (name: BuyerField): BuyerFieldProps => {
      const shown = fieldIssues(name).length > 0;
      const meta = FIELD_META[name];
      const props: BuyerFieldProps = {
        id: `${baseId}-${name}`,
        name,
        value: values[name],
        onChange: (e) => setValue(name, e.target.value),
        onBlur: () => {
          setTouched((t) => (t[name] ? t : { ...t, [name]: true }));
          if (name === "phoneNumber") {
            setValues((v) => {
              const normal = normalizePhoneNumber(v.phoneNumber);
              return normal && normal !== v.phoneNumber ? { ...v, phoneNumber: normal } : v;
            });
          }
        },
        required: isRequired(name),
        type: meta.type,
        autoComplete: meta.autoComplete,
        "aria-invalid": shown,
        "aria-describedby": shown ? errorId(name) : undefined,
      };
      if (meta.inputMode) props.inputMode = meta.inputMode;
      return props;
    },
    [baseId, values, fieldIssues, setValue, isRequired, errorId],
  );
  const validate = useCallback(() => {
    setTouched({ fullName: true, firstName: true, lastName: true, phoneNumber: true, email: true });
    return issues.filter((i) => i.severity === "error");
  }, [issues]);
  const toCustomer = useCallback(() => toCustomerOf(values, nameMode), [values, nameMode]);
  const reset = useCallback(() => {
    setValues(initialValues(options.initial));
    setTouched({});
  }, [options.initial]);

  return { values, setValue, touched, issues, fieldIssues, fieldProps, errorId, isRequired, validate, toCustomer, reset };
}
