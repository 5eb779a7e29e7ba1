import { useEffect } from "react";
import { useBuyerFormState, type BuyerForm, type BuyerFormOptions } from "./buyer-form-state";
import { useFlowHub, usePortOne } from "./context";

export type { BuyerField, BuyerFieldProps, BuyerForm, BuyerFormOptions, BuyerValues } from "./buyer-form-state";

/**
 * State, validation and accessible input props for the buyer fields Inicis needs, with the
 * requiredness of the flow on the device: the name always; phone and e-mail on PC and on an
 * ambiguous device (PortOne may open the PC window there), and on every device for phone billing. Sentences come from the provider's locale pack (loaded on demand).
 */
export function useBuyerForm(options: BuyerFormOptions): BuyerForm {
  const ctx = usePortOne();
  const runtime = useFlowHub();
  const messages = options.messages ?? ctx.messages;
  useEffect(() => {
    if (!messages) void runtime.loadPack().catch(() => undefined);
  }, [messages, runtime]);
  return useBuyerFormState({ ...options, device: options.device ?? ctx.device, messages });
}
