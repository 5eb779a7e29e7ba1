import { renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { usePaymentRedirect } from "./usePaymentRedirect";

afterEach(() => window.history.replaceState(null, "", "/"));

describe("usePaymentRedirect", () => {
  it("reads the redirect query after mount and can strip it", () => {
    window.history.replaceState(null, "", "/return?order=7&paymentId=pay-1&code=FAILURE_TYPE_PG&message=%EA%B1%B0%EC%A0%88&pgCode=V013");
    const { result } = renderHook(() => usePaymentRedirect({ stripQuery: true }));
    expect(result.current).toMatchObject({ status: "failure", flow: "payment", paymentId: "pay-1", code: "FAILURE_TYPE_PG", message: "거절", pgCode: "V013" });
    expect(window.location.pathname + window.location.search).toBe("/return?order=7");
  });

  it("returns null when the page was not a redirect", () => {
    window.history.replaceState(null, "", "/shop?x=1");
    const { result } = renderHook(() => usePaymentRedirect());
    expect(result.current).toBeNull();
    expect(window.location.search).toBe("?x=1");
  });
});
