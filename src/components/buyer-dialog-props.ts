import type { CSSProperties } from "react";
import type { MessagePack } from "../core/format";
import type { BuyerInput, DeviceClass, Flow, MessageLocale } from "../core/types";
import type { BuyerField } from "../react/buyer-form-state";

/** Props of the buyer dialog (loaded on first use). */
export interface BuyerDialogProps {
  fields: BuyerField[];
  flow: Flow;
  initial: BuyerInput;
  /** `ambiguous` marks as required what either Inicis window requires. */
  device: DeviceClass;
  locale: MessageLocale;
  /** The locale's message pack (loaded before the dialog is needed). */
  messages: MessagePack;
  /** The collected fields, or null when the buyer cancelled (Cancel, Escape, a click outside). */
  onDone: (customer: BuyerInput | null) => void;
  /** The dialog failed to render: the button reports it and stays usable. */
  onError: (error: unknown) => void;
  style?: CSSProperties;
  unstyled?: boolean | undefined;
}

