import { makeIssue } from "./messages";
import type { IssueCode, MessageLocale, ValidationIssue } from "./types";

/** Collects issues in one locale; validators share it so every issue is built the same way. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  constructor(readonly locale: MessageLocale = "ko") {}
  error(field: string, code: IssueCode, params?: Record<string, string | number>): void {
    this.issues.push(makeIssue(field, code, "error", this.locale, params));
  }
  warn(field: string, code: IssueCode, params?: Record<string, string | number>): void {
    this.issues.push(makeIssue(field, code, "warning", this.locale, params));
  }
  addAll(issues: readonly ValidationIssue[]): void {
    this.issues.push(...issues);
  }
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

/** A short text of any value for a message; never throws (objects without a prototype, throwing toString). */
export function shortText(value: unknown, max = 30): string {
  if (typeof value === "string") return value.slice(0, max);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value).slice(0, max);
  if (value === undefined || value === null) return String(value);
  return Object.prototype.toString.call(value).slice(0, max);
}
