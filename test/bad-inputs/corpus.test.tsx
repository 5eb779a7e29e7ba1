// Runs every bad input through every entry point it applies to: the pure builders, the hooks, the
// components, buildInicisBypass and the /server functions. Each must end as an `invalid` outcome (or
// a thrown typed error) whose message names the field, with zero SDK calls and zero network requests.
import { act, cleanup, render, renderHook, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildInicisBypass, validateInicisOptions } from "../../src/core/bypass";
import { InicisValidationError } from "../../src/core/errors";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "../../src/core/inputs";
import { fieldLabel, formatIssue } from "../../src/core/format";
import { ko } from "../../src/core/locales/ko";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest } from "../../src/core/request";
import type { LocalizedIssue, ValidationIssue } from "../../src/core/types";
import { BillingKeyForm, PayButton, PhoneBillingButton, PortOneProvider, useIssueBillingKey, useIssueBillingKeyAndPay, usePayment } from "../../src/index";
import { createInicisServer, InicisServerError, type InicisServer } from "../../src/server/index";
import { createSandboxSdk } from "../../src/testing/index";
import { BROWSER_CASES, BYPASS_CASES, SERVER_ACCEPTED, SERVER_CASES, type BrowserCase } from "./cases";

const held = new Map<string, boolean>();
let runs = 0;
let fetchSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fetchSpy = vi.spyOn(globalThis, "fetch");
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});

/**
 * The issue that names `field`, with a sentence that names it too: the one it carries (what
 * components and hooks deliver) or, for the pure builders' code-only issues, the ko pack's.
 */
function expectNamed(issues: readonly (ValidationIssue | LocalizedIssue)[], field: string): LocalizedIssue {
  const issue = issues.find((i) => i.severity === "error" && (i.field === field || i.field.startsWith(`${field}.`) || i.field.startsWith(`${field}[`)));
  expect(issue, `an error on ${field} among ${issues.map((i) => i.field).join(", ")}`).toBeDefined();
  const message = "message" in issue! ? issue.message : formatIssue(issue!, ko);
  expect(message).toContain(fieldLabel(issue!.field, ko));
  return { ...issue!, message };
}

function provider(sandbox: ReturnType<typeof createSandboxSdk>, c: BrowserCase) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <PortOneProvider storeId={c.context?.storeId ?? "store-1"} channelKeys={c.context?.channelKey === "" ? {} : { payment: "ck", billingKey: "ck", phoneBilling: "ck" }} device={c.device} sdk={sandbox} preload={false}>
        {children}
      </PortOneProvider>
    );
  };
}

const BUILDERS = {
  payment: (i: unknown, ctx: Parameters<typeof buildPaymentRequest>[1]) => buildPaymentRequest(i as PaymentInput, ctx),
  phoneBilling: (i: unknown, ctx: Parameters<typeof buildPaymentRequest>[1]) => buildIssueBillingKeyAndPayRequest(i as PhoneBillingInput, ctx),
  billingKey: (i: unknown, ctx: Parameters<typeof buildPaymentRequest>[1]) => buildIssueBillingKeyRequest(i as BillingKeyInput, ctx),
};
const HOOKS = { payment: usePayment, phoneBilling: useIssueBillingKeyAndPay, billingKey: useIssueBillingKey };

describe("bad inputs in the browser flows", () => {
  it.each(BROWSER_CASES)("$name", async (c) => {
    held.set(c.name, false);
    // 1. the pure builder
    const built = BUILDERS[c.flow](c.input, { storeId: c.context?.storeId ?? "store-1", channelKey: c.context?.channelKey ?? "ck", device: c.device, pageUrl: "https://shop.example/" });
    expect(built.ok).toBe(false);
    expectNamed(built.issues, c.field);
    runs++;

    // 2. the hook
    const hookSdk = createSandboxSdk({ device: c.device, navigate: vi.fn() });
    const { result } = renderHook(() => HOOKS[c.flow](), { wrapper: provider(hookSdk, c) });
    let outcome: { status: string; issues?: LocalizedIssue[] } | undefined;
    await act(async () => {
      outcome = await (result.current.request as (i: unknown) => Promise<{ status: string; issues?: LocalizedIssue[] }>)(c.input);
    });
    expect(outcome?.status).toBe("invalid");
    expectNamed(outcome!.issues!, c.field);
    expect(hookSdk.calls).toHaveLength(0);
    runs++;
    cleanup();

    // 3. the component
    const sdk = createSandboxSdk({ device: c.device, navigate: vi.fn() });
    const onFailure = vi.fn();
    const Wrapper = provider(sdk, c);
    const props = c.input as Record<string, unknown>;
    const ui =
      c.flow === "payment" ? (
        <PayButton {...(props as PaymentInput)} collectBuyer={false} onFailure={onFailure} />
      ) : c.flow === "phoneBilling" ? (
        <PhoneBillingButton {...(props as PhoneBillingInput)} collectBuyer={false} onFailure={onFailure} />
      ) : (
        <BillingKeyForm {...(props as BillingKeyInput)} onFailure={onFailure} />
      );
    await act(async () => void render(<Wrapper>{ui}</Wrapper>));
    await userEvent.click(screen.getByRole("button"));
    const alert = await screen.findByRole("alert");
    expect(onFailure).toHaveBeenCalledOnce();
    const failed = onFailure.mock.calls[0]![0] as { status: string; issues: LocalizedIssue[] };
    expect(failed.status).toBe("invalid");
    expect(alert).toHaveTextContent(expectNamed(failed.issues, c.field).message.slice(0, 40));
    expect(sdk.calls).toHaveLength(0);
    runs++;
    cleanup();

    expect(fetchSpy).not.toHaveBeenCalled();
    held.set(c.name, true);
  });
});

