// Issue 11, redirect parity. On mobile the Inicis window leaves the page and PortOne sends the
// buyer back to redirectUrl with the result in the query. The component that started the attempt
// must get that result as if the window had answered in the page: its own onSuccess / onFailure,
// exactly once, with the query removed from the address bar. A landing no attempt in this browser
// started must never be a success.
//
// A landing is a new page load. Each "page" here is server-rendered and hydrated, as a Next.js page
// is: React then derives every useId from the tree, so the same tree gets the same component keys
// on both page loads (in a single-page app the same holds because each load starts React afresh).
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Outcome } from "../src/core/outcome";
import { PayButton, PortOneProvider } from "../src/index";
import { createSandboxSdk } from "../src/testing/index";

const STORE = "react-portone-inicis:attempts";
const customer = { fullName: "홍길동" };

let pages: { root: Root; container: HTMLElement }[] = [];
let errors: { mock: { calls: unknown[][] } };
beforeEach(() => {
  window.sessionStorage.clear();
  errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  // no React warning and no error on any page load. React 18's renderToString warns about layout
  // effects because jsdom has a window while it renders "on the server"; a real server has none,
  // so the library uses useEffect there: that one warning is the test's own artefact.
  const reported = errors.mock.calls.filter((c) => !String(c[0]).includes("useLayoutEffect does nothing on the server"));
  for (const p of pages) {
    act(() => p.root.unmount());
    p.container.remove();
  }
  pages = [];
  window.history.replaceState(null, "", "/");
  expect(reported).toEqual([]);
});

/** One page load: server HTML for the current URL, then hydration. */
async function loadPage(tree: ReactElement): Promise<void> {
  const container = document.createElement("div");
  container.innerHTML = renderToString(tree);
  document.body.appendChild(container);
  const recoverable = vi.fn();
  let root!: Root;
  await act(async () => {
    root = hydrateRoot(container, tree, { onRecoverableError: recoverable });
  });
  expect(recoverable).not.toHaveBeenCalled();
  pages.push({ root, container });
}

/** Leaves the current page (the window navigates away). */
function leavePage(): void {
  const page = pages.pop()!;
  act(() => page.root.unmount());
  page.container.remove();
}

interface Callbacks {
  onSuccess?: (o: unknown) => void;
  onFailure?: (o: unknown) => void;
  onCancel?: (o: unknown) => void;
  onRedirectResult?: (o: Outcome) => void;
}

/** The checkout page: two buttons, so a result must find the right one. */
function Checkout({ sdk, onSuccess, onFailure, onCancel, onRedirectResult, verifyUrl }: Callbacks & { sdk: ReturnType<typeof createSandboxSdk>; verifyUrl?: string }) {
  return (
    <PortOneProvider storeId="store-test" channelKeys={{ payment: "ck-pay" }} device="mobile" sdk={sdk} preload={false} onRedirectResult={onRedirectResult} verifyUrl={verifyUrl}>
      <PayButton payMethod="CARD" orderName="양말" totalAmount={5000} customer={customer}>
        양말 결제
      </PayButton>
      <PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={customer} onSuccess={onSuccess} onFailure={onFailure} onCancel={onCancel}>
        운동화 결제
      </PayButton>
    </PortOneProvider>
  );
}

/** Pays for the shoes on the checkout page and returns the URL PortOne sends the buyer back to. */
async function payAndLeave(sdk: ReturnType<typeof createSandboxSdk>, navigate: ReturnType<typeof vi.fn>, verifyUrl?: string): Promise<{ landing: string; paymentId: string }> {
  window.history.replaceState(null, "", "/checkout?step=2");
  await loadPage(<Checkout sdk={sdk} verifyUrl={verifyUrl} />);
  await userEvent.click(screen.getByRole("button", { name: "운동화 결제" }));
  await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
  const paymentId = (sdk.calls[0]!.request as { paymentId: string }).paymentId;
  // the attempt was recorded before the window opened
  expect(window.sessionStorage.getItem(STORE)).toContain(paymentId);
  leavePage();
  const url = new URL(navigate.mock.calls[0]![0] as string);
  return { landing: url.pathname + url.search, paymentId };
}

