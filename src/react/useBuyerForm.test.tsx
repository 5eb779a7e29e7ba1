import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { createSandboxSdk } from "../testing/sandbox";
import { en } from "../core/locales/en";
import { PortOneProvider } from "./context";
import { useBuyerForm } from "./useBuyerForm";

const wrap = (device: "pc" | "mobile", locale: "ko" | "en" = "ko") =>
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <PortOneProvider storeId="s" device={device} locale={locale} sdk={createSandboxSdk()} preload={false}>
        {children}
      </PortOneProvider>
    );
  };

describe("useBuyerForm", () => {
  it("requires every field on PC, shows issues only once touched, and links them with aria-describedby", async () => {
    const { result } = renderHook(() => useBuyerForm({ flow: "payment" }), { wrapper: wrap("pc", "en") });
    expect(result.current.fieldProps("email")).toMatchObject({ required: true, "aria-invalid": false, "aria-describedby": undefined, type: "email", autoComplete: "email" });
    expect(result.current.fieldIssues("email")).toEqual([]);
    act(() => void result.current.validate());
    expect(result.current.fieldProps("email")).toMatchObject({ "aria-invalid": true, "aria-describedby": result.current.errorId("email") });
    // the sentence comes with the locale pack, loaded after mount
    await waitFor(() => expect(result.current.fieldIssues("email")[0]?.message).toBe("Buyer e-mail is required."));
  });

  it("requires only the name on mobile for a payment, everything for phone billing", async () => {
    const mobile = renderHook(() => useBuyerForm({ flow: "payment" }), { wrapper: wrap("mobile") });
    expect(mobile.result.current.fieldProps("fullName").required).toBe(true);
    expect(mobile.result.current.fieldProps("phoneNumber").required).toBe(false);
    expect(mobile.result.current.fieldProps("email").required).toBe(false);
    let errors: { field: string; code: string }[] = [];
    act(() => void (errors = mobile.result.current.validate()));
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(["customer.fullName:required"]);
    await waitFor(() => expect(mobile.result.current.fieldIssues("fullName")[0]?.message).toBe("구매자 이름을 입력해 주세요."));
    act(() => mobile.result.current.setValue("fullName", "홍길동"));
    act(() => void (errors = mobile.result.current.validate()));
    expect(errors).toEqual([]);
    const phone = renderHook(() => useBuyerForm({ flow: "phoneBilling" }), { wrapper: wrap("mobile") });
    expect(phone.result.current.fieldProps("phoneNumber").required).toBe(true);
    expect(phone.result.current.fieldProps("email").required).toBe(true);
  });

  it("takes a message pack of its own instead of the provider's", () => {
    const { result } = renderHook(() => useBuyerForm({ flow: "payment", messages: en }), { wrapper: wrap("pc", "ko") });
    act(() => void result.current.validate());
    expect(result.current.fieldIssues("email")[0]?.message).toBe("Buyer e-mail is required.");
  });

  it("normalises the phone number on blur and in toCustomer", () => {
    const { result } = renderHook(() => useBuyerForm({ flow: "payment", initial: { fullName: " 홍길동 " } }), { wrapper: wrap("pc") });
    act(() => result.current.setValue("phoneNumber", "01012345678"));
    act(() => result.current.setValue("email", "a@b.co"));
    expect(result.current.toCustomer()).toEqual({ fullName: "홍길동", phoneNumber: "010-1234-5678", email: "a@b.co" });
    act(() => result.current.fieldProps("phoneNumber").onBlur());
    expect(result.current.values.phoneNumber).toBe("010-1234-5678");
  });

  it.each(["+82 10-1234-5678", "０１０-１２３４-５６７８", "010\u20101234\u20105678"])("accepts %j as typed and shows it as 010-1234-5678 after blur", (typed) => {
    const { result } = renderHook(() => useBuyerForm({ flow: "payment", initial: { fullName: "홍길동", email: "a@b.co" } }), { wrapper: wrap("pc") });
    act(() => result.current.setValue("phoneNumber", typed));
    let errors: unknown[] = ["not run"];
    act(() => void (errors = result.current.validate()));
    expect(errors).toEqual([]);
    expect(result.current.toCustomer().phoneNumber).toBe("010-1234-5678");
    act(() => result.current.fieldProps("phoneNumber").onBlur());
    expect(result.current.values.phoneNumber).toBe("010-1234-5678");
  });

  it("separated names: first and last both required on PC", () => {
    const { result } = renderHook(() => useBuyerForm({ flow: "billingKey", nameMode: "separated" }), { wrapper: wrap("pc") });
    expect(result.current.isRequired("firstName")).toBe(true);
    expect(result.current.isRequired("fullName")).toBe(false);
    act(() => result.current.setValue("firstName", "길동"));
    let fields: string[] = [];
    act(() => void (fields = result.current.validate().map((i) => i.field)));
    expect(fields).toContain("customer.lastName");
  });

  // issue 17: PortOne may open either window on an ambiguous device, so the form asks for both windows' fields
  it("on an ambiguous device, requires phone and e-mail as the PC window does, for every flow", () => {
    for (const flow of ["payment", "billingKey", "phoneBilling"] as const) {
      const { result } = renderHook(() => useBuyerForm({ flow, device: "ambiguous", initial: { fullName: "홍길동" } }), { wrapper: wrap("mobile") });
      expect([result.current.isRequired("fullName"), result.current.isRequired("phoneNumber"), result.current.isRequired("email")]).toEqual([true, true, true]);
      expect(result.current.fieldProps("phoneNumber").required).toBe(true);
      let errors: { field: string; code: string }[] = [];
      act(() => void (errors = result.current.validate()));
      expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual(["customer.phoneNumber:required", "customer.email:required"]);
    }
  });
});
