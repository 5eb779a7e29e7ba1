import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CHANNEL_KEYS, expectInicisId, expectNoAxeViolations, HARNESSES, renderWith, sandboxHarness } from "../../test/support/harness";
import { PhoneBillingButton } from "./PhoneBillingButton";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const offerPeriod = { interval: "1m" } as const;

describe.each(HARNESSES)("PhoneBillingButton through the $name", ({ make }) => {
  it.each(["pc", "mobile"] as const)("%s: the SDK receives billingKeyAndPayMethod MOBILE, KRW, the phone-billing channel and no bypass", async (device) => {
    const h = make(device);
    const onSuccess = vi.fn();
    renderWith(<PhoneBillingButton orderName="월간 구독" totalAmount={9900} productType="DIGITAL" offerPeriod={offerPeriod} customer={customer} onSuccess={onSuccess} />, { sdk: h.sdk, device });
    await userEvent.click(screen.getByRole("button", { name: "휴대폰으로 9,900원 결제하고 정기결제 등록" }));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    const { paymentId, ...rest } = h.calls()[0]!.request;
    expect(h.calls()[0]!.fn).toBe("requestIssueBillingKeyAndPay");
    expectInicisId(paymentId);
    expect(rest).toEqual({
      storeId: "store-test",
      channelKey: CHANNEL_KEYS.phoneBilling,
      billingKeyAndPayMethod: "MOBILE",
      orderName: "월간 구독",
      totalAmount: 9900,
      currency: "KRW",
      productType: "DIGITAL",
      offerPeriod,
      customer,
      // a way back on every device: PortOne's script, not ours, picks the window
      redirectUrl: window.location.href,
    });
    if (device === "pc") {
      await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
      expect(onSuccess.mock.calls[0]![0]).toEqual({ status: "success", flow: "phoneBilling", billingKey: expect.any(String), paymentId, txId: expect.any(String) });
    }
  });

  it("ten rapid clicks make one SDK call", async () => {
    const h = make("pc");
    renderWith(<PhoneBillingButton orderName="x" totalAmount={9900} productType="REAL" customer={customer} />, { sdk: h.sdk, device: "pc" });
    const button = screen.getByRole("button");
    act(() => {
      for (let i = 0; i < 10; i++) button.click();
    });
    await waitFor(() => expect(screen.getByRole("status")).toBeInTheDocument());
    expect(h.calls()).toHaveLength(1);
  });
});

describe("PhoneBillingButton rules", () => {
  it("mobile without offerPeriod: no SDK call and a visible error naming the field", async () => {
    const h = sandboxHarness("mobile");
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const onFailure = vi.fn();
    renderWith(<PhoneBillingButton orderName="x" totalAmount={9900} productType="REAL" customer={customer} onFailure={onFailure} />, { sdk: h.sdk, device: "mobile" });
    await userEvent.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent("제공 기간(offerPeriod)을 입력해 주세요.");
    expect(h.calls()).toHaveLength(0);
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ status: "invalid", flow: "phoneBilling" }));
  });

  it.each([
    { name: "USD", props: { currency: "USD" as "KRW" }, text: "USD" },
    { name: "interval 2m", props: { offerPeriod: { interval: "2m" } }, text: "1m(월) 또는 1y(연)" },
    { name: "range with from after to", props: { offerPeriod: { range: { from: "2027-01-01", to: "2026-01-01" } } }, text: "from이 to보다 앞서야" },
    { name: "negative amount", props: { totalAmount: -1 }, text: "0보다 큰 정수" },
  ])("$name: no SDK call and a visible error", async ({ props, text }) => {
    const h = sandboxHarness("pc");
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    renderWith(<PhoneBillingButton orderName="x" totalAmount={9900} productType="REAL" customer={customer} {...props} />, { sdk: h.sdk, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent(text);
    expect(h.calls()).toHaveLength(0);
  });

  // issue 10, item 2: requestIssueBillingKeyAndPay has no Inicis bypass at all
  it.each([
    { given: "inicis", props: { inicis: { merchantName: "포트원" } } },
    { given: "bypass", props: { bypass: { inicis_v2: { P_MNAME: "포트원" } } } },
  ])("$given on phone billing: invalid bypass.unsupported, no SDK call, the buyer sees why", async ({ given, props }) => {
    for (const device of ["pc", "mobile"] as const) {
      const h = sandboxHarness(device);
      const onFailure = vi.fn();
      const onSuccess = vi.fn();
      const view = renderWith(
        <PhoneBillingButton orderName="x" totalAmount={9900} productType="REAL" offerPeriod={offerPeriod} customer={customer} onFailure={onFailure} onSuccess={onSuccess} {...(props as object)} />,
        { sdk: h.sdk, device },
      );
      await userEvent.click(screen.getByRole("button"));
      expect(await screen.findByRole("alert")).toHaveTextContent("휴대폰 빌링키 발급·결제(requestIssueBillingKeyAndPay)에는 이니시스 bypass를 보낼 수 없어 전달되지 않습니다. 빼 주세요.");
      expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ status: "invalid", flow: "phoneBilling", issues: [expect.objectContaining({ field: given, code: "bypass.unsupported" })] }));
      expect(onSuccess).not.toHaveBeenCalled();
      expect(h.calls()).toHaveLength(0);
      view.unmount();
    }
  });

  it("on mobile too, a missing phone number is asked for in the dialog (required on both devices)", async () => {
    const h = sandboxHarness("mobile");
    const user = userEvent.setup();
    const { container } = renderWith(<PhoneBillingButton orderName="x" totalAmount={9900} productType="REAL" offerPeriod={offerPeriod} customer={{ fullName: "홍길동", email: "buyer@example.com" }} />, {
      sdk: h.sdk,
      device: "mobile",
    });
    await expectNoAxeViolations(container);
    await user.tab();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    const phone = within(dialog).getByLabelText(/휴대폰 번호/);
    expect(phone).toBeRequired();
    await waitFor(() => expect(phone).toHaveFocus());
    await user.keyboard("010 9876 5432{Enter}");
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(h.calls()[0]!.request.customer).toEqual({ fullName: "홍길동", email: "buyer@example.com", phoneNumber: "010-9876-5432" });
  });
});
