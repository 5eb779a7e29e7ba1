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

const KEYS: (keyof Theme)[] = ["colorPrimary", "colorPrimaryText", "colorText", "colorMuted", "colorDanger", "colorBorder", "colorBackground", "radius", "fontFamily", "fontSize"];

/** Turns a theme into CSS custom properties (`{ "--pi-color-primary": "#123456" }`), merging later themes over earlier ones. */
export function themeToCssVars(...themes: (Theme | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const theme of themes) {
    if (!theme) continue;
    for (const key of KEYS) {
      const v = theme[key];
      if (typeof v !== "string" && typeof v !== "number") continue;
      if (v === "") continue;
      const value = typeof v === "number" ? `${v}px` : v;
      // a value cannot close the declaration and start another
      if (/[;{}<>]/.test(value)) continue;
      // colorPrimaryText -> --pi-color-primary-text
      out[`--pi-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value;
    }
  }
  return out;
}