describe("a mobile redirect lands on the component that started it", () => {
  it("delivers the success to the same PayButton exactly once, and cleans the URL", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { landing, paymentId } = await payAndLeave(sdk, navigate);
    expect(landing).toMatch(/^\/checkout\?step=2&.*paymentId=/);

    window.history.replaceState(null, "", landing);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    const onRedirectResult = vi.fn();
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} onFailure={onFailure} onRedirectResult={onRedirectResult} />);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess).toHaveBeenCalledWith({ status: "success", flow: "payment", paymentId, txId: expect.any(String) });
    expect(window.location.pathname + window.location.search).toBe("/checkout?step=2");
    expect(await screen.findByRole("status")).toHaveTextContent("결제가 완료되었습니다.");
    expect(screen.getByRole("button", { name: "운동화 결제" })).toHaveAttribute("data-state", "success");
    expect(screen.getByRole("button", { name: "양말 결제" })).toHaveAttribute("data-state", "idle");
    expect(onFailure).not.toHaveBeenCalled();
    // the provider observes the landing's final outcome without taking it from the button
    expect(onRedirectResult).toHaveBeenCalledOnce();
    expect(onRedirectResult.mock.calls[0]![0]).toBe(onSuccess.mock.calls[0]![0]);

    // a reload of the clean page delivers nothing again: it is no landing, which the provider
    // decides in its mount effect (run by loadPage), so there is nothing to wait for
    leavePage();
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} onFailure={onFailure} onRedirectResult={onRedirectResult} />);
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onRedirectResult).toHaveBeenCalledOnce();
    // the landing URL opened again is routed, and its record is gone: the observers hear
    // REDIRECT_UNMATCHED, the routing's last event (a delivery to the button would come with it)
    leavePage();
    window.history.replaceState(null, "", landing);
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} onFailure={onFailure} onRedirectResult={onRedirectResult} />);
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledTimes(2));
    expect(onRedirectResult.mock.calls[1]![0]).toMatchObject({ status: "failure", code: "REDIRECT_UNMATCHED", paymentId });
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(onFailure).not.toHaveBeenCalled();
    expect(sdk.calls).toHaveLength(1);
  });

  it("a PG refusal in the query reaches the same button's onFailure, with PortOne's codes", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate, decide: () => ({ result: "failure", pgCode: "V013", pgMessage: "한도초과" }) });
    const { landing, paymentId } = await payAndLeave(sdk, navigate);
    window.history.replaceState(null, "", landing);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} onFailure={onFailure} />);
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", pgCode: "V013", pgMessage: "한도초과", paymentId });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(await screen.findByRole("alert")).toHaveTextContent("결제에 실패했습니다: 한도초과");
    expect(window.location.search).toBe("?step=2");
  });

  // issue 19, item 6: closing the mobile window lands with a PG failure whose message is the cancel
  it("the buyer closing the mobile window lands as a cancel on the same button: onCancel, a calm status, no alert", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate, result: "cancel" });
    const { landing, paymentId } = await payAndLeave(sdk, navigate, "/api/verify");
    expect(landing).toContain("pgCode=01");
    window.history.replaceState(null, "", landing);
    const fetch = vi.spyOn(globalThis, "fetch");
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    const onCancel = vi.fn();
    const onRedirectResult = vi.fn();
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} onFailure={onFailure} onCancel={onCancel} onRedirectResult={onRedirectResult} verifyUrl="/api/verify" />);
    await waitFor(() => expect(onCancel).toHaveBeenCalledOnce());
    expect(onCancel.mock.calls[0]![0]).toMatchObject({ status: "cancelled", flow: "payment", code: "BUYER_CLOSED_WINDOW", paymentId, pgCode: "01" });
    expect(onFailure).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onRedirectResult).toHaveBeenCalledWith(onCancel.mock.calls[0]![0]);
    // nothing was paid, so there is nothing for the server to verify
    expect(fetch).not.toHaveBeenCalled();
    expect(await screen.findByRole("status")).toHaveTextContent("결제를 취소했습니다.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "운동화 결제" })).toHaveAttribute("data-state", "cancelled");
    expect(window.location.search).toBe("?step=2");
  });

  it("the same landing URL opened again (back button, a shared link) matches nothing: REDIRECT_UNMATCHED, never a success", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { landing } = await payAndLeave(sdk, navigate);
    const onSuccess = vi.fn();
    window.history.replaceState(null, "", landing);
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} />);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    leavePage();

    window.history.replaceState(null, "", landing);
    const onRedirectResult = vi.fn();
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} onRedirectResult={onRedirectResult} />);
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledOnce());
    expect(onRedirectResult.mock.calls[0]![0]).toMatchObject({ status: "failure", code: "REDIRECT_UNMATCHED" });
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(window.location.search).toBe("?step=2");
  });

  it("with verifyUrl, the landing is a success only when the server confirms it", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { landing, paymentId } = await payAndLeave(sdk, navigate, "/api/portone/verify");
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue({ ok: true, json: async () => ({ ok: false, verdict: "not-paid" }) } as Response);
    window.history.replaceState(null, "", landing);
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    // the attempt recorded its verifyUrl: the landing page needs none of its own
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} onFailure={onFailure} />);
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ code: "VERIFY_REFUSED", verification: { verdict: "not-paid" } });
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).toMatchObject({ paymentId });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.getByRole("status")).toHaveTextContent("결제 내역을 확인하고 있습니다.");
  });
});

describe("a landing no attempt in this browser started", () => {
  it.each([
    { name: "a forged success", query: "?paymentId=pay-forged&txId=tx-1&transactionType=PAYMENT" },
    { name: "a success for another browser's attempt", query: "?paymentId=pay-elsewhere&transactionType=PAYMENT" },
    { name: "a forged billing key", query: "?billingKey=bk-forged&transactionType=ISSUE_BILLING_KEY" },
  ])("$name goes to onRedirectResult as REDIRECT_UNMATCHED; no component's onSuccess runs", async ({ query }) => {
    window.sessionStorage.setItem(STORE, JSON.stringify([{ id: "pay-mine", flow: "payment", key: "payment-not-this-one", at: Date.now() }]));
    window.history.replaceState(null, "", `/checkout${query}&utm_source=mail`);
    const sdk = createSandboxSdk({ device: "mobile", navigate: vi.fn() });
    const onSuccess = vi.fn();
    const onFailure = vi.fn();
    const onRedirectResult = vi.fn();
    await loadPage(<Checkout sdk={sdk} onSuccess={onSuccess} onFailure={onFailure} onRedirectResult={onRedirectResult} />);
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledOnce());
    expect(onRedirectResult.mock.calls[0]![0]).toMatchObject({ status: "failure", code: "REDIRECT_UNMATCHED" });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    expect(window.location.search).toBe("?utm_source=mail");
    for (const button of screen.getAllByRole("button")) expect(button).toHaveAttribute("data-state", "idle");
    expect(window.sessionStorage.getItem(STORE)).toContain("pay-mine");
  });
});
