import type { Meta, StoryObj } from "@storybook/react-vite";
import { BillingKeyForm } from "react-portone-inicis";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { answerWindow } from "./play";
import { storySandbox } from "./support";

const buyer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };

const meta = {
  title: "Components/BillingKeyForm",
  component: BillingKeyForm,
  args: { issueName: "월간 구독 카드 등록", offerPeriod: { interval: "1m" }, onSuccess: fn(), onFailure: fn() },
} satisfies Meta<typeof BillingKeyForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Window mode, empty: submitting shows a summary and focuses the first field. */
export const WindowEmpty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "카드 등록 창 열기" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("다음 항목을 확인해 주세요.");
    await expect(canvas.getByLabelText(/이름/)).toHaveFocus();
    await expect(storySandbox().sdk.calls).toHaveLength(0);
  },
};

/** Window mode, an invalid e-mail: the message appears on blur. */
export const WindowInvalid: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/이메일/), "kim_pay@example.com");
    await userEvent.tab();
    await expect(canvas.getByLabelText(/이메일/)).toHaveAttribute("aria-invalid", "true");
    await expect(await canvas.findByText(/@와 \. 외의 특수문자\(_, -, \+ 등\)를 받지 않습니다/)).toBeInTheDocument();
  },
};

/** Window mode, filled: opens the Inicis billing-key window. */
export const WindowFilled: Story = {
  args: { customer: buyer },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    await answerWindow(canvasElement, "승인");
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledOnce());
    await expect(storySandbox().sdk.calls[0]?.request).toMatchObject({ billingKeyMethod: "CARD", channelKey: "channel-key-inicis-billing" });
  },
};

const submitCard = fn(async () => {
  await new Promise((r) => setTimeout(r, 200));
  return { billingKey: "billing-key-from-your-server" };
});

/** Keyed-in mode, empty: every card field is required. */
export const KeyedInEmpty: Story = {
  args: { mode: "keyed-in", customer: buyer, onSubmitCard: submitCard },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: "카드 등록" }));
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent("카드 번호를 입력해 주세요.");
  },
};

/** Keyed-in mode, a number that fails the Luhn check and a past expiry. */
export const KeyedInInvalid: Story = {
  args: { mode: "keyed-in", customer: buyer, onSubmitCard: submitCard },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/카드 번호/), "4111111111111112");
    await userEvent.type(canvas.getByLabelText(/유효기간/), "0120");
    await userEvent.tab();
    await expect(canvas.getByLabelText(/카드 번호/)).toHaveAccessibleDescription(/올바르지 않습니다/);
    await expect(canvas.getByLabelText(/유효기간/)).toHaveAccessibleDescription(/지난 카드/);
  },
};

/** Keyed-in mode, filled: the card goes to your server and the fields are cleared. */
export const KeyedInFilled: Story = {
  args: { mode: "keyed-in", customer: buyer, onSubmitCard: submitCard },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/카드 번호/), "4111111111111111");
    await userEvent.type(canvas.getByLabelText(/유효기간/), "1230");
    await userEvent.type(canvas.getByLabelText(/비밀번호 앞 2자리/), "12");
    await userEvent.type(canvas.getByLabelText(/생년월일 또는 사업자등록번호/), "900101");
    await userEvent.click(canvas.getByRole("button", { name: "카드 등록" }));
    await expect(await canvas.findByRole("status")).toHaveTextContent("카드가 등록되었습니다.");
    await expect(args.onSuccess).toHaveBeenCalledWith({ status: "success", flow: "billingKey", billingKey: "billing-key-from-your-server" });
    await expect(canvas.getByLabelText(/카드 번호/)).toHaveValue("");
  },
};
