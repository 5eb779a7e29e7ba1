import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { PayButton, type PaymentOutcome } from "react-portone-inicis";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { answerWindow, page } from "./play";
import { storySandbox } from "./support";

const buyer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };

/** Shows the last outcome under the button, as a merchant's page would. */
function WithOutcome(props: React.ComponentProps<typeof PayButton>) {
  const [outcome, setOutcome] = useState<PaymentOutcome | null>(null);
  return (
    <div>
      <PayButton {...props} onSuccess={setOutcome} onFailure={setOutcome} onCancel={setOutcome} onVirtualAccountIssued={setOutcome} />
      {outcome ? (
        <pre data-testid="outcome" style={{ fontSize: 12 }}>
          {JSON.stringify(outcome, null, 2)}
        </pre>
      ) : null}
    </div>
  );
}

const meta = {
  title: "Components/PayButton",
  component: PayButton,
  render: (args) => <WithOutcome {...args} />,
  args: { payMethod: "CARD", orderName: "나이키 와플 트레이너 2 SD", totalAmount: 39000, customer: buyer },
} satisfies Meta<typeof PayButton>;
export default meta;
type Story = StoryObj<typeof meta>;

function payAndApprove(method: RegExp, amount = "39,000원"): Story["play"] {
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: `${amount} 결제하기` }));
    const win = await page(canvasElement).findByRole("dialog", { name: /KG이니시스 결제창/ });
    await expect(within(win).getByTestId("sim-method")).toHaveTextContent(method);
    await expect(within(win).getByTestId("sim-amount")).toHaveTextContent(amount);
    await answerWindow(canvasElement, "승인");
    await expect(await canvas.findByRole("status")).toHaveTextContent("결제가 완료되었습니다.");
    const [call] = storySandbox().sdk.calls;
    await expect(call?.request).toMatchObject({ totalAmount: Number(amount.replace(/\D/g, "")), channelKey: "channel-key-inicis-payment" });
  };
}

export const Card: Story = { play: payAndApprove(/CARD/) };
export const Transfer: Story = { args: { payMethod: "TRANSFER" }, play: payAndApprove(/TRANSFER/) };
/** Without a `verifyUrl`: the account is issued, not paid; the buyer is told to deposit as the window showed. */
export const VirtualAccount: Story = {
  args: { payMethod: "VIRTUAL_ACCOUNT", virtualAccount: { accountExpiry: { validHours: 24 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "39,000원 결제하기" }));
    await answerWindow(canvasElement, "승인");
    await expect(await canvas.findByRole("status")).toHaveTextContent("결제창에 안내된 계좌로 입금해 주세요");
    await expect(canvas.queryByText("결제가 완료되었습니다.")).not.toBeInTheDocument();
    await expect(canvas.getByTestId("outcome")).toHaveTextContent('"status": "virtualAccountIssued"');
  },
};
export const GiftCertificate: Story = { args: { payMethod: "GIFT_CERTIFICATE", giftCertificate: { giftCertificateType: "CULTURELAND" } }, play: payAndApprove(/GIFT_CERTIFICATE/) };
export const PhoneMicropayment: Story = { args: { payMethod: "MOBILE", productType: "DIGITAL", totalAmount: 5500 }, play: payAndApprove(/MOBILE/, "5,500원") };
export const EasyPay: Story = { args: { payMethod: "EASY_PAY", easyPay: { easyPayProvider: "KAKAOPAY" } }, play: payAndApprove(/EASY_PAY/) };

/** On PC, Inicis needs name, phone and e-mail: the dialog asks for exactly what is missing. */
export const MissingBuyerOnPc: Story = {
  args: { customer: { fullName: "홍길동" } },
  globals: { device: "pc" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    const dialog = await page(canvasElement).findByRole("dialog", { name: "구매자 정보" });
    await expect(within(dialog).queryByLabelText(/이름/)).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/휴대폰 번호/), "01012345678");
    await userEvent.type(within(dialog).getByLabelText(/이메일/), "buyer@example.com");
    await userEvent.click(within(dialog).getByRole("button", { name: "계속" }));
    const win = await page(canvasElement).findByRole("dialog", { name: /KG이니시스 결제창/ });
    await expect(within(win).getByTestId("sim-buyer")).toHaveTextContent("홍길동 · 010-1234-5678 · buyer@example.com");
    await answerWindow(canvasElement, "승인");
  },
};

