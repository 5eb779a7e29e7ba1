import * as Dialog from "@radix-ui/react-dialog";
import { useState, type CSSProperties, type FormEvent, type ReactNode } from "react";
import type { BuyerInput, Flow } from "../core/types";
import { uiText } from "../core/ui-text";
import { usePortOne } from "../react/context";
import { useBuyerForm, type BuyerField } from "../react/useBuyerForm";
import { BuyerFieldInputs } from "./BuyerFields";

/** Props of the buyer dialog (loaded on first use). */
export interface BuyerDialogProps {
  fields: BuyerField[];
  flow: Flow;
  initial: BuyerInput;
  /** The collected fields, or null when the buyer cancelled. */
  onDone: (customer: BuyerInput | null) => void;
  style?: CSSProperties;
  unstyled?: boolean | undefined;
}

/**
 * Asks the buyer for exactly the fields that are missing or invalid, with the device's required
 * markers. Radix Dialog traps focus, closes on Escape and returns focus to the button.
 */
export default function BuyerDialog({ fields, flow, initial, onDone, style, unstyled }: BuyerDialogProps): ReactNode {
  const ctx = usePortOne();
  const t = uiText(ctx.locale);
  const nameMode = fields.includes("firstName") || fields.includes("lastName") ? "separated" : "full";
  const form = useBuyerForm({ flow, initial, nameMode });
  const [open, setOpen] = useState(true);
  const cls = (name: string) => (unstyled ? undefined : name);

  const close = (result: BuyerInput | null) => {
    setOpen(false);
    onDone(result);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = form.validate().filter((i) => fields.some((f) => i.field === `customer.${f}`));
    if (errors.length > 0) {
      const first = errors[0]!.field.replace("customer.", "") as BuyerField;
      document.getElementById(form.fieldProps(first).id)?.focus();
      return;
    }
    const customer = form.toCustomer();
    const patch: BuyerInput = {};
    for (const f of fields) if (customer[f] !== undefined) patch[f] = customer[f];
    close(patch);
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : close(null))}>
      <Dialog.Portal>
        <Dialog.Overlay className={cls("pi-overlay")} />
        <Dialog.Content className={cls("pi-dialog")} style={style} onCloseAutoFocus={(event) => event.preventDefault()}>
          <Dialog.Title>{t.dialogTitle}</Dialog.Title>
          <Dialog.Description className={cls("pi-hint")}>{t.dialogDescription}</Dialog.Description>
          <form className={cls("pi-form")} onSubmit={submit} noValidate>
            <BuyerFieldInputs form={form} fields={fields} locale={ctx.locale} />
            <div className={cls("pi-actions")}>
              <Dialog.Close asChild>
                <button type="button" className={cls("pi-secondary")}>
                  {t.cancel}
                </button>
              </Dialog.Close>
              <button type="submit" className={cls("pi-button")}>
                {t.continue}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
