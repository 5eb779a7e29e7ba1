import type { IssueCode, IssueParams, ValidationIssue } from "./types";

/** Collects issues as data (code and params, no text); validators share it so every issue has one shape. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  error(field: string, code: IssueCode, params: IssueParams = {}): void {
    this.issues.push({ field, code, severity: "error", params });
  }
  warn(field: string, code: IssueCode, params: IssueParams = {}): void {
    this.issues.push({ field, code, severity: "warning", params });
  }
  addAll(issues: readonly ValidationIssue[]): void {
    this.issues.push(...issues);
  }
}

/** True when any issue blocks the SDK call. */
export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

/** A value that is present: not undefined, null or a blank string. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  return true;
}

/** Own enumerable keys of a plain object, or null when the value is not one (arrays, class instances, odd prototypes). */
export function plainKeys(value: unknown): string[] | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return null;
  return Object.keys(value);
}

/** The value's own property, never one inherited from a prototype (`__proto__`, `constructor`). */
export function own(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A short text of any value for a message; never throws (objects without a prototype, throwing toString). */
export function shortText(value: unknown, max = 30): string {
  if (typeof value === "string") return value.slice(0, max);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value).slice(0, max);
  if (value === undefined || value === null) return String(value);
  return Object.prototype.toString.call(value).slice(0, max);
}

/** An object view of any value (`{}` for non-objects), for reading untrusted input without throwing. */
export function asObj(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
