import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CHANNEL_KEYS, expectInicisId, expectNoAxeViolations, HARNESSES, renderWith, sandboxHarness } from "../../test/support/harness";
import type { PaymentInput } from "../core/inputs";
import type { InvalidOutcome } from "../core/outcome";
import { PortOneProvider } from "../react/context";
import { createSandboxSdk } from "../testing/sandbox";
import { PayButton } from "./PayButton";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const inicis = { skinColor: "#C1272C", hideEasyPay: true, merchantName: "포트원 상점", logoUrl: "https://cdn.shop.example/logo.png" };

const METHODS: { payMethod: PaymentInput["payMethod"]; extra?: Partial<PaymentInput> }[] = [
  { payMethod: "CARD" },
  { payMethod: "TRANSFER" },
  { payMethod: "VIRTUAL_ACCOUNT" },
  { payMethod: "GIFT_CERTIFICATE", extra: { giftCertificate: { giftCertificateType: "CULTURELAND" } } },
  { payMethod: "MOBILE", extra: { productType: "DIGITAL" } },
  { payMethod: "EASY_PAY", extra: { easyPay: { easyPayProvider: "KAKAOPAY" } } },
];

describe.each(HARNESSES)("PayButton through the $name", ({ make }) => {
  it.each(METHODS)("PC, $payMethod: the SDK receives the exact request with both windows' bypass keys", async ({ payMethod, extra }) => {
    const h = make("pc");
    const onSuccess = vi.fn();
    const onVirtualAccountIssued = vi.fn();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const input = { payMethod, orderName: "운동화", totalAmount: 39000, customer, inicis, ...extra } as PaymentInput;
    renderWith(<PayButton {...input} onSuccess={onSuccess} onVirtualAccountIssued={onVirtualAccountIssued} />, { sdk: h.sdk, device: "pc" });
    await userEvent.click(screen.getByRole("button", { name: "39,000원 결제하기" }));
    // issue 18: a virtual account the window issued is not paid: never onSuccess
    const reported = payMethod === "VIRTUAL_ACCOUNT" ? onVirtualAccountIssued : onSuccess;
    await waitFor(() => expect(reported).toHaveBeenCalledOnce());
    expect(payMethod === "VIRTUAL_ACCOUNT" ? onSuccess : onVirtualAccountIssued).not.toHaveBeenCalled();
    const [call] = h.calls();
    expect(call?.fn).toBe("requestPayment");
    const { paymentId, ...rest } = call!.request;
    expectInicisId(paymentId);
    expect(rest).toEqual({
      storeId: "store-test",
      channelKey: CHANNEL_KEYS.payment,
      orderName: "운동화",
      totalAmount: 39000,
      currency: "KRW",
      payMethod,
      customer,
      ...extra,
      bypass: { inicis_v2: { logo_url: "https://cdn.shop.example/logo.png", acceptmethod: ["SKIN(#C1272C)", "noeasypay"], P_MNAME: "포트원 상점", P_RESERVED: ["noeasypay=Y"] } },
      // PortOne's script may open the mobile window on a PC guess: a way back is always sent
      redirectUrl: window.location.href,
    });
    expect(reported.mock.calls[0]![0]).toMatchObject({ status: payMethod === "VIRTUAL_ACCOUNT" ? "virtualAccountIssued" : "success", flow: "payment", paymentId });
  });

  it("mobile: both windows' bypass keys and the current page as redirectUrl; below1000 added for 500 KRW on both", async () => {
    const h = make("mobile");
    renderWith(<PayButton payMethod="CARD" orderName="껌" totalAmount={500} customer={{ fullName: "홍길동" }} inicis={inicis} channelKey="channel-key-override" />, { sdk: h.sdk, device: "mobile" });
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    const { paymentId, ...rest } = h.calls()[0]!.request;
    expectInicisId(paymentId);
    expect(rest).toEqual({
      storeId: "store-test",
      channelKey: "channel-key-override",
      orderName: "껌",
      totalAmount: 500,
      currency: "KRW",
      payMethod: "CARD",
      customer: { fullName: "홍길동" },
      redirectUrl: window.location.href,
      bypass: {
        inicis_v2: { logo_url: "https://cdn.shop.example/logo.png", acceptmethod: ["SKIN(#C1272C)", "below1000", "noeasypay"], P_MNAME: "포트원 상점", P_RESERVED: ["below1000=Y", "noeasypay=Y"] },
      },
    });
  });

  // issue 10, item 2: the guide's combined example (P_NMANE corrected to P_MNAME, a real guardian address)
  it.each(["pc", "mobile"] as const)("%s: the guide's raw bypass is read, merged with inicis (which wins) and sent with both windows' keys", async (device) => {
    const h = make(device);
    const onSuccess = vi.fn();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const bypass = {
      inicis_v2: {
        logo_url: "https://portone.io/assets/portone.87061e94.avif",
        logo_2nd: "https://admin.portone.io/assets/img/auth/lock.png",
        parentemail: "parent@example.com",
        Ini_SSGPAY_MDN: "01012341234",
        acceptmethod: ["SKIN(#C1272C)", "below1000", "ocb"],
        P_CARD_OPTION: "selcode=14",
        P_MNAME: "포트원",
        P_RESERVED: ["below1000=Y", "noeasypay=Y"],
      },
    };
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={39000} customer={customer} bypass={bypass} inicis={{ skinColor: "#000000", merchantName: "내 상점" }} onSuccess={onSuccess} />, { sdk: h.sdk, device });
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(h.calls()[0]!.request.bypass).toEqual({
      inicis_v2: {
        logo_url: "https://portone.io/assets/portone.87061e94.avif",
        logo_2nd: "https://admin.portone.io/assets/img/auth/lock.png",
        parentemail: "parent@example.com",
        Ini_SSGPAY_MDN: "01012341234",
        acceptmethod: ["SKIN(#000000)", "below1000", "ocb"],
        P_CARD_OPTION: "selcode=14",
        P_MNAME: "내 상점",
        P_RESERVED: ["below1000=Y", "noeasypay=Y"],
      },
    });
  });

  it("ten rapid clicks make one SDK call", async () => {
    const h = make("pc");
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} />, { sdk: h.sdk, device: "pc" });
    const button = screen.getByRole("button");
    act(() => {
      for (let i = 0; i < 10; i++) button.click();
    });
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("결제가 완료되었습니다."));
    expect(h.calls()).toHaveLength(1);
  });
});

