// The baseline a merchant would write without the library: React and a button that calls
// requestPayment from @portone/browser-sdk (whose loader injects PortOne's script).
import * as PortOne from "@portone/browser-sdk/v2";
import { createRoot } from "react-dom/client";

function App() {
  return (
    <button
      type="button"
      onClick={() =>
        void PortOne.requestPayment({
          storeId: "store-size",
          channelKey: "channel-key-size",
          paymentId: `pay-${crypto.randomUUID().slice(0, 20)}`,
          orderName: "사이즈 측정",
          totalAmount: 1000,
          currency: "KRW",
          payMethod: "CARD",
        })
      }
    >
      결제하기
    </button>
  );
}

createRoot(document.getElementById("root")!).render(<App />);
