import type { Meta, StoryObj } from "@storybook/react-vite";
import { PayButton } from "react-portone-inicis";
import { expect, within } from "storybook/test";

const base = { payMethod: "CARD" as const, orderName: "테마 예시", totalAmount: 25000, customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" } };

/** Themes as props, a class of your own, and `unstyled` with your own CSS. */
function Gallery() {
  return (
    <div style={{ display: "grid", gap: 16, justifyItems: "start" }}>
      <PayButton {...base}>기본 테마</PayButton>
      <PayButton {...base} theme={{ colorPrimary: "#0f766e", radius: 0, fontSize: 17 }}>
        각진 청록
      </PayButton>
      <PayButton {...base} theme={{ colorPrimary: "#111827", colorPrimaryText: "#fde68a", radius: 999, fontFamily: "Georgia, serif" }}>
        둥근 다크
      </PayButton>
      <style>{`.my-pay[data-state]{background:#fff;color:#7c2d12;border:2px dashed #7c2d12;padding:10px 18px;font-weight:700;border-radius:6px}`}</style>
      <PayButton {...base} unstyled className="my-pay">
        unstyled + className
      </PayButton>
    </div>
  );
}

const meta = { title: "Theming/Examples", component: Gallery } satisfies Meta<typeof Gallery>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Examples: Story = {
  play: async ({ canvasElement }) => {
    const teal = within(canvasElement).getByRole("button", { name: "각진 청록" });
    await expect(getComputedStyle(teal).backgroundColor).toBe("rgb(15, 118, 110)");
    await expect(getComputedStyle(teal).borderRadius).toBe("0px");
    const bare = within(canvasElement).getByRole("button", { name: "unstyled + className" });
    await expect(bare).not.toHaveClass("pi-button");
    await expect(getComputedStyle(bare).borderStyle).toBe("dashed");
  },
};