/** On mobile the same fields are optional: no dialog, straight to the window, then a redirect. */
export const MissingBuyerOnMobile: Story = {
  args: { customer: { fullName: "홍길동" }, inicis: { hideEasyPay: true, skinColor: "#C1272C" } },
  globals: { device: "mobile" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "39,000원 결제하기" }));
    const win = await page(canvasElement).findByRole("dialog", { name: /KG이니시스 결제창/ });
    await expect(win).toHaveAttribute("data-device", "mobile");
    await expect(within(win).getByTestId("sim-bypass")).toHaveTextContent("P_RESERVED");
    await expect(within(win).getByTestId("sim-bypass")).not.toHaveTextContent("acceptmethod");
    // the busy label comes with the locale pack, which the attempt loads as it starts
    await expect(await within(canvasElement).findByRole("button", { name: /결제 페이지로 이동 중/ })).toHaveAttribute("data-state", "redirecting");
    await answerWindow(canvasElement, "승인");
    await expect(await within(canvasElement).findByText(/결제 후 이 주소로 이동합니다/)).toBeInTheDocument();
    await expect(storySandbox().redirects[0]).toMatch(/paymentId=pay-/);
  },
};

/** Rules broken in the props: no window, an alert naming each field. */
export const ValidationErrors: Story = {
  args: { paymentId: "주문-2026-0001", totalAmount: 10.5, inicis: { logoUrl: "javascript:alert(1)" } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("결제 ID(paymentId)에는 영문, 숫자와 기호(ASCII)만");
    await expect(alert).toHaveTextContent("결제 금액(totalAmount)은 0보다 큰 정수여야 합니다.");
    await expect(alert).toHaveTextContent("메인 로고 URL (logo_url)은 https:");
    await expect(storySandbox().sdk.calls).toHaveLength(0);
  },
};

/** While the window is open: busy, disabled, one call however often it is clicked. */
export const Pending: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole("button", { name: "39,000원 결제하기" });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute("aria-busy", "true"));
    await expect(button).toBeDisabled();
    // the busy label comes with the locale pack, which the attempt loads as it starts
    await waitFor(() => expect(button).toHaveTextContent("결제창이 열려 있습니다"));
    // busy from the click on, also while the rules engine is still arriving on a cold page
    await waitFor(() => expect(storySandbox().sdk.calls).toHaveLength(1));
  },
};

/** The PG refuses: its message is shown, and the button works again. */
export const Failure: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    await answerWindow(canvasElement, "실패");
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent("결제에 실패했습니다: 카드 한도초과");
    await expect(within(canvasElement).getByTestId("outcome")).toHaveTextContent('"pgCode": "V013"');
    await expect(within(canvasElement).getByRole("button", { name: "39,000원 결제하기" })).toBeEnabled();
  },
};

/** The buyer closes the Inicis window (Inicis' V801): a `cancelled` outcome (`BUYER_CLOSED_WINDOW`), a neutral line, no alert. */
export const Cancelled: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    await answerWindow(canvasElement, "취소");
    await expect(await within(canvasElement).findByText("결제를 취소했습니다.")).toHaveAttribute("role", "status");
    await expect(within(canvasElement).queryByRole("alert")).not.toBeInTheDocument();
    await expect(within(canvasElement).getByTestId("outcome")).toHaveTextContent('"code": "BUYER_CLOSED_WINDOW"');
  },
};

/** The buyer leaves the buyer dialog (Escape): a `cancelled` outcome for `onCancel`, a neutral line, no alert. */
export const DialogCancelled: Story = {
  args: { customer: { fullName: "홍길동", phoneNumber: "010-1234-5678" } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "39,000원 결제하기" }));
    await page(canvasElement).findByRole("dialog", { name: "구매자 정보" });
    await userEvent.keyboard("{Escape}");
    await expect(await within(canvasElement).findByText("결제를 취소했습니다.")).toHaveAttribute("role", "status");
    await expect(within(canvasElement).queryByRole("alert")).not.toBeInTheDocument();
    await expect(within(canvasElement).getByTestId("outcome")).toHaveTextContent('"status": "cancelled"');
    await expect(storySandbox().sdk.calls).toHaveLength(0);
  },
};

