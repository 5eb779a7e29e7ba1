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

describe("usePaymentRedirect({ search })", () => {
  // issue 11: a router hands the hook its search params; they change without a reload
  it("follows a search that changes after mount, and never touches the address bar", () => {
    window.history.replaceState(null, "", "/checkout?step=1");
    const { result, rerender } = renderHook((props: { search: string }) => usePaymentRedirect({ search: props.search, stripQuery: true }), { initialProps: { search: "step=1" } });
    expect(result.current).toBeNull();
    rerender({ search: "paymentId=pay-9&txId=tx-9" });
    expect(result.current).toEqual({ status: "success", flow: "payment", paymentId: "pay-9", txId: "tx-9" });
    rerender({ search: "paymentId=pay-10&code=FAILURE_TYPE_PG&message=no" });
    expect(result.current).toMatchObject({ status: "failure", paymentId: "pay-10", code: "FAILURE_TYPE_PG" });
    rerender({ search: "" });
    expect(result.current).toBeNull();
    expect(window.location.search).toBe("?step=1");
  });

  it("reads the given search, not the address bar", () => {
    window.history.replaceState(null, "", "/return?paymentId=from-the-bar");
    const { result } = renderHook(() => usePaymentRedirect({ search: "?billingKey=bk-given" }));
    expect(result.current).toEqual({ status: "success", flow: "billingKey", billingKey: "bk-given" });
    expect(window.location.search).toBe("?paymentId=from-the-bar");
  });
});
