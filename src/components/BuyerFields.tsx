import type { ReactNode } from "react";
import type { BuyerField, BuyerForm } from "../react/useBuyerForm";
import { Field } from "./parts";
import type { FieldText } from "./text";

const HINTS: Partial<Record<BuyerField, "phoneHint" | "emailHint">> = { phoneNumber: "phoneHint", email: "emailHint" };

/** Labelled inputs for the given buyer fields of a {@link BuyerForm}, errors linked for screen readers. */
export function BuyerFieldInputs({ form, fields, t }: { form: BuyerForm; fields: readonly BuyerField[]; t: FieldText }): ReactNode {
  return (
    <>
      {fields.map((name) => {
        const props = form.fieldProps(name);
        const hint = HINTS[name];
        return (
          <Field
            key={name}
            {...props}
            label={t[name]}
            marker={props.required ? t.required : t.optional}
            hint={hint ? t[hint] : undefined}
            error={form.fieldIssues(name)[0]?.message || undefined}
            errorId={form.errorId(name)}
          />
        );
      })}
    </>
  );
}
