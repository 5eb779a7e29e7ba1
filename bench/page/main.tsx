// The benchmark page: one scenario per ?scenario=..., real adapter, CDN script routed to a fake.
import * as PortOne from "@portone/browser-sdk/v2";
import { Profiler, useEffect, useRef, useState, type ProfilerOnRenderCallback } from "react";
import { createRoot } from "react-dom/client";
import { BillingKeyForm, InicisBypassEditor, PayButton, PortOneProvider, type InicisOptions } from "react-portone-inicis";

declare global {
  interface Window {
    __clickAt: number;
    __samples: number[];
    __commits: number[];
    __renders: number;
    __rerender: () => void;
  }
}
window.__samples = [];
window.__commits = [];
window.__renders = 0;
// the trusted click's own timestamp, taken before any handler of ours runs
document.addEventListener("click", (e) => (window.__clickAt = e.timeStamp), true);

const scenario = new URLSearchParams(location.search).get("scenario") ?? "preloaded";
const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };

/** The hand-written baseline: a button that calls the SDK's requestPayment directly. */
function Baseline() {
  return (
    <button
      type="button"
      onClick={() =>
        void PortOne.requestPayment({
          storeId: "store-bench",
          channelKey: "channel-key-bench",
          paymentId: `pay-${crypto.randomUUID().slice(0, 20)}`,
          orderName: "벤치마크",
          totalAmount: 1000,
          currency: "KRW",
          payMethod: "CARD",
          customer,
        })
      }
    >
      baseline
    </button>
  );
}

// click to dialog visible: the first time a dialog is in the page and open, after the trusted click
new MutationObserver(() => {
  const open = document.querySelector('[role="dialog"], dialog[open]');
  if (open && !(open as HTMLElement).dataset.seen) {
    (open as HTMLElement).dataset.seen = "1";
    window.__samples.push(performance.now() - window.__clickAt);
  }
}).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["open"] });

/** The hand baseline for the buyer dialog: a button that shows a plain <dialog> with the same e-mail field. */
function DialogBaseline() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) ref.current?.showModal();
  }, [open]);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        baseline
      </button>
      {open ? (
        <dialog ref={ref} aria-labelledby="bt" onClose={() => setOpen(false)}>
          <h2 id="bt">구매자 정보</h2>
          <form method="dialog">
            <label htmlFor="be">이메일</label>
            <input id="be" type="email" autoComplete="email" />
            <button type="submit">취소</button>
          </form>
        </dialog>
      ) : null}
    </>
  );
}

const onCommit: ProfilerOnRenderCallback = (_id, _phase, actualDuration) => void window.__commits.push(actualDuration);

// count executions of PayButton's own render function (memo(forwardRef(render)))
const payButtonType = PayButton as unknown as { type: { render: (...args: unknown[]) => unknown } };
const innerRender = payButtonType.type.render;
payButtonType.type.render = (...args: unknown[]) => {
  window.__renders++;
  return innerRender(...args);
};

function Editor() {
  const [value, setValue] = useState<InicisOptions>({});
  return <InicisBypassEditor value={value} onChange={setValue} />;
}

const payProps = { payMethod: "CARD" as const, orderName: "벤치마크", totalAmount: 1000, customer };
function Rerenders() {
  const [n, setN] = useState(0);
  useEffect(() => {
    window.__rerender = () => setN((x) => x + 1);
  }, []);
  return (
    <div data-n={n}>
      <PayButton {...payProps} />
    </div>
  );
}

function App() {
  return (
    <PortOneProvider storeId="store-bench" channelKeys={{ payment: "channel-key-bench", billingKey: "channel-key-bench" }} device="pc" preload={scenario !== "cold"}>
      {scenario === "baseline" ? <Baseline /> : null}
      {scenario === "preloaded" || scenario === "cold" ? <PayButton {...payProps} /> : null}
      {scenario === "dialog" ? <PayButton {...payProps} customer={{ fullName: "홍길동", phoneNumber: "010-1234-5678" }} /> : null}
      {scenario === "dialog-baseline" ? <DialogBaseline /> : null}
      {scenario === "form" ? (
        <Profiler id="form" onRender={onCommit}>
          <BillingKeyForm issueName="벤치마크" />
        </Profiler>
      ) : null}
      {scenario === "editor" ? <Editor /> : null}
      {scenario === "renders" ? <Rerenders /> : null}
    </PortOneProvider>
  );
}

createRoot(document.getElementById("root")!).render(<App />);
