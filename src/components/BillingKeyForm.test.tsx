import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CHANNEL_KEYS, expectInicisId, expectNoAxeViolations, HARNESSES, renderWith, sandboxHarness } from "../../test/support/harness";
import { BillingKeyForm } from "./BillingKeyForm";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const CARD = "4111111111111111";

describe.each(HARNESSES)("BillingKeyForm (window mode) through the $name", ({ make }) => {
  it.each(["pc", "mobile"] as const)("%s: the SDK receives billingKeyMethod CARD, a generated issueId and the billing-key channel", async (device) => {
    const h = make(device);
    const onIssued = vi.fn();
    renderWith(<BillingKeyForm issueName="월간 구독" offerPeriod={{ interval: "1m" }} customer={customer} inicis={{ cardUse: "percard" }} onIssued={onIssued} />, { sdk: h.sdk, device });
    await userEvent.click(screen.getByRole("button", { name: "카드 등록 창 열기" }));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    const { issueId, ...rest } = h.calls()[0]!.request;
    expect(h.calls()[0]!.fn).toBe("requestIssueBillingKey");
    expectInicisId(issueId);
    expect(rest).toEqual({
      storeId: "store-test",
      channelKey: CHANNEL_KEYS.billingKey,
      billingKeyMethod: "CARD",
      issueName: "월간 구독",
      offerPeriod: { interval: "1m" },
      customer,
      // carduse goes on every device (the PC module ignores it); a way back always (only a redirecting window reads it)
      bypass: { inicis_v2: { carduse: "percard" } },
      redirectUrl: window.location.href,
    });
    if (device === "pc") await waitFor(() => expect(onIssued).toHaveBeenCalledWith(expect.objectContaining({ status: "success", billingKey: expect.any(String) })));
  });

  it("ten rapid submits make one SDK call", async () => {
    const h = make("pc");
    renderWith(<BillingKeyForm issueName="x" customer={customer} />, { sdk: h.sdk, device: "pc" });
    const button = screen.getByRole("button");
    act(() => {
      for (let i = 0; i < 10; i++) button.click();
    });
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("정기결제 카드가 등록되었습니다."));
    expect(h.calls()).toHaveLength(1);
  });
});