describe("PayButton: buyer collection and bad input", () => {
  it("on PC, a missing e-mail opens the dialog asking for it alone; the payment then proceeds with it", async () => {
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    renderWith(<PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} customer={{ fullName: "홍길동", phoneNumber: "01012345678" }} />, { sdk: h.sdk, device: "pc" });
    await user.click(screen.getByRole("button", { name: "1,000원 결제하기" }));
    const dialog = await screen.findByRole("dialog", { name: "구매자 정보" });
    expect(h.calls()).toHaveLength(0);
    expect(within(dialog).getAllByRole("textbox").map((i) => i.getAttribute("name"))).toEqual(["email"]);
    const email = within(dialog).getByLabelText(/이메일/);
    expect(email).toBeRequired();
    await user.type(email, "a+b@x.com");
    await user.click(within(dialog).getByRole("button", { name: "계속" }));
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveAccessibleDescription(/구매자 이메일: KG이니시스는 이메일 주소에 @와 \. 외의 특수문자\(_, -, \+ 등\)를 받지 않습니다\. 다른 이메일 주소를 입력해 주세요\./);
    await user.clear(email);
    await user.type(email, "buyer@example.com");
    await user.click(within(dialog).getByRole("button", { name: "계속" }));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(h.calls()[0]!.request.customer).toEqual({ fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  // issue 10, item 1
  it("on mobile, a missing name opens the dialog asking for the name alone; the payment then proceeds with it", async () => {
    const h = sandboxHarness("mobile");
    const user = userEvent.setup();
    renderWith(<PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} customer={{ email: "buyer@example.com" }} />, { sdk: h.sdk, device: "mobile" });
    await user.click(screen.getByRole("button", { name: "1,000원 결제하기" }));
    const dialog = await screen.findByRole("dialog", { name: "구매자 정보" });
    expect(h.calls()).toHaveLength(0);
    expect(within(dialog).getAllByRole("textbox").map((i) => i.getAttribute("name"))).toEqual(["fullName"]);
    const name = within(dialog).getByLabelText(/이름/);
    expect(name).toBeRequired();
    await user.click(within(dialog).getByRole("button", { name: "계속" }));
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription("구매자 이름을 입력해 주세요.");
    expect(h.calls()).toHaveLength(0);
    await user.type(name, " 홍길동 ");
    await user.click(within(dialog).getByRole("button", { name: "계속" }));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(h.calls()[0]!.request.customer).toEqual({ fullName: "홍길동", email: "buyer@example.com" });
  });

  it("on mobile, with collectBuyer off, a missing name is an invalid outcome naming customer.fullName", async () => {
    const h = sandboxHarness("mobile");
    const onFailure = vi.fn();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} collectBuyer={false} onFailure={onFailure} />, { sdk: h.sdk, device: "mobile" });
    await userEvent.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent("구매자 이름을 입력해 주세요.");
    expect(onFailure).toHaveBeenCalledWith({ status: "invalid", flow: "payment", issues: [{ field: "customer.fullName", code: "required", severity: "error", params: {}, message: "구매자 이름을 입력해 주세요." }] });
    expect(h.calls()).toHaveLength(0);
  });

  it("on mobile, the same missing e-mail goes straight to the SDK", async () => {
    const h = sandboxHarness("mobile");
    renderWith(<PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} customer={{ fullName: "홍길동", phoneNumber: "01012345678" }} />, { sdk: h.sdk, device: "mobile" });
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it.each([
    { name: "Hangul paymentId", props: { paymentId: "주문-1" }, text: "영문, 숫자와 기호(ASCII)만", device: "pc" as "pc" | "mobile" },
    { name: "41-character paymentId", props: { paymentId: "x".repeat(41) }, text: "최대 40자" },
    { name: "fractional amount", props: { totalAmount: 10.5 }, text: "0보다 큰 정수" },
    { name: "USD for a transfer", props: { payMethod: "TRANSFER" as const, currency: "USD" as const }, text: "통화(currency): 이 결제에서 쓸 수 없는 통화입니다(요청: USD, 가능: KRW)." },
    { name: "javascript: logo", props: { inicis: { logoUrl: "javascript:alert(1)" } }, text: "https: 로 시작하는" },
    { name: "option smuggling", props: { inicis: { skinColor: "#fff):ocb" } }, text: "#RRGGBB" },
    { name: "gift certificate without type on mobile", props: { payMethod: "GIFT_CERTIFICATE" as const }, text: "상품권", device: "mobile" as const },
    { name: "phone micropayment without productType", props: { payMethod: "MOBILE" as const }, text: "상품 유형(productType)을 입력해 주세요." },
    { name: "raw bypass with the guide's typo P_NMANE", props: { bypass: { inicis_v2: { P_NMANE: "포트원" } } }, text: "bypass.inicis_v2.P_NMANE" },
    { name: "availableMonthList with a direct card call", props: { card: { cardCompany: "BC_CARD" as const, installment: { monthOption: { availableMonthList: [2, 3] } } } }, text: "fixedMonth만" },
  ])("$name: no SDK call, a visible alert, onFailure(invalid)", async ({ props, text, device = "pc" }) => {
    const h = sandboxHarness(device);
    const onFailure = vi.fn();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const input = { payMethod: "CARD", orderName: "x", totalAmount: 1000, customer, ...props } as PaymentInput;
    renderWith(<PayButton {...input} onFailure={onFailure} />, { sdk: h.sdk, device });
    await userEvent.click(screen.getByRole("button"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("다음 항목을 확인해 주세요.");
    expect(alert).toHaveTextContent(text);
    expect(h.calls()).toHaveLength(0);
    expect(onFailure).toHaveBeenCalledOnce();
    const outcome = onFailure.mock.calls[0]![0] as InvalidOutcome;
    expect(outcome.status).toBe("invalid");
    // what onFailure receives carries the same sentences the buyer reads
    for (const issue of outcome.issues.filter((i) => i.severity === "error")) expect(alert).toHaveTextContent(issue.message);
    expect(screen.getByRole("button")).toHaveAttribute("data-state", "error");
  });

  it("in development, invalid input is also explained in the console", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={10.5} customer={customer} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    await screen.findByRole("alert");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("totalAmount"));
  });

  it("a warning (a field that needs a contract) is said in the console in development, and the payment goes on", async () => {
    const h = sandboxHarness("pc");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const onSuccess = vi.fn();
    renderWith(<PayButton payMethod="EASY_PAY" easyPay={{ easyPayProvider: "KAKAOPAY" }} orderName="x" totalAmount={1000} customer={customer} onSuccess={onSuccess} />, { sdk: h.sdk, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining("easyPay.easyPayProvider: 간편결제 다이렉트 호출(easyPayProvider)은 KG이니시스와 별도 계약이 필요합니다.")));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("with collectBuyer off, a missing buyer field is an error, not a dialog", async () => {
    const h = sandboxHarness("pc");
    const onFailure = vi.fn();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} collectBuyer={false} onFailure={onFailure} />, { sdk: h.sdk, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent("구매자 이름을 입력해 주세요.");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ status: "invalid", issues: expect.arrayContaining([expect.objectContaining({ field: "customer.email" })]) }));
  });
});