describe("bad Inicis options", () => {
  it.each(BYPASS_CASES)("buildInicisBypass, validateInicisOptions and usePayment: $name", async (c) => {
    held.set(`bypass: ${c.name}`, false);
    let thrown: unknown;
    try {
      buildInicisBypass(c.options, c.device);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InicisValidationError);
    expectNamed((thrown as InicisValidationError).issues, c.field);
    expectNamed(validateInicisOptions(c.options, c.device), c.field);
    runs += 2;
    const sdk = createSandboxSdk({ device: c.device, navigate: vi.fn() });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PortOneProvider storeId="s" channelKeys={{ payment: "ck" }} device={c.device} sdk={sdk} preload={false}>
        {children}
      </PortOneProvider>
    );
    const { result } = renderHook(() => usePayment(), { wrapper });
    let outcome: Awaited<ReturnType<typeof result.current.request>> | undefined;
    await act(async () => {
      outcome = await result.current.request({ payMethod: "CARD", orderName: "x", totalAmount: 1000, customer: { fullName: "홍길동", phoneNumber: "01012345678", email: "a@b.co" }, inicis: c.options });
    });
    expect(outcome?.status).toBe("invalid");
    expectNamed((outcome as { issues: LocalizedIssue[] }).issues, c.field);
    expect(sdk.calls).toHaveLength(0);
    runs++;
    cleanup();
    expect(fetchSpy).not.toHaveBeenCalled();
    held.set(`bypass: ${c.name}`, true);
  });
});

describe("bad inputs to /server", () => {
  const server = createInicisServer({ secret: "corpus-secret", baseUrl: "http://127.0.0.1:9", now: () => new Date("2026-11-28T00:00:00Z") });
  it.each(SERVER_CASES)("$name", async (c) => {
    held.set(`server: ${c.name}`, false);
    const fn = (server as unknown as Record<string, (i: unknown) => Promise<unknown>>)[c.call as keyof InicisServer]!;
    const error = await fn(c.input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InicisServerError);
    expect((error as InicisServerError).kind).toBe("invalid");
    expectNamed((error as InicisServerError).issues, c.field);
    expect(fetchSpy).not.toHaveBeenCalled();
    runs++;
    held.set(`server: ${c.name}`, true);
  });
});

describe("inputs /server now accepts", () => {
  const server = createInicisServer({ secret: "corpus-secret", baseUrl: "http://127.0.0.1:9", now: () => new Date("2026-11-28T00:00:00Z"), onWarning: () => undefined });
  it.each(SERVER_ACCEPTED)("$name", async (c) => {
    const fn = (server as unknown as Record<string, (i: unknown) => Promise<unknown>>)[c.call as keyof InicisServer]!;
    const error = await fn(c.input).then(
      () => null,
      (e: unknown) => e,
    );
    // past validation: the request went out and found the closed port
    expect(error).toMatchObject({ kind: "network", code: "NETWORK_ERROR" });
    expect(fetchSpy).toHaveBeenCalledOnce();
  });
});

afterAll(() => {
  const total = held.size;
  const ok = [...held.values()].filter(Boolean).length;
  console.log(`bad-input corpus: ${total} cases (${BROWSER_CASES.length} browser-flow, ${BYPASS_CASES.length} bypass, ${SERVER_CASES.length} server), ${runs} entry-point runs, ${ok} of ${total} held`);
  for (const [name, good] of held) if (!good) console.log(`  not held: ${name}`);
});
