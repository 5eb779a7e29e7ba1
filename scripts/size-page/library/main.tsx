// The page the size row measures: a provider and one PayButton whose buyer fields are missing, so
// the buyer dialog would be needed on the click. Nothing else: what it fetches before the buyer
// touches the button is what the library costs a page.
import { useEffect } from "react";
import { createRoot } from "react-dom/client";
import { PayButton, PortOneProvider } from "react-portone-inicis";

// ?emulate=idle-preload: what the idle preload policy fetched (the dialog and the sentences once the
// page is idle), emulated by an intent the buyer never made, so both policies are measured on one build
const emulateIdle = new URLSearchParams(location.search).get("emulate") === "idle-preload";

function App() {
  useEffect(() => {
    if (!emulateIdle) return;
    const id = requestIdleCallback(() => document.querySelector("button")?.dispatchEvent(new PointerEvent("pointerover", { bubbles: true })));
    return () => cancelIdleCallback(id);
  }, []);
  return (
    <PortOneProvider storeId="store-size" channelKeys={{ payment: "channel-key-size" }}>
      <PayButton payMethod="CARD" orderName="사이즈 측정" totalAmount={1000} />
    </PortOneProvider>
  );
}

createRoot(document.getElementById("root")!).render(<App />);
