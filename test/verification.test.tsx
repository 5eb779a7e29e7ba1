// Issue 11: with a verifyUrl, a payment is a success only when the merchant's server says so.
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement, ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { PayButton, PhoneBillingButton, BillingKeyForm, PortOneProvider, usePayment } from "../src/index";
import { createSandboxSdk } from "../src/testing/index";
import { CHANNEL_KEYS } from "./support/harness";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };

function renderVerified(ui: ReactElement, sdk = createSandboxSdk({ device: "pc" }), verifyUrl: string | undefined = "/api/portone/verify") {
  render(
    <PortOneProvider storeId="store-test" channelKeys={CHANNEL_KEYS} device="pc" sdk={sdk} preload={false} verifyUrl={verifyUrl}>
      {ui}
    </PortOneProvider>,
  );
  return sdk;
}

/** A fetch stub that answers with `body` once `release()` is called (or at once). */
function stubFetch(answer: () => Promise<unknown> | unknown, opts: { gated?: boolean } = {}) {
  let release: () => void = () => undefined;
  const gate = opts.gated ? new Promise<void>((r) => (release = r)) : Promise.resolve();
  const fetch = vi.spyOn(globalThis, "fetch").mockImplementation(async () => {
    await gate;
    const body = await answer();
    return { ok: true, status: 200, json: async () => body } as Response;
  });
  return { fetch, release: () => release() };
}

const sent = (fetch: ReturnType<typeof stubFetch>["fetch"]) => {
  const [url, init] = fetch.mock.calls[0]!;
  return { url, method: init?.method, body: JSON.parse(String(init?.body)) as unknown };
};

