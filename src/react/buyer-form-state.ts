import { useCallback, useId, useMemo, useState, type ChangeEvent } from "react";
import { buyerFieldsRequired, validateBuyer } from "../core/buyer-rules";
import { normalizePhoneNumber } from "../core/checks";
import { localizeIssues, type MessagePack } from "../core/format";
import type { BuyerInput, DeviceClass, Flow, LocalizedIssue } from "../core/types";

/** A buyer field the form can collect. */
export type BuyerField = "fullName" | "firstName" | "lastName" | "phoneNumber" | "email";

/** Values of the buyer form, all strings. */
export type BuyerValues = Record<BuyerField, string>;

/** Options of `useBuyerForm`. */
export interface BuyerFormOptions {
  flow: Flow;
  /** The provider's device by default; `ambiguous` asks for what either Inicis window requires. */
  device?: DeviceClass;
  /** The message pack of the error sentences; the provider's (loaded for its locale) by default. */
  messages?: MessagePack;
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

/** What `useBuyerForm` returns. */
export interface BuyerForm {
  values: BuyerValues;
  setValue: (name: BuyerField, value: string) => void;
  touched: Partial<Record<BuyerField, boolean>>;
  /** Every current issue, touched or not (`message` is empty until the locale's pack has loaded). */
  issues: LocalizedIssue[];
  /** Issues of one field, shown once the field was touched or a submit was tried. */
  fieldIssues: (name: BuyerField) => LocalizedIssue[];
  fieldProps: (name: BuyerField) => BuyerFieldProps;
  /** The id of the element that shows a field's error (for your own markup). */
  errorId: (name: BuyerField) => string;
  /** Whether the flow requires the field on this device. */
  isRequired: (name: BuyerField) => boolean;
  /** Marks every field touched and returns the error-level issues (empty when the form is valid). */
  validate: () => LocalizedIssue[];
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

/** The buyer form without the provider: device and messages given (the lazily loaded buyer dialog uses it). */
export function useBuyerFormState(options: Omit<BuyerFormOptions, "messages"> & { device: DeviceClass; messages: MessagePack | null | undefined }): BuyerForm {
  const { device, messages: pack } = options;
  const nameMode = options.nameMode ?? (options.initial?.firstName || options.initial?.lastName ? "separated" : "full");
  const baseId = useId();
  const [values, setValues] = useState<BuyerValues>(() => initialValues(options.initial));
  const [touched, setTouched] = useState<Partial<Record<BuyerField, boolean>>>({});

  const issues = useMemo((): LocalizedIssue[] => {
    const found = validateBuyer(toCustomerOf(values, nameMode), { flow: options.flow, device, nameMode });
    return pack ? localizeIssues(found, pack) : found.map((i) => ({ ...i, message: "" }));
  }, [values, nameMode, options.flow, device, pack]);
  const required = buyerFieldsRequired(options.flow, device);

  const setValue = useCallback((name: BuyerField, value: string) => setValues((v) => ({ ...v, [name]: value })), []);
  const errorId = useCallback((name: BuyerField) => `${baseId}-${name}-error`, [baseId]);
  const fieldIssues = useCallback((name: BuyerField) => (touched[name] ? issues.filter((i) => i.field === `customer.${name}`) : []), [issues, touched]);
  const isRequired = useCallback(
    (name: BuyerField) => (name === "phoneNumber" || name === "email" ? required : nameMode === "full" ? name === "fullName" : name !== "fullName"),
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
