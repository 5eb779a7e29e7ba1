import type { ReactNode } from "react";
import type { MessageLocale } from "../core/types";
import { uiText } from "../core/ui-text";
import type { BuyerField, BuyerForm } from "../react/useBuyerForm";
import { Field } from "./parts";

const HINTS: Partial<Record<BuyerField, "phoneHint" | "emailHint">> = { phoneNumber: "phoneHint", email: "emailHint" };

/** Labelled inputs for the given buyer fields of a {@link BuyerForm}, errors linked for screen readers. */
export function BuyerFieldInputs({ form, fields, locale }: { form: BuyerForm; fields: readonly BuyerField[]; locale: MessageLocale }): ReactNode {
  const t = uiText(locale);
  return (
    <>
      {fields.map((name) => {
        const props = form.fieldProps(name);
        const hint = HINTS[name];
        return (
          <Field
            key={name}
            {...props}
            locale={locale}
            label={t[name]}
            hint={hint ? t[hint] : undefined}
            error={form.fieldIssues(name)[0]?.message}
            errorId={form.errorId(name)}
          />
        );
      })}
    </>
  );
}
