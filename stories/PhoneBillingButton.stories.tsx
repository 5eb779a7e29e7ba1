import type { Meta, StoryObj } from "@storybook/react-vite";
import { PhoneBillingButton } from "react-portone-inicis";
import { expect, userEvent, within } from "storybook/test";
import { answerWindow, page } from "./play";
import { storySandbox } from "./support";

const meta = {
  title: "Components/PhoneBillingButton",
  component: PhoneBillingButton,
  args: {
    orderName: "월간 구독 (휴대폰)",
    totalAmount: 9900,
    productType: "DIGITAL",
    offerPeriod: { interval: "1m" },
    customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" },
  },
} satisfies Meta<typeof PhoneBillingButton>;
export default meta;
type Story = StoryObj<typeof meta>;

/** PC: the phone billing key and the first payment in one window. */
export const Pc: Story = {
  globals: { device: "pc" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button", { name: /9,900원/ }));
    const win = await page(canvasElement).findByRole("dialog", { name: /KG이니시스 결제창/ });
    await expect(within(win).getByTestId("sim-method")).toHaveTextContent("휴대폰 빌링키 + 결제 (MOBILE)");
    await answerWindow(canvasElement, "승인");
    await expect(storySandbox().sdk.calls[0]?.request).toMatchObject({ billingKeyAndPayMethod: "MOBILE", currency: "KRW", channelKey: "channel-key-inicis-phone" });
    await expect(await within(canvasElement).findByRole("status")).toBeInTheDocument();
  },
};

/** Mobile, with the offer period Inicis requires there. */
export const Mobile: Story = {
  globals: { device: "mobile" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    await answerWindow(canvasElement, "승인");
    await expect(storySandbox().redirects[0]).toMatch(/billingKey=billing-key-/);
  },
};

/** Mobile without `offerPeriod`: refused before any window, naming the field. */
export const MobileWithoutOfferPeriod: Story = {
  args: { offerPeriod: undefined },
  globals: { device: "mobile" },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole("button"));
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent("제공 기간(offerPeriod)을 입력해 주세요.");
    await expect(storySandbox().sdk.calls).toHaveLength(0);
  },
};