describe("BillingKeyForm buyer fields", () => {
  it("marks every buyer field required on PC; on mobile only the name", () => {
    const pc = renderWith(<BillingKeyForm issueName="x" />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    for (const label of [/^이름/, /휴대폰 번호/, /이메일/]) expect(screen.getByLabelText(label)).toBeRequired();
    expect(screen.getAllByText("(필수)")).toHaveLength(3);
    expect(screen.queryByText("(선택)")).not.toBeInTheDocument();
    pc.unmount();
    renderWith(<BillingKeyForm issueName="x" offerPeriod={{ interval: "1y" }} />, { sdk: sandboxHarness("mobile").sdk, device: "mobile" });
    expect(screen.getByLabelText(/^이름/)).toBeRequired();
    expect(screen.getByLabelText(/휴대폰 번호/)).not.toBeRequired();
    expect(screen.getByLabelText(/이메일/)).not.toBeRequired();
    expect(screen.getAllByText("(필수)")).toHaveLength(1);
    expect(screen.getAllByText("(선택)")).toHaveLength(2);
  });

  // issue 10, item 1
  it("on mobile, a card billing key without a name is refused before any window, naming the name field", async () => {
    const h = sandboxHarness("mobile");
    const onFailure = vi.fn();
    renderWith(<BillingKeyForm issueName="x" offerPeriod={{ interval: "1m" }} customer={{ phoneNumber: "010-1234-5678" }} onFailure={onFailure} />, { sdk: h.sdk, device: "mobile" });
    await userEvent.click(screen.getByRole("button"));
    const summary = await screen.findByRole("alert");
    await waitFor(() => expect(summary).toHaveTextContent("구매자 이름을 입력해 주세요."));
    expect(screen.getByLabelText(/^이름/)).toHaveFocus();
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ status: "invalid", flow: "billingKey", issues: [expect.objectContaining({ field: "customer.fullName", code: "required" })] }));
    expect(h.calls()).toHaveLength(0);
  });

  it("validates on blur, shows a summary on submit and moves focus to the first invalid field", async () => {
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    renderWith(<BillingKeyForm issueName="x" nameMode="separated" />, { sdk: h.sdk, device: "pc" });
    const email = screen.getByLabelText(/이메일/);
    await user.type(email, "a_b@x.com");
    await user.tab();
    expect(email).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(email).toHaveAccessibleDescription(/@와 \. 외의 특수문자\(_, -, \+ 등\)를 받지 않습니다\. 다른 이메일 주소를 입력해 주세요\./));
    await user.click(screen.getByRole("button", { name: "카드 등록 창 열기" }));
    const summary = screen.getByRole("alert");
    expect(summary).toHaveTextContent("다음 항목을 확인해 주세요.");
    expect(summary).toHaveTextContent("구매자 성을 입력해 주세요.");
    expect(screen.getByLabelText(/^성/)).toHaveFocus();
    expect(h.calls()).toHaveLength(0);
  });

  it("normalises the phone number typed without dashes", async () => {
    const h = sandboxHarness("pc");
    renderWith(<BillingKeyForm issueName="x" customer={{ fullName: "홍길동", email: "a@b.co" }} />, { sdk: h.sdk, device: "pc" });
    await userEvent.type(screen.getByLabelText(/휴대폰 번호/), "01012345678");
    await userEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    expect(h.calls()[0]!.request.customer).toMatchObject({ phoneNumber: "010-1234-5678" });
  });

  it("on mobile, a missing offerPeriod is shown in the summary and nothing is called", async () => {
    const h = sandboxHarness("mobile");
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    renderWith(<BillingKeyForm issueName="x" customer={{ fullName: "홍길동" }} />, { sdk: h.sdk, device: "mobile" });
    await userEvent.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent("제공 기간(offerPeriod)을 입력해 주세요.");
    expect(h.calls()).toHaveLength(0);
  });

  it("works with the keyboard alone and axe finds nothing", async () => {
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    const { container } = renderWith(<BillingKeyForm issueName="x" />, { sdk: h.sdk, device: "pc" });
    await expectNoAxeViolations(container);
    await user.tab();
    await user.keyboard("홍길동");
    await user.tab();
    await user.keyboard("01012345678");
    await user.tab();
    await user.keyboard("buyer@example.com");
    await user.tab();
    expect(screen.getByRole("button")).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    await expectNoAxeViolations(container);
  });
});

