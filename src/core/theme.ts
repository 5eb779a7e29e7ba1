/** Colours, radius and type of the components; each becomes a `--pi-*` CSS custom property. */
export interface Theme {
  colorPrimary?: string;
  colorPrimaryText?: string;
  colorText?: string;
  colorMuted?: string;
  colorDanger?: string;
  colorBorder?: string;
  colorBackground?: string;
  /** Corner radius, a CSS length (`"8px"`) or a number of pixels. */
  radius?: string | number;
  fontFamily?: string;
  /** Base font size, a CSS length or a number of pixels. */
  fontSize?: string | number;
}

const VARS: Record<keyof Theme, string> = {
  colorPrimary: "--pi-color-primary",
  colorPrimaryText: "--pi-color-primary-text",
  colorText: "--pi-color-text",
  colorMuted: "--pi-color-muted",
  colorDanger: "--pi-color-danger",
  colorBorder: "--pi-color-border",
  colorBackground: "--pi-color-background",
  radius: "--pi-radius",
  fontFamily: "--pi-font-family",
  fontSize: "--pi-font-size",
};

/** Turns a theme into CSS custom properties (`{ "--pi-color-primary": "#123456" }`), merging later themes over earlier ones. */
export function themeToCssVars(...themes: (Theme | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const theme of themes) {
    if (!theme) continue;
    for (const key of Object.keys(VARS) as (keyof Theme)[]) {
      const v = theme[key];
      if (typeof v !== "string" && typeof v !== "number") continue;
      if (v === "") continue;
      const value = typeof v === "number" ? `${v}px` : v;
      // a value cannot close the declaration and start another
      if (/[;{}<>]/.test(value)) continue;
      out[VARS[key]] = value;
    }
  }
  return out;
}
