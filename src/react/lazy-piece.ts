// A lazily loaded piece of the components (the buyer dialog, the status view): loaded once, at the
// moment a page may need it; a failed load is forgotten, so the next need loads it again.
// Components subscribe, so each re-renders when it arrives.

/** A lazily loaded module: load it, read it if it is there, hear when it arrives. */
export interface LazyPiece<T> {
  load: () => Promise<T>;
  now: () => T | null;
  subscribe: (listener: () => void) => () => void;
}

/** Wraps a dynamic import as a {@link LazyPiece}. */
export function lazyPiece<T>(importer: () => Promise<T>): LazyPiece<T> {
  let loading: Promise<T> | null = null;
  let loaded: T | null = null;
  const listeners = new Set<() => void>();
  return {
    load: () =>
      (loading ??= importer().then(
        (m) => {
          loaded = m;
          listeners.forEach((l) => l());
          return m;
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      )),
    now: () => loaded,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
