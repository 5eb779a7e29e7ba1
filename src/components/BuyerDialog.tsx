import * as Dialog from "@radix-ui/react-dialog";
import { Component, useState, type FormEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { BuyerInput } from "../core/types";
import { useBuyerFormState, type BuyerField } from "../react/buyer-form-state";
import type { BuyerDialogProps } from "./buyer-dialog-props";

export type { BuyerDialogProps } from "./buyer-dialog-props";
import { BuyerFieldInputs } from "./BuyerFields";
import { FIELD_CSS, useStyleSheet } from "./styles";
import { FIELD_TEXT, textOf } from "./text";

const DIALOG_CSS = `:where(.pi-overlay){position:fixed;inset:0;background:rgb(0 0 0/.45)}
:where(.pi-dialog){position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:min(92vw,26rem);max-height:90vh;overflow:auto;padding:1.5em;border-radius:var(--_r);background:var(--_bg);box-shadow:0 10px 40px rgb(0 0 0/.25)}
:where(.pi-dialog) h2{margin:0 0 .25em;font-size:1.2em}
:where(.pi-actions){display:flex;gap:.5em;justify-content:flex-end}`;

/** Keeps the merchant's page when the dialog fails to render. */
class Boundary extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    this.props.onError(error);
  }
  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/** The buyer dialog inside an error boundary (this chunk's default export). */
export default function SafeBuyerDialog(props: BuyerDialogProps): ReactNode {
  return (
    <Boundary onError={props.onError}>
      <BuyerDialog {...props} />
    </Boundary>
  );
}

/**
 * Asks the buyer for exactly the fields that are missing or invalid, with the device's required
 * markers (it is its own lazily loaded chunk, so it takes device, locale and messages as props).
 * Radix Dialog traps focus and closes on Escape; the button takes focus back.
 */
function BuyerDialog({ fields, flow, initial, device, locale, messages, onDone, style, unstyled }: BuyerDialogProps): ReactNode {
  const t = messages.ui;
  const nameMode = fields.includes("firstName") || fields.includes("lastName") ? "separated" : "full";
  // no provider context in here: this chunk is bundled on its own and gets what it needs as props
  const form = useBuyerFormState({ flow, initial, nameMode, device, messages });
  const [open, setOpen] = useState(true);
  const sheets = useStyleSheet(unstyled, ["fields", FIELD_CSS], ["dialog", DIALOG_CSS]);
  const cls = (name: string): string | undefined => (unstyled ? undefined : name);

  const close = (result: BuyerInput | null): void => {
    setOpen(false);
    onDone(result);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const errors = form.validate().filter((i) => fields.some((f) => i.field === `customer.${f}`));
    if (errors.length > 0) {
      const first = errors[0]!.field.slice(9) as BuyerField;
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
      {sheets}
      {createPortal(
        <>
          <Dialog.Overlay className={cls("pi-overlay")} />
          <Dialog.Content className={cls("pi-dialog")} style={style} onCloseAutoFocus={(event) => event.preventDefault()}>
            <Dialog.Title>{t.dialogTitle}</Dialog.Title>
            <Dialog.Description className={cls("pi-hint")}>{t.dialogDescription}</Dialog.Description>
            <form className={cls("pi-form")} onSubmit={submit} noValidate>
              <BuyerFieldInputs form={form} fields={fields} t={textOf(FIELD_TEXT, locale)} />
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
        </>,
        document.body,
      )}
    </Dialog.Root>
  );
}