describe("PayButton: the buyer dialog", () => {
  // issue 10, item 5
  it("what the buyer types completes the customer prop for that attempt only: a new customer prop is sent as given", async () => {
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    const first = { fullName: "홍길동", phoneNumber: "010-1234-5678" };
    const view = renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={first} />, { sdk: h.sdk, device: "pc" });
    await user.click(screen.getByRole("button"));
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText(/이메일/), "typed@example.com");
    await user.click(within(dialog).getByRole("button", { name: "계속" }));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(h.calls()[0]!.request.customer).toEqual({ ...first, email: "typed@example.com" });
    await screen.findByText("결제가 완료되었습니다.");

    const second = { fullName: "김철수", phoneNumber: "010-9876-5432", email: "second@example.com" };
    view.rerender(
      <PortOneProvider storeId="store-test" channelKeys={CHANNEL_KEYS} device="pc" locale="ko" sdk={h.sdk} preload={false}>
        <PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={second} />
      </PortOneProvider>,
    );
    await user.click(screen.getByRole("button"));
    await waitFor(() => expect(h.calls()).toHaveLength(2));
    expect(h.calls()[1]!.request.customer).toEqual(second);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("the next attempt with the same incomplete customer prop asks again (prefilled), instead of reusing what was typed silently", async () => {
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={{ fullName: "홍길동", phoneNumber: "010-1234-5678" }} />, { sdk: h.sdk, device: "pc" });
    await user.click(screen.getByRole("button"));
    await user.type(within(await screen.findByRole("dialog")).getByLabelText(/이메일/), "typed@example.com");
    await user.click(screen.getByRole("button", { name: "계속" }));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    await screen.findByText("결제가 완료되었습니다.");
    await user.click(screen.getByRole("button", { name: /결제하기/ }));
    const again = await screen.findByRole("dialog");
    expect(h.calls()).toHaveLength(1);
    expect(within(again).getByLabelText(/이메일/)).toHaveValue("typed@example.com");
  });

  // issue 11
  it("Escape in the dialog is a cancel: onCancel gets BUYER_CANCELLED, the buyer reads a calm status, no alert, no SDK call", async () => {
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    const onCancel = vi.fn();
    const onFailure = vi.fn();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={{ fullName: "홍길동" }} onCancel={onCancel} onFailure={onFailure} />, { sdk: h.sdk, device: "pc" });
    await user.click(screen.getByRole("button"));
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(onCancel).toHaveBeenCalledOnce());
    expect(onCancel).toHaveBeenCalledWith({ status: "cancelled", flow: "payment", code: "BUYER_CANCELLED" });
    expect(onFailure).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("결제를 취소했습니다.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByRole("button")).toBeEnabled();
    expect(h.calls()).toHaveLength(0);
  });

  it("without onCancel, the dialog's Cancel button reaches onFailure as a cancelled outcome", async () => {
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    const onFailure = vi.fn();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={{ fullName: "홍길동" }} onFailure={onFailure} />, { sdk: h.sdk, device: "pc" });
    await user.click(screen.getByRole("button"));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "취소" }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure).toHaveBeenCalledWith({ status: "cancelled", flow: "payment", code: "BUYER_CANCELLED" });
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("PayButton: the prop boundary", () => {
  it("an unknown prop is never sent to PortOne, and development says so once", async () => {
    const h = sandboxHarness("pc");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const props = { payMethod: "CARD", orderName: "x", totalAmount: 1000, customer, successUrl: "/thanks", buyerEmail: "x@y.co" } as unknown as PaymentInput;
    renderWith(<PayButton {...props} />, { sdk: h.sdk, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(h.calls()[0]!.request).not.toHaveProperty("successUrl");
    expect(h.calls()[0]!.request).not.toHaveProperty("buyerEmail");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"successUrl" is not a payment request field'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"buyerEmail" is not a payment request field'));
  });

  it("aria-* and data-* reach the button, not the request", async () => {
    const h = sandboxHarness("pc");
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} aria-describedby="terms" data-testid="pay" id="pay-1" />, { sdk: h.sdk, device: "pc" });
    const button = screen.getByTestId("pay");
    expect(button).toHaveAttribute("aria-describedby", "terms");
    expect(button).toHaveAttribute("id", "pay-1");
    await userEvent.click(button);
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(Object.keys(h.calls()[0]!.request).filter((k) => /aria|data-|^id$/.test(k))).toEqual([]);
  });
});

