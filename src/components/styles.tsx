import { useInsertionEffect, version, type ReactNode } from "react";

// Plain CSS in small sheets, one per component family, so a page carries only the rules of the
// components it renders. Every rule sits under `:where()` so a merchant's own selector wins, and
// every colour is a `--pi-*` custom property with a fallback.

/** Custom properties, box sizing and the button: what a flow button needs before any attempt. */
export const BUTTON_CSS = `:where(.pi-root,.pi-dialog){--_p:var(--pi-color-primary,#1b64da);--_pt:var(--pi-color-primary-text,#fff);--_t:var(--pi-color-text,#191f28);--_m:var(--pi-color-muted,#6b7684);--_d:var(--pi-color-danger,#d22030);--_b:var(--pi-color-border,#d1d6db);--_bg:var(--pi-color-background,#fff);--_r:var(--pi-radius,8px);font-family:var(--pi-font-family,inherit);font-size:var(--pi-font-size,15px);color:var(--_t);box-sizing:border-box}
:where(.pi-root *,.pi-dialog *){box-sizing:inherit}
:where(.pi-button){display:inline-flex;align-items:center;justify-content:center;gap:.5em;min-height:44px;padding:0 1.25em;border:1px solid transparent;border-radius:var(--_r);background:var(--_p);color:var(--_pt);font:inherit;font-weight:600;cursor:pointer}
:where(.pi-button):hover{filter:brightness(1.06)}
:where(.pi-button,.pi-input,.pi-secondary):focus-visible{outline:2px solid var(--_p);outline-offset:2px}
:where(.pi-button)[aria-busy=true]{cursor:progress;opacity:.75}
:where(.pi-button):disabled{cursor:not-allowed;opacity:.6}`;

/** Forms and fields (BillingKeyForm, the buyer dialog, the editor). */
export const FIELD_CSS = `:where(.pi-secondary){min-height:40px;padding:0 1em;border:1px solid var(--_b);border-radius:var(--_r);background:var(--_bg);color:var(--_t);font:inherit;cursor:pointer}
:where(.pi-form){display:grid;gap:1em;max-width:28rem}
:where(.pi-field){display:grid;gap:.3em}
:where(.pi-label){font-weight:600}
:where(.pi-marker){margin-left:.35em;font-weight:400;font-size:.85em;color:var(--_m)}
:where(.pi-input){min-height:44px;padding:0 .75em;border:1px solid var(--_b);border-radius:var(--_r);background:var(--_bg);color:var(--_t);font:inherit}
:where(.pi-input)[aria-invalid=true]{border-color:var(--_d)}
:where(.pi-hint){font-size:.85em;color:var(--_m)}
:where(.pi-error){font-size:.85em;color:var(--_d)}
:where(.pi-row){display:flex;gap:.75em;flex-wrap:wrap;align-items:flex-start}
:where(.pi-row)>*{flex:1 1 8rem}
:where(.pi-row)>:where(.pi-secondary){flex:0 0 auto;align-self:end;min-height:44px}`;

const REACT_19 = Number.parseInt(version, 10) >= 19;
const injected = new Set<string>();

/**
 * Puts the given sheets on the page once each. React 19 hoists and dedupes them (also in server
 * rendering); React 18 gets one `<style>` tag per sheet in `<head>` before the first paint. No
 * bundler setup needed.
 */
export function useStyleSheet(unstyled: boolean | undefined, ...given: ([name: string, css: string] | null)[]): ReactNode {
  const sheets = given.filter((s): s is [string, string] => s !== null);
  useInsertionEffect(() => {
    if (REACT_19 || unstyled || typeof document === "undefined") return;
    for (const [name, css] of sheets) {
      if (injected.has(name) || document.querySelector(`style[data-react-portone-inicis="${name}"]`)) continue;
      const style = document.createElement("style");
      style.setAttribute("data-react-portone-inicis", name);
      style.textContent = css;
      document.head.appendChild(style);
      injected.add(name);
    }
  });
  if (!REACT_19 || unstyled) return null;
  return sheets.map(([name, css]) => (
    <style key={name} href={`react-portone-inicis-${name}`} precedence="default">
      {css}
    </style>
  ));
}
