// Page loads for the landing suites (issue 16). A full page load is server HTML for the current URL
// followed by hydration, as a Next.js page is; a client-side navigation (Next.js <Link>, any SPA
// router) renders into a root that already exists, so its components get client ids, never the
// ids a later full page load derives from the tree. Leaving a page unmounts its root.
// sessionStorage stands for the browser's storage across page loads.
import { act } from "@testing-library/react";
import { useSyncExternalStore, type ReactElement, type ReactNode } from "react";
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, expect, vi } from "vitest";

/** Where the library records the attempts that leave the page (the key issue 16 names). */
export const ATTEMPTS = "react-portone-inicis:attempts";

/** The page loads of one test. */
export interface PageLoads {
  /** One full page load of the current URL: server HTML, then hydration. */
  load(tree: ReactElement): Promise<void>;
  /** A single-page app's first render: `createRoot`, no server HTML. */
  client(tree: ReactElement): Promise<void>;
  /** A client-side navigation: the current page's root renders a new tree. */
  navigate(tree: ReactElement): Promise<void>;
  /** The window navigates away: the current page unmounts. */
  leave(): void;
}

// captured before any test fakes the clock: polling for an event must not depend on it
const realSetTimeout = globalThis.setTimeout;

/** A real pause (also while a test fakes `setTimeout`). */
export function realPause(ms: number): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

/**
 * Sets up fresh storage and address bar before each test, and after it unmounts what is left and
 * asserts that no page logged an error. React 18's renderToString warns about layout effects
 * because jsdom has a window while it renders "on the server"; that one warning is the test's own.
 */
export function pageLoads(options: { allowConsoleError?: boolean } = {}): PageLoads {
  let pages: { root: Root; container: HTMLElement }[] = [];
  let errors: { mock: { calls: unknown[][] } } = { mock: { calls: [] } };
  beforeEach(() => {
    window.sessionStorage.clear();
    window.history.replaceState(null, "", "/");
    errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    const reported = errors.mock.calls.filter((c) => !String(c[0]).includes("useLayoutEffect does nothing on the server"));
    for (const p of pages) {
      act(() => p.root.unmount());
      p.container.remove();
    }
    pages = [];
    window.history.replaceState(null, "", "/");
    if (!options.allowConsoleError) expect(reported).toEqual([]);
  });

  const current = (): { root: Root; container: HTMLElement } => {
    const page = pages.at(-1);
    if (!page) throw new Error("no page is loaded");
    return page;
  };

  return {
    async load(tree) {
      const container = document.createElement("div");
      container.innerHTML = renderToString(tree);
      document.body.appendChild(container);
      const recoverable = vi.fn();
      let root!: Root;
      await act(async () => {
        root = hydrateRoot(container, tree, { onRecoverableError: recoverable });
      });
      expect(recoverable).not.toHaveBeenCalled();
      pages.push({ root, container });
    },
    async client(tree) {
      const container = document.createElement("div");
      document.body.appendChild(container);
      const root = createRoot(container);
      await act(async () => root.render(tree));
      pages.push({ root, container });
    },
    async navigate(tree) {
      const { root } = current();
      await act(async () => root.render(tree));
    },
    leave() {
      const page = pages.pop();
      if (!page) throw new Error("no page is loaded");
      act(() => page.root.unmount());
      page.container.remove();
    },
  };
}

/** A switch a test flips to mount part of a page later (a lazy route, a slow phone). */
export interface Gate {
  subscribe: (listener: () => void) => () => void;
  isOpen: () => boolean;
  open: () => void;
}

/** A closed gate. */
export function createGate(): Gate {
  let open = false;
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    isOpen: () => open,
    open: () => {
      open = true;
      for (const listener of listeners) listener();
    },
  };
}

/** Renders its children only once the gate is open (closed on the server and at hydration). */
export function Later({ gate, children }: { gate: Gate; children: ReactNode }): ReactNode {
  const open = useSyncExternalStore(gate.subscribe, gate.isOpen, () => false);
  return open ? children : null;
}

/** The landing URL (path and query) a stubbed `navigate` was sent to, with `extra` query keys set. */
export function landingOf(navigate: { mock: { calls: unknown[][] } }, extra: Record<string, string> = {}): string {
  const sent = navigate.mock.calls.at(-1)?.[0];
  if (typeof sent !== "string") throw new Error("the SDK never navigated");
  const url = new URL(sent);
  for (const [key, value] of Object.entries(extra)) url.searchParams.set(key, value);
  return url.pathname + url.search;
}

/** A `fetch` answer with a JSON body, as the verify route sends it. */
export function jsonAnswer(body: unknown, status = 200): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
}
