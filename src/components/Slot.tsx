import { cloneElement, isValidElement, type ReactElement, type ReactNode, type Ref } from "react";

type AnyProps = Record<string, unknown>;

/** One ref callback that fills every given ref. */
export function mergeRefs<T>(...refs: (Ref<T> | undefined)[]): Ref<T> {
  return (node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}

/**
 * `asChild`: renders the merchant's single child element with our props merged in: class names
 * joined, styles merged, handlers composed (the child's runs first and may `preventDefault()`),
 * our `aria-*`, `data-*` and `disabled` win, refs merged (React 18 and 19).
 */
export function slot(children: ReactNode, props: AnyProps, ref: Ref<HTMLElement> | undefined): ReactNode {
  if (!isValidElement(children)) return null;
  const child = children as ReactElement<AnyProps>;
  const childProps = child.props;
  const merged: AnyProps = { ...props, ...childProps };
  for (const [key, ours] of Object.entries(props)) {
    const theirs = childProps[key];
    if (/^on[A-Z]/.test(key) && typeof ours === "function" && typeof theirs === "function") {
      merged[key] = (event: { defaultPrevented?: boolean }) => {
        (theirs as (e: unknown) => void)(event);
        if (!event?.defaultPrevented) (ours as (e: unknown) => void)(event);
      };
    } else if (key === "className") merged.className = [ours, theirs].filter(Boolean).join(" ");
    else if (key === "style") merged.style = { ...(ours as object), ...(theirs as object) };
    else if (key.startsWith("aria-") || key.startsWith("data-") || key === "disabled") merged[key] = ours;
  }
  const childRef = (childProps.ref ?? (child as unknown as { ref?: Ref<HTMLElement> }).ref) as Ref<HTMLElement> | undefined;
  merged.ref = ref && childRef ? mergeRefs(ref, childRef) : (ref ?? childRef);
  return cloneElement(child, merged);
}
