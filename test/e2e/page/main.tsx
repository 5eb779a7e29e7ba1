import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { PayButton, PortOneProvider, usePaymentRedirect, usePortOne, type PaymentOutcome } from "react-portone-inicis";

/** The provider's script-load state, for the test to read. */
function LoadState() {
  const { loadStatus, device } = usePortOne();
  return (
    <p>
      <span data-testid="load-status">{loadStatus}</span> <span data-testid="device">{device}</span>
    </p>
  );
}

/** The provider's landing, observed (it must be under the provider). */
function Landing() {
  const redirect = usePaymentRedirect();
  return <pre data-testid="redirect-outcome">{redirect ? JSON.stringify(redirect) : ""}</pre>;
}

function App() {
  const [result, setResult] = useState<PaymentOutcome | null>(null);
  return (
    <PortOneProvider storeId="store-e2e" channelKeys={{ payment: "channel-key-e2e" }} loadTimeoutMs={3000}>
      <LoadState />
      <PayButton
        payMethod="CARD"
        orderName="E2E 주문"
        totalAmount={1000}
        customer={{ fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" }}
        inicis={{ skinColor: "#C1272C", hideEasyPay: true, merchantName: "E2E상점" }}
        onSuccess={setResult}
        onFailure={setResult}
      />
      <pre data-testid="result">{result ? JSON.stringify(result) : ""}</pre>
      <Landing />
    </PortOneProvider>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
