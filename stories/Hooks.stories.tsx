import type { Meta, StoryObj } from "@storybook/react-vite";
import { usePayment } from "react-portone-inicis";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { answerWindow } from "./play";

/** A merchant's own button built on `usePayment`: the hook validates, opens the window once, and reports. */
function CustomCheckout({ amount }: { amount: number }) {
  const { request, status, outcome, isPending } = usePayment();
  return (
    <div style={{ display: "grid", gap: 8, maxWidth: 320 }}>
      <button
        type="button"
        disabled={isPending}
        aria-busy={isPending}
        style={{ padding: "12px 16px", borderRadius: 12, border: "2px solid #111", background: "#ffe14d", color: "#111", fontWeight: 800 }}
        onClick={() => void request({ payMethod: "EASY_PAY", easyPay: { easyPayProvider: "KAKAOPAY" }, orderName: "커스텀 버튼 주문", totalAmount: amount, customer: { fullName: "홍길동", phoneNumber: "01012345678", email: "buyer@example.com" } })}
      >
        {isPending ? "결제 중…" : `카카오페이로 ${amount.toLocaleString("ko-KR")}원 결제`}
      </button>
      <output data-testid="hook-status">status: {status}</output>
      {outcome?.status === "invalid" ? <p role="alert">{outcome.issues.map((i) => i.message).join(" ")}</p> : null}
    </div>
  );
}

const meta = { title: "Hooks/usePayment", component: CustomCheckout, args: { amount: 12000 } } satisfies Meta<typeof CustomCheckout>;
export default meta;
type Story = StoryObj<typeof meta>;

export const CustomButton: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "카카오페이로 12,000원 결제" }));
    await expect(canvas.getByTestId("hook-status")).toHaveTextContent("status: pending");
    await answerWindow(canvasElement, "승인");
    // the window's answer is read by a chunk of its own (fetched while the window was open): wait
    // for the status, not for the window to close
    await waitFor(() => expect(canvas.getByTestId("hook-status")).toHaveTextContent("status: success"));
  },
};

export const InvalidAmount: Story = {
  args: { amount: -1 },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent("0보다 큰 정수");
  },
};
