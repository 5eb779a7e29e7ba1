// The prop boundary of the flow components, as typed lists: UI props drive the component (each
// component lists its own), DOM props reach the element, and the rest is the request, which the
// engine filters against the flow's request keys (react/request-keys.ts) before anything is sent.

/** Attributes passed to the rendered element (besides `aria-*` and `data-*`). */
export const DOM_KEYS = ["id", "title", "name", "type", "form", "tabIndex", "autoFocus", "role", "lang", "dir", "hidden", "onFocus", "onBlur", "onKeyDown", "onKeyUp", "onMouseEnter", "onMouseLeave", "onPointerEnter", "onPointerLeave", "onPointerDown", "onPointerUp"] as const;

/** Splits a component's props into the request candidates and the element's attributes; keys in `ui` are the component's own. */
export function splitProps<I>(props: object, ui: readonly string[]): { input: I; dom: Record<string, unknown> } {
  const input: Record<string, unknown> = {};
  const dom: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if ((DOM_KEYS as readonly string[]).includes(key) || key.startsWith("aria-") || key.startsWith("data-")) dom[key] = value;
    else if (!ui.includes(key)) input[key] = value;
  }
  return { input: input as I, dom };
}

/** The element's attributes among a component's props (what `splitProps` puts in `dom`). */
export function domProps(props: object): Record<string, unknown> {
  const dom: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) if ((DOM_KEYS as readonly string[]).includes(key) || key.startsWith("aria-") || key.startsWith("data-")) dom[key] = value;
  return dom;
}
