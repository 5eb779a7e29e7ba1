// One call of a REST flow: validation gate, warnings, timeout, and PortOne's errors translated
// into InicisServerError with the secret and long digit runs scrubbed.
import { redactCardNumbers } from "../core/checks";
import { localizeIssues, type MessagePack } from "../core/format";
import type { LocalizedIssue, ValidationIssue } from "../core/types";
import { InicisServerError } from "./errors";
import type { ServerRules } from "./rules";
import type { WithWarnings } from "./types";

/** What a call's request function may ask of the call around it. */
export interface CallControl {
  /** Throws the validation errors found so far; reports the new warnings. */
  checkpoint(): void;
  /** False once the call has timed out: do not start another request. */
  alive(): boolean;
}

/** An issue as one line of text (its message, or field and code when it has none). */
export function issueText(issue: ValidationIssue): string {
  const message = (issue as { message?: unknown }).message;
  return typeof message === "string" && message !== "" ? message : `${issue.field}: ${issue.code}`;
}

/** Builds `run` (a call, result as is) and `call` (a call that changes something; its result carries the warnings). */
export function createCaller(config: { secret: string; timeoutMs: number; report: (issue: LocalizedIssue) => void; pack: MessagePack }) {
  const { secret, timeoutMs, report, pack } = config;
  const scrub = (text: string): string => redactCardNumbers(text.split(secret).join("[secret]"));

  function translate(operation: string, error: unknown): InicisServerError {
    if (error instanceof InicisServerError) return error;
    const data = (error as { data?: unknown } | null)?.data;
    if (data && typeof data === "object" && typeof (data as { type?: unknown }).type === "string") {
      const d = data as { type: string; message?: unknown; pgCode?: unknown; pgMessage?: unknown };
      return new InicisServerError({
        kind: "api",
        code: d.type,
        operation,
        message: scrub(typeof d.message === "string" && d.message ? d.message : d.type),
        pgCode: typeof d.pgCode === "string" ? d.pgCode : undefined,
        pgMessage: typeof d.pgMessage === "string" ? scrub(d.pgMessage) : undefined,
      });
    }
    if (error instanceof SyntaxError) {
      return new InicisServerError({ kind: "api", code: "INVALID_RESPONSE", operation, message: "PortOne answered with something that is not JSON." });
    }
    // the server SDK's fetch failing (refused, reset, closed) is a plain TypeError('fetch failed')
    if (error instanceof TypeError) {
      return new InicisServerError({ kind: "network", code: "NETWORK_ERROR", operation, message: "Could not reach PortOne (the connection failed or was closed)." });
    }
    return new InicisServerError({ kind: "api", code: "UNKNOWN_ERROR", operation, message: "PortOne's call failed for an unknown reason." });
  }

  /**
   * Runs one flow: refuses invalid input before any request, reports warnings, and gives up after
   * `timeoutMs`. The SDK's fetch cannot be aborted, so the timeout is a race; `alive()` lets a
   * flow of two requests skip the second one once the caller has been told it timed out.
   */
  async function run<T>(operation: string, rules: ServerRules, request: (control: CallControl) => Promise<T>, mutates: boolean): Promise<T> {
    let reported = 0;
    const checkpoint = () => {
      const errors = localizeIssues(rules.issues.filter((i) => i.severity === "error"), pack);
      if (errors.length > 0) {
        throw new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation, message: errors.map(issueText).join(" "), issues: errors });
      }
      const warnings = localizeIssues(rules.issues.filter((i) => i.severity === "warning"), pack);
      for (const w of warnings.slice(reported)) report(w);
      reported = warnings.length;
    };
    checkpoint();
    let expired = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unknownOutcome = mutates ? " The request may still be carried out: check the payment before retrying." : "";
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        expired = true;
        reject(new InicisServerError({ kind: "timeout", code: "TIMEOUT", operation, message: `PortOne did not answer within ${timeoutMs} ms.${unknownOutcome}` }));
      }, timeoutMs);
    });
    try {
      return await Promise.race([request({ checkpoint, alive: () => !expired }), timeout]);
    } catch (error) {
      throw translate(operation, error);
    } finally {
      clearTimeout(timer);
    }
  }

  async function call<T extends object>(operation: string, rules: ServerRules, request: (control: CallControl) => Promise<T>): Promise<WithWarnings<T>> {
    const result = await run(operation, rules, request, true);
    return { ...result, warnings: localizeIssues(rules.issues.filter((i) => i.severity === "warning"), pack) };
  }

  return { run, call };
}