/** Answers POST /__story/verify like your server's verify route would (the story's own fetch stand-in). */
function verifyRoute(body: object): () => () => void {
  return () => {
    const real = window.fetch;
    window.fetch = async (input, init) => (String(input).endsWith("/__story/verify") ? new Response(JSON.stringify(body), { status: "ok" in body && body.ok ? 200 : 409, headers: { "content-type": "application/json" } }) : real(input, init));
    return () => {
      window.fetch = real;
    };
  };
}

/** `verifyUrl`: after the window, your server confirms the payment; only then `onSuccess`, with its verdict. */
export const VerifiedByYourServer: Story = {
  args: { verifyUrl: "/__story/verify" },
  beforeEach: verifyRoute({ ok: true, verdict: "paid", amount: 39000, currency: "KRW" }),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    await answerWindow(canvasElement, "승인");
    await expect(await within(canvasElement).findByRole("status")).toHaveTextContent("결제가 완료되었습니다.");
    await expect(within(canvasElement).getByTestId("outcome")).toHaveTextContent('"verdict": "paid"');
  },
};

/** `verifyUrl` refuses (here: the amount differs): a failure for you, a calm "being checked" line for the buyer. */
export const RefusedByYourServer: Story = {
  args: { verifyUrl: "/__story/verify" },
  beforeEach: verifyRoute({ ok: false, verdict: "amount-mismatch" }),
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    await answerWindow(canvasElement, "승인");
    await expect(await within(canvasElement).findByRole("status")).toHaveTextContent("결제 내역을 확인하고 있습니다");
    await expect(within(canvasElement).queryByRole("alert")).not.toBeInTheDocument();
    await expect(within(canvasElement).getByTestId("outcome")).toHaveTextContent('"code": "VERIFY_REFUSED"');
  },
};

/**
 * A virtual account with `verifyUrl`: your server answers `virtual-account-issued` with the
 * account from PortOne's record. Not paid: no `onSuccess`; the buyer sees where to deposit.
 */
export const VirtualAccountIssued: Story = {
  args: { payMethod: "VIRTUAL_ACCOUNT", verifyUrl: "/__story/verify" },
  beforeEach: verifyRoute({
    ok: false,
    verdict: "virtual-account-issued",
    paymentId: "pay-story",
    amount: 39000,
    currency: "KRW",
    virtualAccount: { bank: "SHINHAN", accountNumber: "56211234567890", amount: 39000, currency: "KRW", dueDate: "2026-12-31T14:59:59Z", holder: "(주)포트원상점" },
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button"));
    await answerWindow(canvasElement, "승인");
    await expect(await canvas.findByText(/아래 계좌로 입금해 주세요/)).toHaveAttribute("role", "status");
    await expect(canvas.getByText("신한은행")).toBeInTheDocument();
    await expect(canvas.getByText("56211234567890")).toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: "계좌번호 복사" })).toBeInTheDocument();
    await expect(canvas.getByTestId("outcome")).toHaveTextContent('"status": "virtualAccountIssued"');
  },
};

/** The SDK script fails to load once: a visible error, and the next click retries and works. */
export const ScriptLoadFailure: Story = {
  // the provider's load after mount, the retry on hover, and the click's own attempt all fail
  parameters: { sandbox: { options: { loadFailures: 3 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button"));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("결제 모듈을 불러오지 못했습니다");
    await userEvent.click(canvas.getByRole("button"));
    await answerWindow(canvasElement, "승인");
    await expect(await canvas.findByRole("status")).toHaveTextContent("결제가 완료되었습니다.");
  },
};

/** `asChild`: your own element with PayButton's behaviour. */
export const AsChild: Story = {
  args: {
    asChild: true,
    children: (
      <a href="#checkout" style={{ fontWeight: 700 }}>
        지금 구매
      </a>
    ),
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("link", { name: "지금 구매" }));
    await answerWindow(canvasElement, "승인");
  },
};

/** The buyer dialog, open: PC needs phone and e-mail that the page did not give. */
export const BuyerDialogOpen: Story = {
  args: { customer: { fullName: "홍길동" } },
  globals: { device: "pc" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "39,000원 결제하기" }));
    const dialog = await page(canvasElement).findByRole("dialog", { name: "구매자 정보" });
    await expect(within(dialog).getByLabelText(/휴대폰 번호/)).toBeRequired();
    await expect(within(dialog).getByLabelText(/이메일/)).toBeRequired();
    await expect(storySandbox().sdk.calls).toHaveLength(0);
  },
};
