import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { InicisBypassEditor, type InicisOptions } from "react-portone-inicis";
import { expect, userEvent, waitFor, within } from "storybook/test";

function Editor({ initial, device }: { initial: InicisOptions; device?: "pc" | "mobile" | "both" }) {
  const [value, setValue] = useState<InicisOptions>(initial);
  return <InicisBypassEditor value={value} onChange={setValue} device={device} />;
}

const meta = {
  title: "Components/InicisBypassEditor",
  component: InicisBypassEditor,
  render: (args) => <Editor initial={args.value} device={args.device} />,
  args: { value: {}, onChange: () => undefined },
} satisfies Meta<typeof InicisBypassEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const preview = (canvasElement: HTMLElement) => JSON.parse(within(canvasElement).getByTestId("bypass-preview").textContent ?? "null") as unknown;

/** Empty: toggling an option updates the one object sent, with the PC and the mobile key at once. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByLabelText(/간편결제 숨김/));
    await expect(preview(canvasElement)).toEqual({ inicis_v2: { acceptmethod: ["noeasypay"], P_RESERVED: ["noeasypay=Y"] } });
  },
};

/** Every option set. */
export const EveryOption: Story = {
  args: {
    value: {
      skinColor: "#C1272C",
      logoUrl: "https://portone.io/assets/portone.87061e94.avif",
      subLogoUrl: "https://admin.portone.io/assets/img/auth/lock.png",
      parentEmail: "parent@example.com",
      ssgpayPhone: "01012341234",
      allowBelow1000: true,
      showOcb: true,
      cardPopup: true,
      hideProgressBar: true,
      hideEasyPay: true,
      partialInterestFree: [
        { cardCode: "11", months: [2, 3] },
        { cardCode: "34", months: [2, 3] },
      ],
      mallPointCards: ["11", "34"],
      preselectCard: "14",
      merchantName: "포트원",
      showGlobalVisa3d: true,
      androidIntentScheme: true,
      cardUse: "percard",
    },
  },
  play: async ({ canvasElement }) => {
    await expect(preview(canvasElement)).toMatchObject({ payment: { inicis_v2: { acceptmethod: expect.arrayContaining(["SKIN(#C1272C)", "slimquota(11-2:3^34-2:3)", "mallpoint(11:34)"]), P_MNAME: "포트원" } } });
    await expect(within(canvasElement).getAllByText("별도 계약 필요")).toHaveLength(3);
  },
};

/** Invalid values: inline messages from the core, and no preview until they are fixed. */
export const InvalidValues: Story = {
  args: { value: { skinColor: "#fff):ocb", logoUrl: "javascript:alert(1)", ssgpayPhone: "010-1234-1234", preselectCard: "1" } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // the sentences arrive with the locale's pack, a moment after the first render
    await waitFor(() => expect(canvas.getByLabelText(/메인 로고 URL/)).toHaveAccessibleDescription(/https:/));
    await expect(canvas.getAllByText("옵션에 오류가 있어 bypass를 만들 수 없습니다.")).toHaveLength(1);
    await userEvent.clear(canvas.getByLabelText(/메인 로고 URL/));
    await expect(canvas.getByLabelText(/메인 로고 URL/)).not.toHaveAttribute("aria-invalid");
  },
};
