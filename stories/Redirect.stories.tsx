import type { Meta, StoryObj } from "@storybook/react-vite";
import { usePaymentRedirect } from "react-portone-inicis";
import { expect, within } from "storybook/test";

/** A merchant's return page: reads the query the mobile window redirected back with. */
function ReturnPage({ search }: { search?: string }) {
  const outcome = usePaymentRedirect({ search });
  if (!outcome) return <p>결제 결과를 확인하는 중…</p>;
  return (
    <section aria-label="결제 결과">
      <h2>{outcome.status === "success" ? "결제 요청이 접수되었습니다" : "결제에 실패했습니다"}</h2>
      <p>서버에서 결제를 검증한 뒤 주문을 확정하세요.</p>
      <pre data-testid="parsed">{JSON.stringify(outcome, null, 2)}</pre>
    </section>
  );
}

const meta = { title: "Flows/Mobile redirect return", component: ReturnPage } satisfies Meta<typeof ReturnPage>;
export default meta;
type Story = StoryObj<typeof meta>;

const QUERY = {
  paymentId: "pay-7k2m9x",
  code: "FAILURE_TYPE_PG",
  message: "[V013] 카드 한도초과",
  pgCode: "V013",
  pgMessage: "카드 한도초과",
};

/**
 * The page lands with a crafted failure query; `usePaymentRedirect` turns it into an outcome.
 * (The story hands the query in through `search`; a real page reads `location.search`.)
 */
export const LandsWithFailure: Story = {
  args: { search: `?${new URLSearchParams(QUERY).toString()}` },
  play: async ({ canvasElement }) => {
    const parsed = JSON.parse((await within(canvasElement).findByTestId("parsed")).textContent ?? "{}") as unknown;
    await expect(parsed).toEqual({ status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", message: "[V013] 카드 한도초과", pgCode: "V013", pgMessage: "카드 한도초과", paymentId: "pay-7k2m9x" });
  },
};

/** A success query, as a billing-key window sends it. */
export const LandsWithBillingKey: Story = {
  args: { search: "?transactionType=ISSUE_BILLING_KEY&billingKey=billing-key-01J9" },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("heading")).toHaveTextContent("결제 요청이 접수되었습니다");
    await expect(within(canvasElement).getByTestId("parsed")).toHaveTextContent('"billingKey": "billing-key-01J9"');
  },
};
