import type { Meta, StoryObj } from "@storybook/react-vite";
import { usePaymentRedirect } from "react-portone-inicis";
import { expect, within } from "storybook/test";

/**
 * A landing page of the merchant's own (`redirectUrl` pointing here): `usePaymentRedirect()` shows
 * the provider's landing once it is final, verified as the attempt asked.
 */
function LandingPage() {
  const outcome = usePaymentRedirect();
  if (!outcome) return <p>결제 결과를 확인하는 중…</p>;
  return (
    <section aria-label="결제 결과">
      <h2>{outcome.status === "success" ? "결제가 완료되었습니다" : "결제를 확인하지 못했습니다"}</h2>
      <p>주문 상태는 서버에서 확인하세요.</p>
      <pre data-testid="parsed">{JSON.stringify(outcome, null, 2)}</pre>
    </section>
  );
}

const meta = { title: "Flows/Landing page", component: LandingPage } satisfies Meta<typeof LandingPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The page opens with a success query that no attempt in this browser started (a forged or shared
 * link): the landing router reports it as `REDIRECT_UNMATCHED`, never a success, and takes
 * PortOne's keys off the address bar (the page's own stay).
 */
export const ForgedLanding: Story = {
  loaders: [
    () => {
      const url = new URL(window.location.href);
      const forged: [string, string][] = [["paymentId", "pay-forged-7k2m"], ["transactionType", "PAYMENT"], ["txId", "tx-forged"]];
      for (const [k, v] of forged) url.searchParams.set(k, v);
      window.history.replaceState(window.history.state, "", url);
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const parsed = JSON.parse((await within(canvasElement).findByTestId("parsed")).textContent ?? "{}") as { status?: string; code?: string };
    await expect(parsed).toMatchObject({ status: "failure", code: "REDIRECT_UNMATCHED" });
    await expect(within(canvasElement).getByRole("heading")).toHaveTextContent("결제를 확인하지 못했습니다");
    await expect(new URLSearchParams(window.location.search).has("transactionType")).toBe(false);
  },
};
