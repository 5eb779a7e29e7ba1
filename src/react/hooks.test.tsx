import { act, render, renderHook, waitFor } from "@testing-library/react";
import { StrictMode, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { createSandboxSdk, type SandboxOptions } from "../testing/sandbox";
import type { PortOneSdk } from "../sdk/port";
import { PortOneProvider } from "./context";
import { useIssueBillingKey, useIssueBillingKeyAndPay, usePayment } from "./hooks";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const payment = { payMethod: "CARD" as const, orderName: "운동화", totalAmount: 1000, customer };

function setup(options: SandboxOptions & { device?: "pc" | "mobile" } = {}, strict = false) {
  const sdk = createSandboxSdk({ device: options.device ?? "pc", ...options });
  const wrapper = ({ children }: { children: ReactNode }) => {
    const tree = (
      <PortOneProvider storeId="store-1" channelKeys={{ payment: "ck-pay", billingKey: "ck-bk", phoneBilling: "ck-phone" }} device={options.device ?? "pc"} sdk={sdk} preload={false}>
        {children}
      </PortOneProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  return { sdk, wrapper };
}

function deferredSdk(): PortOneSdk & { calls: number; resolve: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((r) => (release = r));
  const sdk = {
    calls: 0,
    resolve: () => release(),
    preload: async () => undefined,
    requestPayment: async (r: { paymentId: string }) => {
      sdk.calls++;
      await gate;
      return { transactionType: "PAYMENT" as const, paymentId: r.paymentId, txId: "tx" };
    },
    requestIssueBillingKey: async () => undefined,
    requestIssueBillingKeyAndPay: async () => ({ transactionType: "ISSUE_BILLING_KEY_AND_PAY" as const, billingKey: "b", paymentId: "p", txId: "t" }),
  };
  return sdk as unknown as PortOneSdk & { calls: number; resolve: () => void };
}

describe("usePayment", () => {
  it("20 concurrent request() calls make one SDK call and share one outcome", async () => {
    const { sdk, wrapper } = setup({ latencyMs: 5 });
    const { result } = renderHook(() => usePayment(), { wrapper });
    let outcomes: unknown[] = [];
    await act(async () => {
      outcomes = await Promise.all(Array.from({ length: 20 }, () => result.current.request(payment)));
    });
    expect(sdk.calls).toHaveLength(1);
    expect(new Set(outcomes).size).toBe(1);
    expect(result.current.status).toBe("success");
    expect(result.current.outcome).toMatchObject({ status: "success", flow: "payment", paymentId: (sdk.calls[0]!.request as { paymentId: string }).paymentId });
  });

  it("makes one SDK call under StrictMode", async () => {
    const { sdk, wrapper } = setup({}, true);
    const { result } = renderHook(() => usePayment(), { wrapper });
    await act(async () => {
      await result.current.request(payment);
    });
    expect(sdk.calls).toHaveLength(1);
    expect(result.current.status).toBe("success");
  });

  it("invalid input makes no SDK call and yields invalid with the issues", async () => {
    const { sdk, wrapper } = setup();
    const { result } = renderHook(() => usePayment(), { wrapper });
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.request({ ...payment, totalAmount: -5, customer: { ...customer, email: "a+b@x.com" } });
    });
    expect(sdk.calls).toHaveLength(0);
    expect(outcome).toMatchObject({
      status: "invalid",
      issues: [
        { field: "totalAmount", code: "amount.invalid", severity: "error" },
        { field: "customer.email", code: "email.chars", severity: "error" },
      ],
    });
    expect(result.current.status).toBe("invalid");
  });

  it("an invalid outcome carries each issue's sentence in the provider's locale", async () => {
    const sdk = createSandboxSdk({ device: "mobile" });
    const wrapper = (locale: "ko" | "en") =>
      function Wrapper({ children }: { children: ReactNode }) {
        return (
          <PortOneProvider storeId="s" channelKeys={{ payment: "ck" }} device="mobile" locale={locale} sdk={sdk} preload={false}>
            {children}
          </PortOneProvider>
        );
      };
    const input = { payMethod: "CARD" as const, orderName: "x", totalAmount: 1000, currency: "EUR" as never, customer: { email: "a@b.co" } };
    for (const [locale, messages] of [
      ["ko", ["통화(currency): 이 결제에서 쓸 수 없는 통화입니다(요청: EUR, 가능: KRW, USD).", "구매자 이름을 입력해 주세요."]],
      ["en", ["Currency (currency): EUR is not accepted here (allowed: KRW, USD).", "Buyer name is required."]],
    ] as const) {
      const { result } = renderHook(() => usePayment(), { wrapper: wrapper(locale) });
      let outcome: { status: string; issues?: { message: string }[] } | undefined;
      await act(async () => {
        outcome = (await result.current.request(input)) as typeof outcome;
      });
      expect(outcome?.status).toBe("invalid");
      expect(outcome?.issues?.map((i) => i.message)).toEqual(messages);
    }
    expect(sdk.calls).toHaveLength(0);
  });

  it("request props the flow does not know are never sent (one development warning per key)", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { sdk, wrapper } = setup();
    const { result } = renderHook(() => usePayment(), { wrapper });
    const extra = { ...payment, onSuccessRedirect: "/thanks", cardNumber: "4111111111111111" } as unknown as typeof payment;
    await act(async () => {
      await result.current.request(extra);
    });
    await act(async () => {
      await result.current.request(extra);
    });
    expect(sdk.calls).toHaveLength(2);
    for (const call of sdk.calls) {
      expect(call.request).not.toHaveProperty("onSuccessRedirect");
      expect(call.request).not.toHaveProperty("cardNumber");
    }
    const said = warn.mock.calls.map((c) => String(c[0]));
    expect(said.filter((m) => m.includes('"onSuccessRedirect"'))).toHaveLength(1);
    expect(said.filter((m) => m.includes('"cardNumber"'))).toHaveLength(1);
    expect(said.join("\n")).not.toContain("4111");
  });

  it("unmounting while pending logs nothing and still resolves the caller's promise", async () => {
    const errors = vi.spyOn(console, "error");
    const warns = vi.spyOn(console, "warn");
    const sdk = deferredSdk();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PortOneProvider storeId="s" channelKeys={{ payment: "ck" }} device="pc" sdk={sdk}>
        {children}
      </PortOneProvider>
    );
    const { result, unmount } = renderHook(() => usePayment(), { wrapper });
    let pending!: Promise<unknown>;
    act(() => {
      pending = result.current.request(payment);
    });
    await waitFor(() => expect(sdk.calls).toBe(1));
    unmount();
    sdk.resolve();
    await expect(pending).resolves.toMatchObject({ status: "success" });
    expect(errors).not.toHaveBeenCalled();
    expect(warns).not.toHaveBeenCalled();
  });

  it("a new paymentId per attempt unless the caller gives one", async () => {
    const { sdk, wrapper } = setup();
    const { result } = renderHook(() => usePayment(), { wrapper });
    await act(async () => {
      await result.current.request(payment);
    });
    await act(async () => {
      await result.current.request(payment);
    });
    await act(async () => {
      await result.current.request({ ...payment, paymentId: "mine-1" });
    });
    const ids = sdk.calls.map((c) => (c.request as { paymentId: string }).paymentId);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[2]).toBe("mine-1");
  });

  it("uses the latest provider props (device, channel keys) at call time", async () => {
    const sdk = createSandboxSdk({ device: "mobile", navigate: vi.fn() });
    const Probe = ({ device, ck }: { device: "pc" | "mobile"; ck: string }) => {
      const hook = usePayment();
      return (
        <PortOneProvider storeId="s" channelKeys={{ payment: ck }} device={device} sdk={sdk}>
          <Inner onReady={(r) => (latest = r)} />
          {hook.status}
        </PortOneProvider>
      );
    };
    let latest: ((i: typeof payment) => Promise<unknown>) | null = null;
    const Inner = ({ onReady }: { onReady: (r: (i: typeof payment) => Promise<unknown>) => void }) => {
      const { request } = usePayment();
      onReady(request);
      return null;
    };
    const Outer = (p: { device: "pc" | "mobile"; ck: string }) => (
      <PortOneProvider storeId="s" channelKeys={{ payment: p.ck }} device={p.device} sdk={sdk}>
        <Probe {...p} />
      </PortOneProvider>
    );
    const view = render(<Outer device="pc" ck="ck-1" />);
    view.rerender(<Outer device="mobile" ck="ck-2" />);
    await act(async () => {
      void latest!(payment);
    });
    await waitFor(() => expect(sdk.calls).toHaveLength(1));
    expect(sdk.calls[0]).toMatchObject({ request: { channelKey: "ck-2", redirectUrl: window.location.href } });
  });

  it("a PG refusal becomes a failure outcome with pgCode and pgMessage", async () => {
    const { wrapper } = setup({ decide: () => ({ result: "failure", pgCode: "V013", pgMessage: "한도초과" }) });
    const { result } = renderHook(() => usePayment(), { wrapper });
    await act(async () => {
      await result.current.request(payment);
    });
    expect(result.current.outcome).toMatchObject({ status: "failure", code: "FAILURE_TYPE_PG", pgCode: "V013", pgMessage: "한도초과" });
  });
});

