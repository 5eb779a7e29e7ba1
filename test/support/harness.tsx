import type { PaymentRequest } from "@portone/browser-sdk/v2";
import { render, type RenderResult } from "@testing-library/react";
import axe from "axe-core";
import type { ReactElement } from "react";
import { expect, vi } from "vitest";
import { PortOneProvider, type ChannelKeys } from "../../src/react/context";
import type { PortOneSdk } from "../../src/sdk/port";
import { createPortOneSdk } from "../../src/sdk/portone";
import { createSandboxSdk } from "../../src/testing/sandbox";

/** One SDK call as the SDK (the sandbox, or window.PortOne behind the real adapter) received it. */
export interface RecordedCall {
  fn: "requestPayment" | "requestIssueBillingKey" | "requestIssueBillingKeyAndPay";
  request: Record<string, unknown>;
}

export interface Harness {
  sdk: PortOneSdk;
  calls: () => RecordedCall[];
}

const FN = { payment: "requestPayment", billingKey: "requestIssueBillingKey", phoneBilling: "requestIssueBillingKeyAndPay" } as const;

/** The sandbox from /testing. `navigate` is stubbed so a mobile redirect does not leave the test page. */
export function sandboxHarness(device: "pc" | "mobile"): Harness {
  const sdk = createSandboxSdk({ device, navigate: vi.fn() });
  return { sdk, calls: () => sdk.calls.map((c) => ({ fn: FN[c.flow], request: c.request as unknown as Record<string, unknown> })) };
}

/** A fake window.PortOne that records calls, shared by the whole test file (the npm loader caches it). */
const recorded: RecordedCall[] = [];
const fakePortOne = {
  requestPayment: vi.fn(async (r: PaymentRequest) => {
    recorded.push({ fn: "requestPayment", request: r as unknown as Record<string, unknown> });
    return { transactionType: "PAYMENT", paymentId: r.paymentId, txId: "tx-fake" };
  }),
  requestIssueBillingKey: vi.fn(async (r: Record<string, unknown>) => {
    recorded.push({ fn: "requestIssueBillingKey", request: r });
    return { transactionType: "ISSUE_BILLING_KEY", billingKey: "billing-key-fake" };
  }),
  requestIssueBillingKeyAndPay: vi.fn(async (r: Record<string, unknown>) => {
    recorded.push({ fn: "requestIssueBillingKeyAndPay", request: r });
    return { transactionType: "ISSUE_BILLING_KEY_AND_PAY", billingKey: "billing-key-fake", paymentId: r.paymentId, txId: "tx-fake" };
  }),
};

/** The real adapter (lazy npm import, script loader) in front of a fake window.PortOne. */
export function realAdapterHarness(): Harness {
  recorded.length = 0;
  (window as { PortOne?: unknown }).PortOne = fakePortOne;
  return { sdk: createPortOneSdk(), calls: () => [...recorded] };
}

/** Both ways every component test runs. */
export const HARNESSES: { name: string; make: (device: "pc" | "mobile") => Harness }[] = [
  { name: "sandbox", make: sandboxHarness },
  { name: "real adapter + window.PortOne", make: () => realAdapterHarness() },
];

export const CHANNEL_KEYS: ChannelKeys = { payment: "channel-key-pay", billingKey: "channel-key-bk", phoneBilling: "channel-key-phone" };

/**
 * Renders under a provider. The provider's own preload-after-mount is off here (it is covered by the
 * end-to-end test): its state update would land outside act() in these synchronous renders.
 */
export function renderWith(ui: ReactElement, opts: { sdk: PortOneSdk; device: "pc" | "mobile"; locale?: "ko" | "en" }): RenderResult {
  return render(
    <PortOneProvider storeId="store-test" channelKeys={CHANNEL_KEYS} device={opts.device} locale={opts.locale ?? "ko"} sdk={opts.sdk} preload={false}>
      {ui}
    </PortOneProvider>,
  );
}

/** Asserts an id is what Inicis accepts: printable ASCII, at most 40 characters. */
export function expectInicisId(id: unknown): void {
  expect(typeof id).toBe("string");
  expect(id as string).toMatch(/^[\x21-\x7e]{1,40}$/);
}

/** Runs axe on a container (colour contrast needs layout, which jsdom lacks). */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, { rules: { "color-contrast": { enabled: false }, region: { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
}
