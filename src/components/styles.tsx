import { useInsertionEffect, version, type ReactNode } from "react";

/**
 * The whole stylesheet: plain CSS, every rule under `:where()` so a merchant's own selector wins,
 * every colour a `--pi-*` custom property with a fallback.
 */
export const CSS = `
:where(.pi-root,.pi-dialog){--_p:var(--pi-color-primary,#1b64da);--_pt:var(--pi-color-primary-text,#fff);--_t:var(--pi-color-text,#191f28);--_m:var(--pi-color-muted,#6b7684);--_d:var(--pi-color-danger,#d22030);--_b:var(--pi-color-border,#d1d6db);--_bg:var(--pi-color-background,#fff);--_r:var(--pi-radius,8px);font-family:var(--pi-font-family,inherit);font-size:var(--pi-font-size,15px);color:var(--_t);box-sizing:border-box}
:where(.pi-root *,.pi-dialog *){box-sizing:inherit}
:where(.pi-button){display:inline-flex;align-items:center;justify-content:center;gap:.5em;min-height:44px;padding:0 1.25em;border:1px solid transparent;border-radius:var(--_r);background:var(--_p);color:var(--_pt);font:inherit;font-weight:600;cursor:pointer}
:where(.pi-button):hover{filter:brightness(1.06)}
:where(.pi-button):focus-visible,:where(.pi-input):focus-visible,:where(.pi-secondary):focus-visible{outline:2px solid var(--_p);outline-offset:2px}
:where(.pi-button)[data-state=pending],:where(.pi-button)[data-state=redirecting]{cursor:progress;opacity:.75}
:where(.pi-button):disabled{cursor:not-allowed;opacity:.6}
:where(.pi-spinner){width:1em;height:1em;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;animation:pi-spin .8s linear infinite}
@keyframes pi-spin{to{transform:rotate(1turn)}}
@media (prefers-reduced-motion:reduce){:where(.pi-spinner){animation:none}}
:where(.pi-secondary){min-height:40px;padding:0 1em;border:1px solid var(--_b);border-radius:var(--_r);background:var(--_bg);color:var(--_t);font:inherit;cursor:pointer}
:where(.pi-message){margin:.5em 0 0;font-size:.9em}
:where(.pi-alert){margin:.5em 0;padding:.75em 1em;border:1px solid var(--_d);border-radius:var(--_r);color:var(--_d);background:var(--_bg)}
:where(.pi-alert) ul{margin:.25em 0 0;padding-left:1.2em}
:where(.pi-status){color:var(--_m)}
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
:where(.pi-row)>:where(.pi-secondary){flex:0 0 auto;align-self:end;min-height:44px}
:where(.pi-overlay){position:fixed;inset:0;background:rgb(0 0 0/.45)}
:where(.pi-dialog){position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);width:min(92vw,26rem);max-height:90vh;overflow:auto;padding:1.5em;border-radius:var(--_r);background:var(--_bg);box-shadow:0 10px 40px rgb(0 0 0/.25)}
:where(.pi-dialog) h2{margin:0 0 .25em;font-size:1.2em}
:where(.pi-actions){display:flex;gap:.5em;justify-content:flex-end}
:where(.pi-editor){display:grid;gap:1.25em}
:where(.pi-editor fieldset){display:grid;gap:.9em;margin:0;padding:1em;border:1px solid var(--_b);border-radius:var(--_r)}
:where(.pi-badge){display:inline-block;margin-left:.4em;padding:0 .45em;border-radius:999px;font-size:.75em;font-weight:600;background:var(--_m);color:var(--_bg)}
:where(.pi-badge)[data-kind=contract]{background:var(--_d)}
:where(.pi-check){display:flex;gap:.5em;align-items:center}
:where(.pi-preview){display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:1em}
:where(.pi-preview pre){margin:.5em 0;padding:.75em;overflow:auto;border:1px solid var(--_b);border-radius:var(--_r);background:var(--_bg);font-size:.85em}
`;

const REACT_19 = Number.parseInt(version, 10) >= 19;
let injected = false;

/**
 * Puts the stylesheet on the page once. React 19 hoists and dedupes it (also in server rendering);
 * React 18 gets one `<style>` tag in `<head>` inserted before the first paint. No bundler setup needed.
 */
export function useStyleSheet(unstyled: boolean | undefined): ReactNode {
  useInsertionEffect(() => {
    if (REACT_19 || unstyled || injected || typeof document === "undefined") return;
    if (document.querySelector("style[data-react-portone-inicis]")) return;
    const style = document.createElement("style");
    style.setAttribute("data-react-portone-inicis", "");
    style.textContent = CSS;
    document.head.appendChild(style);
    injected = true;
  }, [unstyled]);
  if (!REACT_19 || unstyled) return null;
  return (
    <style href="react-portone-inicis" precedence="default">
      {CSS}
    </style>
  );
}
