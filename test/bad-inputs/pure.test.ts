// @vitest-environment node
// The bad-input corpus through the entry points that need no DOM: the pure request builders,
// buildInicisBypass / validateInicisOptions and every /server function. corpus.test.tsx runs the same
// cases through the hooks and components too; this file is the fast lane the mutation runs use
// (`npm run mutation`), so each mutant of the rules or of /server meets the whole corpus in
// well under a second.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildInicisBypass, validateInicisOptions } from "../../src/core/bypass";
import { InicisValidationError } from "../../src/core/errors";
import { fieldLabel, formatIssue } from "../../src/core/format";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput, RequestContext } from "../../src/core/inputs";
import { ko } from "../../src/core/locales/ko";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest } from "../../src/core/request";
import type { LocalizedIssue, ValidationIssue } from "../../src/core/types";
import { createInicisServer, InicisServerError, type InicisServer } from "../../src/server/index";
import { BROWSER_CASES, BYPASS_CASES, SERVER_ACCEPTED, SERVER_CASES } from "./cases";

let fetchSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fetchSpy = vi.spyOn(globalThis, "fetch");
});
afterEach(() => vi.restoreAllMocks());

/** The error that names `field`, and whose Korean sentence names the field's label. */
function expectNamed(issues: readonly (ValidationIssue | LocalizedIssue)[], field: string): void {
  const issue = issues.find((i) => i.severity === "error" && (i.field === field || i.field.startsWith(`${field}.`) || i.field.startsWith(`${field}[`)));
  expect(issue, `an error on ${field} among ${issues.map((i) => `${i.field} ${i.code}`).join(", ")}`).toBeDefined();
  const message = "message" in issue! ? issue.message : formatIssue(issue!, ko);
  expect(message).toContain(fieldLabel(issue!.field, ko));
}

const BUILDERS = {
  payment: (i: unknown, ctx: RequestContext) => buildPaymentRequest(i as PaymentInput, ctx),
  phoneBilling: (i: unknown, ctx: RequestContext) => buildIssueBillingKeyAndPayRequest(i as PhoneBillingInput, ctx),
  billingKey: (i: unknown, ctx: RequestContext) => buildIssueBillingKeyRequest(i as BillingKeyInput, ctx),
};

describe("the corpus through the pure builders", () => {
  it.each(BROWSER_CASES)("$name", (c) => {
    const built = BUILDERS[c.flow](c.input, { storeId: c.context?.storeId ?? "store-1", channelKey: c.context?.channelKey ?? "ck", device: c.device, pageUrl: "https://shop.example/" });
    expect(built.ok).toBe(false);
    expectNamed(built.issues, c.field);
  });
});

describe("the corpus's Inicis options", () => {
  it.each(BYPASS_CASES)("$name", (c) => {
    let thrown: unknown;
    try {
      buildInicisBypass(c.options, c.device);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InicisValidationError);
    expectNamed((thrown as InicisValidationError).issues, c.field);
    expectNamed(validateInicisOptions(c.options, c.device), c.field);
  });
});

describe("the corpus's /server cases", () => {
  const server = createInicisServer({ secret: "corpus-secret", baseUrl: "http://127.0.0.1:9", now: () => new Date("2026-11-28T00:00:00Z"), onWarning: () => undefined });
  const fn = (call: string) => (server as unknown as Record<string, (i: unknown) => Promise<unknown>>)[call as keyof InicisServer]!;

  it.each(SERVER_CASES)("refused: $name", async (c) => {
    const error = await fn(c.call)(c.input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InicisServerError);
    expect((error as InicisServerError).kind).toBe("invalid");
    expect((error as InicisServerError).code).toBe("INVALID_INPUT");
    expectNamed((error as InicisServerError).issues, c.field);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each(SERVER_ACCEPTED)("accepted: $name", async (c) => {
    const error = await fn(c.call)(c.input).then(
      () => null,
      (e: unknown) => e,
    );
    // past validation: the request went out and found the closed port
    expect(error).toMatchObject({ kind: "network", code: "NETWORK_ERROR" });
    expect(fetchSpy).toHaveBeenCalledOnce();
  });
});
