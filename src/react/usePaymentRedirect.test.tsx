import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Outcome } from "../core/outcome";
import { createSandboxSdk } from "../testing/sandbox";
import { PortOneProvider } from "./context";
import { usePaymentRedirect } from "./usePaymentRedirect";

// how often the provider loaded the landing's router: it decides at mount whether a page is a landing
const landingLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock("./loaders", async (importOriginal) => {
  const real = await importOriginal<typeof import("./loaders")>();
  return {
    ...real,
    loadLanding: () => {
      landingLoads.count++;
      return real.loadLanding();
    },
  };
});

afterEach(() => {
  window.history.replaceState(null, "", "/");
  window.sessionStorage.clear();
  landingLoads.count = 0;
});

const wrap =
  (onRedirectResult?: (o: Outcome) => void) =>
  ({ children }: { children: ReactNode }) => (
    <PortOneProvider storeId="store-1" device="mobile" sdk={createSandboxSdk({ device: "mobile", navigate: vi.fn() })} preload={false} onRedirectResult={onRedirectResult}>
      {children}
    </PortOneProvider>
  );

describe("usePaymentRedirect reads the provider's landing", () => {
  it("a landing no attempt started: REDIRECT_UNMATCHED, never a success; the address bar keeps the page's own keys", async () => {
    window.history.replaceState(null, "", "/return?order=7&paymentId=pay-1&transactionType=PAYMENT&txId=tx-1");
    const { result } = renderHook(() => usePaymentRedirect(), { wrapper: wrap() });
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).toMatchObject({ status: "failure", flow: "payment", code: "REDIRECT_UNMATCHED", paymentId: "pay-1" }));
    expect(window.location.pathname + window.location.search).toBe("/return?order=7");
    expect(landingLoads.count).toBe(1);
  });

  it("returns null on a page that is no landing, and leaves its query alone", async () => {
    window.history.replaceState(null, "", "/shop?code=abc&state=xyz");
    const onRedirectResult = vi.fn();
    const { result } = renderHook(() => usePaymentRedirect(), { wrapper: wrap(onRedirectResult) });
    // the provider's mount effect (run by renderHook) found no landing, so it never loaded the
    // router: nothing can come later, and there is nothing to wait for
    expect(landingLoads.count).toBe(0);
    expect(result.current).toBeNull();
    expect(onRedirectResult).not.toHaveBeenCalled();
    expect(window.location.search).toBe("?code=abc&state=xyz");
  });

  // issue 16, finding 3: stripQuery used to clean the address bar before the provider read it
  it("stripQuery does nothing: the provider's onRedirectResult still hears of the landing", async () => {
    window.history.replaceState(null, "", "/return?paymentId=pay-2&transactionType=PAYMENT");
    const onRedirectResult = vi.fn();
    const { result } = renderHook(() => usePaymentRedirect({ stripQuery: true }), { wrapper: wrap(onRedirectResult) });
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledOnce());
    expect(onRedirectResult.mock.calls[0]![0]).toMatchObject({ code: "REDIRECT_UNMATCHED" });
    expect(result.current).toBe(onRedirectResult.mock.calls[0]![0]);
  });

  it("needs a provider", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => renderHook(() => usePaymentRedirect())).toThrow(/PortOneProvider/);
  });
});