describe("useIssueBillingKey and useIssueBillingKeyAndPay", () => {
  it("issues a card billing key with the provider's billing-key channel", async () => {
    const navigate = vi.fn();
    const { sdk, wrapper } = setup({ device: "mobile", navigate });
    const { result } = renderHook(() => useIssueBillingKey(), { wrapper });
    act(() => {
      void result.current.request({ issueName: "정기", offerPeriod: { interval: "1m" }, redirectUrl: "https://shop.example/r", customer: { fullName: "홍길동" } });
    });
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    expect(sdk.calls[0]).toMatchObject({ flow: "billingKey", request: { channelKey: "ck-bk", billingKeyMethod: "CARD" } });
    expect(navigate.mock.calls[0]![0]).toMatch(/^https:\/\/shop\.example\/r\?transactionType=ISSUE_BILLING_KEY&billingKey=billing-key-/);
    expect(result.current.status).toBe("pending");
  });

  it("refuses a phone billing key without offerPeriod on mobile, with no SDK call", async () => {
    const { sdk, wrapper } = setup({ device: "mobile" });
    const { result } = renderHook(() => useIssueBillingKeyAndPay(), { wrapper });
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.request({ orderName: "월 구독", totalAmount: 9900, productType: "DIGITAL", customer });
    });
    expect(sdk.calls).toHaveLength(0);
    expect(outcome).toMatchObject({ status: "invalid", flow: "phoneBilling", issues: [{ field: "offerPeriod", code: "required" }] });
  });

  it("phone billing success carries billingKey, paymentId and txId", async () => {
    const { wrapper } = setup({ device: "pc" });
    const { result } = renderHook(() => useIssueBillingKeyAndPay(), { wrapper });
    await act(async () => {
      await result.current.request({ orderName: "월 구독", totalAmount: 9900, productType: "DIGITAL", customer });
    });
    expect(result.current.outcome).toMatchObject({ status: "success", flow: "phoneBilling", billingKey: expect.stringMatching(/^billing-key-/), paymentId: expect.any(String), txId: expect.any(String) });
  });
});