describe("PayButton: states, language, theming, asChild, accessibility", () => {
  it("pending: aria-busy, disabled and a visible pending label; mobile says redirecting", async () => {
    let release!: () => void;
    const h = sandboxHarness("pc");
    const gated = { ...h.sdk, requestPayment: (r: never) => new Promise<never>((res) => (release = () => res(h.sdk.requestPayment(r) as never))) };
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} />, { sdk: gated, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    const button = screen.getByRole("button");
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button).toBeDisabled();
    expect(button).toHaveTextContent("결제창이 열려 있습니다");
    expect(button).toHaveAttribute("data-state", "pending");
    await act(async () => release());
    await waitFor(() => expect(screen.getByRole("button")).toHaveAttribute("data-state", "success"));
    expect(screen.getByRole("button")).toBeEnabled();

    const m = sandboxHarness("mobile");
    const view = renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={{ fullName: "홍길동" }} />, { sdk: m.sdk, device: "mobile" });
    await userEvent.click(within(view.container).getByRole("button"));
    await waitFor(() => expect(within(view.container).getByRole("button")).toHaveAttribute("data-state", "redirecting"));
    expect(within(view.container).getByRole("button")).toHaveTextContent("결제 페이지로 이동 중");
  });

  it("a PG refusal shows the PG's message and the button works again", async () => {
    const h = sandboxHarness("pc");
    const sdk = { ...h.sdk, requestPayment: vi.fn(async (r: { paymentId: string }) => ({ transactionType: "PAYMENT" as const, paymentId: r.paymentId, txId: "t", code: "FAILURE_TYPE_PG", message: "refused", pgCode: "V013", pgMessage: "한도초과" })) };
    const onFailure = vi.fn();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} onFailure={onFailure} />, { sdk: sdk as never, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent("결제에 실패했습니다: 한도초과");
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ status: "failure", pgCode: "V013" }));
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(sdk.requestPayment).toHaveBeenCalledTimes(2));
  });

  // issue 19, item 6: closing the Inicis window is the buyer's choice, not a failure
  it("the buyer closing the window (V801) is a calm cancel: onCancel, no alert, no 실패; a V013 refusal stays a red failure", async () => {
    const h = sandboxHarness("pc");
    const answers = [
      { code: "FAILURE_TYPE_PG", message: "[V801] 사용자가 결제를 취소하였습니다.", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." },
      { code: "FAILURE_TYPE_PG", message: "[V013] 카드 한도를 초과했습니다.", pgCode: "V013", pgMessage: "카드 한도를 초과했습니다." },
    ];
    const sdk = { ...h.sdk, requestPayment: vi.fn(async (r: { paymentId: string }) => ({ transactionType: "PAYMENT" as const, paymentId: r.paymentId, txId: "t", ...answers.shift()! })) };
    const onCancel = vi.fn();
    const onFailure = vi.fn();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} onCancel={onCancel} onFailure={onFailure} />, { sdk: sdk as never, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onCancel).toHaveBeenCalledOnce());
    expect(onCancel.mock.calls[0]![0]).toMatchObject({ status: "cancelled", flow: "payment", code: "BUYER_CLOSED_WINDOW", pgCode: "V801" });
    expect(onFailure).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("결제를 취소했습니다.");
    expect(document.body).not.toHaveTextContent("실패");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button")).toHaveAttribute("data-state", "cancelled");

    await userEvent.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent("결제에 실패했습니다: 카드 한도를 초과했습니다.");
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ status: "failure", pgCode: "V013" }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it("the sandbox's closed PC window ends cancelled too (onFailure gets it without onCancel)", async () => {
    const sdk = createSandboxSdk({ device: "pc", result: "cancel" });
    const onFailure = vi.fn();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} onFailure={onFailure} />, { sdk, device: "pc" });
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ status: "cancelled", code: "BUYER_CLOSED_WINDOW", pgCode: "V801" });
    expect(screen.getByRole("status")).toHaveTextContent("결제를 취소했습니다.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  // issue 19, item 7: a Korean label writes won as Korean shops do; English keeps the won sign
  it("labels 9,900 KRW as 9,900원 in Korean and ₩9,900 in English", () => {
    const h = sandboxHarness("pc");
    const ko = renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={9900} customer={customer} />, { sdk: h.sdk, device: "pc" });
    expect(within(ko.container).getByRole("button")).toHaveAccessibleName("9,900원 결제하기");
    ko.unmount();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={9900} customer={customer} />, { sdk: h.sdk, device: "pc", locale: "en" });
    expect(screen.getByRole("button")).toHaveAccessibleName("Pay ₩9,900");
  });

  it("speaks English with locale en, formats USD from cents", () => {
    const h = sandboxHarness("pc");
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1250} currency="USD" customer={customer} />, { sdk: h.sdk, device: "pc", locale: "en" });
    expect(screen.getByRole("button", { name: "Pay $12.50" })).toBeInTheDocument();
  });

  it("applies the theme as CSS custom properties, passes className and style, drops classes when unstyled", () => {
    const h = sandboxHarness("pc");
    renderWith(
      <>
        <PayButton payMethod="CARD" orderName="x" totalAmount={1000} theme={{ colorPrimary: "#ff5a00", radius: 12 }} className="mine" style={{ width: 200 }} />
        <PayButton payMethod="CARD" orderName="y" totalAmount={2000} unstyled />
      </>,
      { sdk: h.sdk, device: "pc" },
    );
    const [themed, bare] = screen.getAllByRole("button");
    expect(themed).toHaveClass("pi-button", "mine");
    expect(themed!.style.getPropertyValue("--pi-color-primary")).toBe("#ff5a00");
    expect(themed!.style.getPropertyValue("--pi-radius")).toBe("12px");
    expect(themed!.style.width).toBe("200px");
    expect(bare!.className).toBe("");
    expect(bare).toHaveAttribute("data-state", "idle");
  });

  it("asChild renders the merchant's own element with our behaviour", async () => {
    const h = sandboxHarness("pc");
    renderWith(
      <PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={customer} asChild>
        <a href="#pay" className="brand">
          Buy now
        </a>
      </PayButton>,
      { sdk: h.sdk, device: "pc" },
    );
    const link = screen.getByRole("link", { name: "Buy now" });
    expect(link).toHaveClass("brand", "pi-button");
    await userEvent.click(link);
    await waitFor(() => expect(h.calls()).toHaveLength(1));
  });

  it("works with the keyboard alone: Enter opens the dialog, Escape closes it and focus returns; axe finds nothing", async () => {
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    const { container } = renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={{ fullName: "홍길동" }} />, { sdk: h.sdk, device: "pc" });
    await expectNoAxeViolations(container);
    await user.tab();
    const button = screen.getByRole("button");
    expect(button).toHaveFocus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog");
    await waitFor(() => expect(within(dialog).getByLabelText(/휴대폰 번호/)).toHaveFocus());
    await expectNoAxeViolations(document.body);
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
    await user.keyboard("{Enter}");
    const again = await screen.findByRole("dialog");
    await user.keyboard("01012345678");
    await user.tab();
    await user.keyboard("buyer@example.com{Enter}");
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(again).not.toBeInTheDocument();
  });
});
