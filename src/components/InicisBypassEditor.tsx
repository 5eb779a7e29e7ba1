import type { CSSProperties, ReactNode } from "react";
import type { InicisOptions } from "../core/bypass";
import { INICIS_OPTION_TEXT_EN, INICIS_OPTION_TEXT_KO, INICIS_OPTIONS } from "../core/inicis-options";
import type { Theme } from "../core/theme";
import type { Device } from "../core/types";
import { OptionEditor } from "./OptionEditor";

/** Props of {@link InicisBypassEditor}. */
export interface InicisBypassEditorProps {
  value: InicisOptions;
  onChange: (next: InicisOptions) => void;
  /** Which devices' options to show; both by default. */
  device?: Device | "both";
  className?: string;
  style?: CSSProperties;
  theme?: Theme;
  unstyled?: boolean;
}

const TEXTS = { ko: INICIS_OPTION_TEXT_KO, en: INICIS_OPTION_TEXT_EN };

/**
 * A controlled editor for the Inicis window options, made from the option table: one labelled
 * control per option with the device it reaches, a badge where a contract with KG Inicis is
 * required, inline validation from the core, and a live preview of the PC and mobile `bypass` with
 * copy buttons. Per-device values (`pc` / `mobile`) in `value` are kept and shown in the previews.
 */
export function InicisBypassEditor(props: InicisBypassEditorProps): ReactNode {
  return (
    <OptionEditor
      schema={INICIS_OPTIONS}
      texts={TEXTS}
      value={props.value as Record<string, unknown>}
      onChange={(next) => props.onChange(next as InicisOptions)}
      device={props.device}
      className={props.className}
      style={props.style}
      theme={props.theme}
      unstyled={props.unstyled}
    />
  );
}
