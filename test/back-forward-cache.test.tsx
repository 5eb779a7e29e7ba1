// Issue 20: Back from a payment window that left the page. The browser restores the checkout from
// its back/forward cache as it was (pageshow, persisted): the SDK's promise never settles. The
// attempt must end `cancelled` (onCancel once, no alert), the button be usable at once, and the
// record stay so a landing that arrives later still reaches the same button.
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import type { ReactElement } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PayButton, PortOneProvider } from "../src/index";
import { createSandboxSdk } from "../src/testing/index";

const STORE = "react-portone-inicis:attempts";
const customer = { fullName: "홍길동" };
let pages: { root: Root; container: HTMLElement }[] = [];

beforeEach(() => window.sessionStorage.clear());
afterEach(() => {
  for (const p of pages) {
    act(() => p.root.unmount());
    p.container.remove();
  }
  pages = [];
  window.history.replaceState(null, "", "/");
});

async function loadPage(tree: ReactElement): Promise<void> {
  const container = document.createElement("div");
  container.innerHTML = renderToString(tree);
  document.body.appendChild(container);
  let root!: Root;
  await act(async () => {
    root = hydrateRoot(container, tree);
  });
  pages.push({ root, container });
}

const transition = (type: "pagehide" | "pageshow", persisted: boolean) => Object.assign(new Event(type), { persisted });

function Checkout(props: { sdk: ReturnType<typeof createSandboxSdk>; onSuccess?: () => void; onCancel?: () => void; onFailure?: () => void }) {
  return (
    <PortOneProvider storeId="store-test" channelKeys={{ payment: "ck-pay" }} device="mobile" sdk={props.sdk} preload={false}>
      <PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={customer} onSuccess={props.onSuccess} onCancel={props.onCancel} onFailure={props.onFailure}>
        운동화 결제
      </PayButton>
    </PortOneProvider>
  );
}

describe("Back from the mobile payment window (back/forward cache)", () => {
  it("ends the attempt cancelled once, frees the button, keeps the record; a later landing still reaches the button", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const onCancel = vi.fn();
    const onFailure = vi.fn();
    const onSuccess = vi.fn();
    window.history.replaceState(null, "", "/checkout");
    await loadPage(<Checkout sdk={sdk} onCancel={onCancel} onFailure={onFailure} onSuccess={onSuccess} />);
    const button = screen.getByRole("button", { name: /운동화 결제|결제/ });
    await userEvent.click(button);
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    await waitFor(() => expect(button).toHaveAttribute("data-state", "redirecting"));
    expect(button).toBeDisabled();

    // the page leaves for the window, then Back restores it from the cache
    act(() => {
      window.dispatchEvent(transition("pagehide", true));
      window.dispatchEvent(transition("pageshow", true));
    });
    await waitFor(() => expect(onCancel).toHaveBeenCalledOnce());
    expect(onCancel.mock.calls[0]![0]).toMatchObject({ status: "cancelled", flow: "payment", code: "BUYER_WENT_BACK" });
    expect(onFailure).not.toHaveBeenCalled();
    expect(button).toBeEnabled();
    expect(button).toHaveAttribute("data-state", "cancelled");
    expect(screen.queryByRole("alert")).toBeNull();
    const paymentId = (sdk.calls[0]!.request as { paymentId: string }).paymentId;
    expect(window.sessionStorage.getItem(STORE)).toContain(paymentId);

    // a second pageshow changes nothing
    act(() => window.dispatchEvent(transition("pageshow", true)));
    expect(onCancel).toHaveBeenCalledOnce();

    // the buyer finished the payment after all: its landing is a new page load that finds the button
    const landing = new URL(navigate.mock.calls[0]![0] as string);
    for (const p of pages) act(() => p.root.unmount());
    pages = [];
    window.history.replaceState(null, "", landing.pathname + landing.search);
    await loadPage(<Checkout sdk={sdk} onCancel={onCancel} onFailure={onFailure} onSuccess={onSuccess} />);
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", paymentId });
    expect(screen.getByRole("button", { name: "운동화 결제" })).toHaveAttribute("data-state", "success");
  });

  it("a pagehide/pageshow pair with no window gone changes nothing", async () => {
    const sdk = createSandboxSdk({ device: "mobile", navigate: vi.fn() });
    const onCancel = vi.fn();
    await loadPage(<Checkout sdk={sdk} onCancel={onCancel} />);
    act(() => {
      window.dispatchEvent(transition("pagehide", true));
      window.dispatchEvent(transition("pageshow", true));
    });
    expect(onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "운동화 결제" })).toHaveAttribute("data-state", "idle");
  });

  it("a normal reload's pageshow (not persisted) does not cancel a redirecting attempt", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const onCancel = vi.fn();
    await loadPage(<Checkout sdk={sdk} onCancel={onCancel} />);
    await userEvent.click(screen.getByRole("button", { name: "운동화 결제" }));
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    act(() => {
      window.dispatchEvent(transition("pagehide", false));
      window.dispatchEvent(transition("pageshow", false));
    });
    expect(onCancel).not.toHaveBeenCalled();
  });
});
