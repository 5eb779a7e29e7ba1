import { expect, vi } from "vitest";

/** Everything reachable from a value, as text: own properties (enumerable or not), nested, once each. */
export function dump(value: unknown, seen = new Set<unknown>()): string {
  if (typeof value !== "object" || value === null || seen.has(value)) return String(value);
  seen.add(value);
  const parts = [String(value), JSON.stringify(value, Object.getOwnPropertyNames(value))];
  for (const key of Object.getOwnPropertyNames(value)) parts.push(dump((value as Record<string, unknown>)[key], seen));
  return parts.join("\n");
}

/**
 * Collects what a suite produced (errors, results, response bodies, console output) and checks at
 * the end that none of it holds a secret or card data.
 */
export class LeakWatch {
  readonly seen: unknown[] = [];
  readonly logged: unknown[][] = [];

  keep<T>(value: T): T {
    this.seen.push(value);
    return value;
  }

  /** Records (and silences) every console method; call in beforeEach (the suite restores mocks after each test). */
  watchConsole(): void {
    for (const m of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void this.logged.push(args));
    }
  }

  expectClean(forbidden: readonly string[], atLeast: number): void {
    expect(this.seen.length).toBeGreaterThanOrEqual(atLeast);
    const text = [dump(this.seen), JSON.stringify(this.logged.map((args) => args.map((a) => dump(a))))].join("\n");
    for (const f of forbidden) expect(text).not.toContain(f);
  }
}
