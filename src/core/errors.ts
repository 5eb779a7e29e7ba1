import type { ValidationIssue } from "./types";

/** Thrown by the pure builders when their input has an error-level issue; carries every issue. */
export class InicisValidationError extends Error {
  override readonly name = "InicisValidationError";
  readonly code = "INVALID_INPUT";
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    const errors = issues.filter((i) => i.severity === "error");
    super(errors.map((i) => `${i.field}: ${i.code}`).join("; ") || "Invalid input");
    this.issues = issues;
  }
}

/** Codes of {@link PortOneLoadError}: the script failed, or did not finish within the time allowed. */
export type PortOneLoadErrorCode = "SDK_LOAD_FAILED" | "SDK_LOAD_TIMEOUT" | "SDK_UNAVAILABLE";

/** The PortOne browser script could not be loaded. Retryable: the next `preload()` tries again. */
export class PortOneLoadError extends Error {
  override readonly name = "PortOneLoadError";
  readonly code: PortOneLoadErrorCode;
  constructor(code: PortOneLoadErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Recognises a {@link PortOneLoadError}, also across bundle copies. */
export function isPortOneLoadError(error: unknown): error is PortOneLoadError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "PortOneLoadError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}
