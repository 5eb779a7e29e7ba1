import type { Meta, StoryObj } from "@storybook/react-vite";
import { PayButton, PortOneProvider } from "react-portone-inicis";

const env = import.meta.env as Record<string, string | undefined>;
const storeId = env.STORYBOOK_PORTONE_STORE_ID;
const paymentChannel = env.STORYBOOK_PORTONE_CHANNEL_KEY;

/**
 * The real `@portone/browser-sdk` against your PortOne **test** channel. Set
 * `STORYBOOK_PORTONE_STORE_ID` and `STORYBOOK_PORTONE_CHANNEL_KEY` before `npm start`.
 * Never run in tests (it reaches PortOne's servers).
 */
function Live() {
  if (!storeId || !paymentChannel) {
    return <p>Set STORYBOOK_PORTONE_STORE_ID and STORYBOOK_PORTONE_CHANNEL_KEY (a KG Inicis test channel) and restart Storybook to try the real window.</p>;
  }
  return (
    <PortOneProvider storeId={storeId} channelKeys={{ payment: paymentChannel }}>
      <PayButton payMethod="CARD" orderName="테스트 결제" totalAmount={1000} customer={{ fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" }} />
    </PortOneProvider>
  );
}

const meta = { title: "Live/Real SDK (test channel)", component: Live, tags: ["!test", "!autodocs"], parameters: { sandbox: { bare: true } } } satisfies Meta<typeof Live>;
export default meta;
export const RealWindow: StoryObj<typeof meta> = {};