describe("BillingKeyForm keyed-in mode", () => {
  const spyAllConsole = () => (["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => undefined));
  const printed = (spies: ReturnType<typeof spyAllConsole>) => JSON.stringify(spies.flatMap((s) => s.mock.calls));

  async function fillCard(user: ReturnType<typeof userEvent.setup>, number = CARD) {
    await user.type(screen.getByLabelText(/카드 번호/), number);
    await user.type(screen.getByLabelText(/유효기간/), "1230");
    await user.type(screen.getByLabelText(/비밀번호 앞 2자리/), "12");
    await user.type(screen.getByLabelText(/생년월일 또는 사업자등록번호/), "900101");
  }

  it("card fields have the right autocomplete and inputMode, group digits as typed, and check Luhn", async () => {
    const user = userEvent.setup();
    renderWith(<BillingKeyForm mode="keyed-in" customer={customer} onSubmitCard={vi.fn()} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    const number = screen.getByLabelText(/카드 번호/);
    expect(number).toHaveAttribute("autocomplete", "cc-number");
    expect(number).toHaveAttribute("inputmode", "numeric");
    expect(screen.getByLabelText(/유효기간/)).toHaveAttribute("autocomplete", "cc-exp");
    expect(screen.getByLabelText(/비밀번호 앞 2자리/)).toHaveAttribute("type", "password");
    await user.type(number, "4111111111111112");
    expect(number).toHaveValue("4111 1111 1111 1112");
    await user.tab();
    expect(number).toHaveAccessibleDescription("카드 번호가 올바르지 않습니다. 숫자를 다시 확인해 주세요.");
  });

  it("hands the card to onSubmitCard, clears the fields, and never lets card data reach the console", async () => {
    const spies = spyAllConsole();
    const user = userEvent.setup();
    const onSubmitCard = vi.fn(async () => ({ billingKey: "bk-from-server" }));
    const onIssued = vi.fn();
    const onSuccess = vi.fn();
    const h = sandboxHarness("pc");
    renderWith(<BillingKeyForm mode="keyed-in" customer={customer} onSubmitCard={onSubmitCard} onIssued={onIssued} onSuccess={onSuccess} />, { sdk: h.sdk, device: "pc" });
    await user.type(screen.getByLabelText(/카드 번호/), "4111 1111 1111 112");
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    expect(screen.getByRole("alert")).toHaveTextContent("카드 번호가 올바르지 않습니다");
    expect(screen.getByRole("alert").textContent).not.toMatch(/4111/);
    await user.clear(screen.getByLabelText(/카드 번호/));
    await fillCard(user);
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    await waitFor(() => expect(onIssued).toHaveBeenCalledWith({ status: "success", flow: "billingKey", billingKey: "bk-from-server" }));
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onSuccess).toHaveBeenCalledWith({ status: "success", flow: "billingKey", billingKey: "bk-from-server" });
    expect(onIssued).toHaveBeenCalledOnce();
    expect(onSubmitCard).toHaveBeenCalledWith({
      credential: { number: CARD, expiryMonth: "12", expiryYear: "30", birthOrBusinessRegistrationNumber: "900101", passwordTwoDigits: "12" },
      customer,
    });
    for (const label of [/카드 번호/, /유효기간/, /비밀번호 앞 2자리/, /생년월일 또는 사업자등록번호/]) expect(screen.getByLabelText(label)).toHaveValue("");
    expect(screen.getByRole("status")).toHaveTextContent("카드가 등록되었습니다.");
    expect(h.calls()).toHaveLength(0);
    expect(printed(spies)).not.toMatch(/4111|900101/);
  });

  // issue 10, item 8: whatever the server's error says, no card number reaches the buyer, onFailure or the console
  it.each([
    ["plain", `declined card ${CARD}`],
    ["spaces", "declined card 4111 1111 1111 1111"],
    ["dashes", "declined card 4111-1111-1111-1111"],
    ["dots", "declined card 4111.1111.1111.1111"],
    ["Unicode hyphens", "declined card 4111\u20101111\u20101111\u20101111"],
    ["an Amex grouping", "declined card 3782 822463 10005"],
  ])("a rejected onSubmitCard (card number with %s) shows a calm retry sentence; onFailure gets CARD_SUBMIT_FAILED, redacted", async (_name, text) => {
    const spies = spyAllConsole();
    const user = userEvent.setup();
    const onFailure = vi.fn();
    const onSuccess = vi.fn();
    const onSubmitCard = vi.fn(async () => {
      throw new Error(text);
    });
    renderWith(<BillingKeyForm mode="keyed-in" customer={customer} onSubmitCard={onSubmitCard} onFailure={onFailure} onSuccess={onSuccess} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    await fillCard(user);
    fireEvent.submit(screen.getByRole("button").closest("form")!);
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert).toHaveTextContent("카드 등록 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요."));
    expect(alert.textContent).not.toMatch(/\d{4}/);
    expect(alert.textContent).not.toContain("declined");
    expect(onFailure).toHaveBeenCalledOnce();
    expect(onFailure).toHaveBeenCalledWith({ status: "failure", flow: "billingKey", code: "CARD_SUBMIT_FAILED", message: "declined card ****" });
    expect(onSuccess).not.toHaveBeenCalled();
    // development explains it with console.error, redacted too
    const consoleError = spies[(["log", "info", "warn", "error"] as const).indexOf("error")]!;
    expect(JSON.stringify(consoleError.mock.calls)).toContain("declined card ****");
    expect(printed(spies)).not.toMatch(/4111|3782|900101/);
    // the button works again and a retry reaches the server
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    await waitFor(() => expect(onSubmitCard).toHaveBeenCalledTimes(2));
  });

  it("a rejection that is not an Error (a string, an object) is handled the same way", async () => {
    spyAllConsole();
    const user = userEvent.setup();
    const onFailure = vi.fn();
    const onSubmitCard = vi.fn().mockRejectedValueOnce(`card ${CARD} refused`).mockRejectedValueOnce({ status: 500 });
    renderWith(<BillingKeyForm mode="keyed-in" customer={customer} onSubmitCard={onSubmitCard} onFailure={onFailure} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    await fillCard(user);
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(1));
    expect(onFailure.mock.calls[0]![0]).toEqual({ status: "failure", flow: "billingKey", code: "CARD_SUBMIT_FAILED", message: "card **** refused" });
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(2));
    expect(onFailure.mock.calls[1]![0]).toMatchObject({ code: "CARD_SUBMIT_FAILED" });
    expect(screen.getByRole("alert")).toHaveTextContent("카드 등록 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.");
  });

  it("birth date and password digits are optional: without them onSubmitCard gets the number and expiry only", async () => {
    const user = userEvent.setup();
    const onSubmitCard = vi.fn(async () => ({ billingKey: "bk-1" }));
    renderWith(<BillingKeyForm mode="keyed-in" customer={customer} onSubmitCard={onSubmitCard} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    expect(screen.getByLabelText(/비밀번호 앞 2자리/)).not.toBeRequired();
    expect(screen.getByLabelText(/생년월일 또는 사업자등록번호/)).not.toBeRequired();
    await user.type(screen.getByLabelText(/카드 번호/), CARD);
    await user.type(screen.getByLabelText(/유효기간/), "1230");
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    await waitFor(() => expect(onSubmitCard).toHaveBeenCalledOnce());
    expect(onSubmitCard).toHaveBeenCalledWith({ credential: { number: CARD, expiryMonth: "12", expiryYear: "30" }, customer });
  });

  it("a wrong optional field is still an error: five birth-date digits block the submit", async () => {
    const user = userEvent.setup();
    const onSubmitCard = vi.fn(async () => ({ billingKey: "bk-1" }));
    renderWith(<BillingKeyForm mode="keyed-in" customer={customer} onSubmitCard={onSubmitCard} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    await user.type(screen.getByLabelText(/카드 번호/), CARD);
    await user.type(screen.getByLabelText(/유효기간/), "1230");
    await user.type(screen.getByLabelText(/생년월일 또는 사업자등록번호/), "90010");
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("생년월일 또는 사업자등록번호: 생년월일 6자리(YYMMDD) 또는 사업자등록번호 10자리를 입력해 주세요.");
    expect(onSubmitCard).not.toHaveBeenCalled();
  });

  // checked by the type checker (npm run typecheck): an @ts-expect-error that is not needed fails it
  it("the props are a union on mode: window fields are a type error in keyed-in mode and onSubmitCard in window mode", () => {
    const onSubmitCard = async () => undefined;
    const elements = [
      // @ts-expect-error issueName belongs to the window mode
      <BillingKeyForm key="a" mode="keyed-in" issueName="x" onSubmitCard={onSubmitCard} />,
      // @ts-expect-error keyed-in mode needs onSubmitCard
      <BillingKeyForm key="b" mode="keyed-in" />,
      // @ts-expect-error onSubmitCard belongs to the keyed-in mode
      <BillingKeyForm key="c" issueName="x" onSubmitCard={onSubmitCard} />,
      <BillingKeyForm key="d" mode="keyed-in" onSubmitCard={onSubmitCard} />,
      <BillingKeyForm key="e" issueName="x" bypass={{ inicis_v2: { carduse: "cocard" } }} />,
    ];
    expect(elements).toHaveLength(5);
  });

  it("keyboard only, axe clean", async () => {
    const user = userEvent.setup();
    const onSubmitCard = vi.fn(async () => undefined);
    const { container } = renderWith(<BillingKeyForm mode="keyed-in" customer={customer} onSubmitCard={onSubmitCard} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    await expectNoAxeViolations(container);
    for (let i = 0; i < 4; i++) await user.tab();
    expect(screen.getByLabelText(/카드 번호/)).toHaveFocus();
    await user.keyboard(CARD);
    await user.tab();
    await user.keyboard("1230");
    await user.tab();
    await user.keyboard("12");
    await user.tab();
    await user.keyboard("900101{Enter}");
    await waitFor(() => expect(onSubmitCard).toHaveBeenCalledOnce());
  });
});
