import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { PortOneProvider } from "react-portone-inicis";
import { Checkout, methodFor } from "./Checkout";
import "./style.css";

const storeId = import.meta.env.VITE_PORTONE_STORE_ID ?? "";
const channelKey = import.meta.env.VITE_PORTONE_CHANNEL_KEY ?? "";

function App() {
  // the item comes from the address bar (?item=socks); a mobile payment comes back to this same URL
  const [item] = useState(() => new URLSearchParams(window.location.search).get("item"));
  // ?method=VIRTUAL_ACCOUNT pays by virtual account (a card otherwise)
  const [method] = useState(() => methodFor(new URLSearchParams(window.location.search).get("method")));
  // every landing's final outcome, observed (the button that started it gets it too); a stale or forged one is REDIRECT_UNMATCHED, never a success
  const [landing, setLanding] = useState<object | null>(null);
  return (
    <PortOneProvider
      storeId={storeId}
      channelKeys={{ payment: channelKey }}
      verifyUrl="/api/portone/verify"
      onRedirectResult={setLanding}
      locale="ko"
    >
      <Checkout item={item} method={method} />
      <pre className="log" data-testid="redirect-result">
        {landing ? JSON.stringify(landing, null, 2) : ""}
      </pre>
    </PortOneProvider>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