describe("PayButton with verifyUrl", () => {
  it("{ ok: true, verdict: 'paid' }: verifying while the server checks, then onSuccess with the verdict", async () => {
    const { fetch, release } = stubFetch(() => ({ ok: true, verdict: "paid" }), { gated: true });
    const onSuccess = vi.fn();
    const sdk = renderVerified(<PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={customer} onSuccess={onSuccess} />);
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(screen.getByRole("button")).toHaveAttribute("data-state", "verifying"));
    expect(screen.getByRole("button")).toHaveAttribute("aria-busy", "true");
    expect(screen.getByRole("button")).toHaveTextContent("결제를 확인하고 있습니다…");
    expect(onSuccess).not.toHaveBeenCalled();
    await act(async () => release());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    const paymentId = (sdk.calls[0]!.request as { paymentId: string }).paymentId;
    expect(onSuccess).toHaveBeenCalledWith({ status: "success", flow: "payment", paymentId, txId: expect.any(String), verification: { ok: true, verdict: "paid" } });
    expect(sent(fetch)).toEqual({ url: "/api/portone/verify", method: "POST", body: { paymentId, txId: onSuccess.mock.calls[0]![0].txId } });
    expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다.");
    expect(screen.getByRole("button")).toHaveAttribute("data-state", "success");
  });

  it("{ ok: false, verdict: 'amount-mismatch' }: failure VERIFY_REFUSED with the verdict, no onSuccess, a calm status and no alert", async () => {
    stubFetch(() => ({ ok: false, verdict: "amount-mismatch" }));
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    renderVerified(<PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={customer} onSuccess={onSuccess} onFailure={onFailure} />);
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ status: "failure", flow: "payment", code: "VERIFY_REFUSED", verification: { ok: false, verdict: "amount-mismatch" } });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("결제 내역을 확인하고 있습니다. 확인이 끝나면 주문 내역에 표시됩니다.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button")).toBeEnabled();
  });

  it("a network error: failure VERIFY_UNREACHABLE, no onSuccess, the same calm status", async () => {
    stubFetch(() => Promise.reject(new TypeError("Failed to fetch")));
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    renderVerified(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} onSuccess={onSuccess} onFailure={onFailure} />);
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ status: "failure", code: "VERIFY_UNREACHABLE" });
    expect(onFailure.mock.calls[0]![0]).not.toHaveProperty("verification");
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("결제 내역을 확인하고 있습니다.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it.each([
    { name: "an HTML error page", answer: () => Promise.reject(new SyntaxError("Unexpected token <")) },
    { name: "a body without a verdict", answer: () => ({ ok: true }) },
    { name: "null", answer: () => null },
  ])("$name is VERIFY_UNREACHABLE, never a success", async ({ answer }) => {
    stubFetch(answer);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    renderVerified(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} onSuccess={onSuccess} onFailure={onFailure} />);
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: "VERIFY_UNREACHABLE" });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("a server that says ok for another amount is refused as amount-mismatch", async () => {
    stubFetch(() => ({ ok: true, verdict: "paid", amount: 100, currency: "KRW" }));
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    renderVerified(<PayButton payMethod="CARD" orderName="x" totalAmount={39000} customer={customer} onSuccess={onSuccess} onFailure={onFailure} />);
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: "VERIFY_REFUSED", verification: { ok: false, verdict: "amount-mismatch" } });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("a PG refusal is reported as such: the server is not asked", async () => {
    const { fetch } = stubFetch(() => ({ ok: true, verdict: "paid" }));
    const onFailure = vi.fn();
    renderVerified(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} onFailure={onFailure} />, createSandboxSdk({ device: "pc", result: "failure" }));
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: "FAILURE_TYPE_PG" });
    expect(fetch).not.toHaveBeenCalled();
    expect(await screen.findByRole("alert")).toHaveTextContent("결제에 실패했습니다");
  });

  it("a component's verifyUrl overrides the provider's, and verifyUrl={false} turns it off", async () => {
    const { fetch } = stubFetch(() => ({ ok: true, verdict: "paid" }));
    const onSuccess = vi.fn();
    renderVerified(
      <>
        <PayButton payMethod="CARD" orderName="a" totalAmount={1000} customer={customer} verifyUrl="/shop/verify" onSuccess={onSuccess}>
          A
        </PayButton>
        <PayButton payMethod="CARD" orderName="b" totalAmount={1000} customer={customer} verifyUrl={false} onSuccess={onSuccess}>
          B
        </PayButton>
      </>,
    );
    await userEvent.click(screen.getByRole("button", { name: "A" }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(["/shop/verify"]);
    await userEvent.click(screen.getByRole("button", { name: "B" }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(2));
    expect(fetch).toHaveBeenCalledOnce();
    expect(onSuccess.mock.calls[1]![0]).not.toHaveProperty("verification");
  });
});

describe("verifyUrl on the other flows and the hook", () => {
  it("PhoneBillingButton's first payment is verified too", async () => {
    const { fetch } = stubFetch(() => ({ ok: false, verdict: "not-paid" }));
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    renderVerified(<PhoneBillingButton orderName="구독" totalAmount={9900} productType="DIGITAL" customer={customer} onSuccess={onSuccess} onFailure={onFailure} />);
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ flow: "phoneBilling", code: "VERIFY_REFUSED", verification: { verdict: "not-paid" } });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(fetch).toHaveBeenCalledOnce();
  });

  it("a card billing key has no payment to verify: the server is not asked", async () => {
    const { fetch } = stubFetch(() => ({ ok: false, verdict: "not-paid" }));
    const onSuccess = vi.fn();
    renderVerified(<BillingKeyForm issueName="정기결제" customer={customer} onSuccess={onSuccess} />);
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(fetch).not.toHaveBeenCalled();
  });

  it("usePayment({ verifyUrl }) goes pending, verifying, success", async () => {
    const { release } = stubFetch(() => ({ ok: true, verdict: "paid" }), { gated: true });
    const sdk = createSandboxSdk({ device: "pc" });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PortOneProvider storeId="s" channelKeys={{ payment: "ck" }} device="pc" sdk={sdk} preload={false}>
        {children}
      </PortOneProvider>
    );
    const { result } = renderHook(() => usePayment({ verifyUrl: "/verify" }), { wrapper });
    let done!: Promise<unknown>;
    act(() => {
      done = result.current.request({ payMethod: "CARD", orderName: "x", totalAmount: 1000, customer });
    });
    await waitFor(() => expect(result.current.status).toBe("verifying"));
    expect(result.current.isPending).toBe(true);
    await act(async () => release());
    await expect(done).resolves.toMatchObject({ status: "success", verification: { ok: true, verdict: "paid" } });
    expect(result.current.status).toBe("success");
  });
});
