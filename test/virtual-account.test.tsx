// Issue 18, finding 1: a virtual account that is only issued is not a completed payment. The
// buyer must see where to deposit (bank, number, amount, due date, holder, a copy button), the
// merchant hears onVirtualAccountIssued (never onSuccess), and the landing after a mobile
// redirect ends the same way.
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import type { ReactElement } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PayButton, PortOneProvider } from "../src/index";
import { createSandboxSdk } from "../src/testing/index";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const ACCOUNT = { bank: "SHINHAN", accountNumber: "56211234567890", amount: 39000, currency: "KRW", dueDate: "2026-12-08T14:59:59Z", holder: "주식회사 포트원" };

function issuedAnswer(paymentId: string, withAccount = true) {
  return { ok: false, verdict: "virtual-account-issued", paymentId, amount: 39000, currency: "KRW", ...(withAccount ? { virtualAccount: ACCOUNT } : {}) };
}

let pages: { root: Root; container: HTMLElement }[] = [];
beforeEach(() => window.sessionStorage.clear());
afterEach(() => {
  for (const p of pages) {
    act(() => p.root.unmount());
    p.container.remove();
  }
  pages = [];
  window.history.replaceState(null, "", "/");
  vi.restoreAllMocks();
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

type Spy = (outcome: unknown) => void;
function Checkout(props: { sdk: ReturnType<typeof createSandboxSdk>; device: "pc" | "mobile"; verifyUrl?: string; locale?: "ko" | "en"; on: { onSuccess: Spy; onFailure: Spy; onVirtualAccountIssued: Spy } }) {
  return (
    <PortOneProvider storeId="store-test" channelKeys={{ payment: "ck-pay" }} device={props.device} sdk={props.sdk} preload={false} verifyUrl={props.verifyUrl} locale={props.locale}>
      <PayButton payMethod="VIRTUAL_ACCOUNT" orderName="운동화" totalAmount={39000} customer={customer} onSuccess={props.on.onSuccess} onFailure={props.on.onFailure} onVirtualAccountIssued={props.on.onVirtualAccountIssued}>
        가상계좌로 결제
      </PayButton>
    </PortOneProvider>
  );
}

const callbacks = () => ({ onSuccess: vi.fn<Spy>(), onFailure: vi.fn<Spy>(), onVirtualAccountIssued: vi.fn<Spy>() });

describe("an issued virtual account (issue 18, finding 1)", () => {
  it("with verifyUrl: the account's details from the server, a copy button, onVirtualAccountIssued once, never onSuccess", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const on = callbacks();
    const fetch = vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) => {
      const { paymentId } = JSON.parse(String(init?.body)) as { paymentId: string };
      return { ok: false, json: async () => issuedAnswer(paymentId) } as Response;
    });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await loadPage(<Checkout sdk={sdk} device="pc" verifyUrl="/api/portone/verify" on={on} />);
    const button = screen.getByRole("button", { name: "가상계좌로 결제" });
    await userEvent.click(button);
    await waitFor(() => expect(on.onVirtualAccountIssued).toHaveBeenCalledOnce());
    expect(fetch).toHaveBeenCalledOnce();
    expect(on.onSuccess).not.toHaveBeenCalled();
    expect(on.onFailure).not.toHaveBeenCalled();
    const outcome = on.onVirtualAccountIssued.mock.calls[0]![0] as { status: string; virtualAccount: unknown };
    expect(outcome).toMatchObject({ status: "virtualAccountIssued", flow: "payment", virtualAccount: ACCOUNT });
    expect(button).toHaveAttribute("data-state", "awaiting-deposit");
    expect(screen.queryByText("결제가 완료되었습니다.")).toBeNull();
    expect(screen.getByText(/가상계좌가 발급되었습니다. 아래 계좌로 입금해 주세요/)).toHaveAttribute("role", "status");
    const details = screen.getByText("계좌번호").closest("dl")!;
    expect(details).toHaveTextContent("신한은행");
    expect(details).toHaveTextContent("56211234567890");
    expect(details).toHaveTextContent("39,000원");
    expect(details).toHaveTextContent("주식회사 포트원");
    expect(details).toHaveTextContent("2026. 12. 8.");
    await userEvent.click(screen.getByRole("button", { name: "계좌번호 복사" }));
    expect(writeText).toHaveBeenCalledWith("56211234567890");
    expect(await screen.findByText("계좌번호를 복사했습니다.")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("in English: the sentence and the labels", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const on = callbacks();
    vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) => ({ ok: false, json: async () => issuedAnswer((JSON.parse(String(init?.body)) as { paymentId: string }).paymentId) }) as Response);
    await loadPage(<Checkout sdk={sdk} device="pc" verifyUrl="/api/portone/verify" locale="en" on={on} />);
    await userEvent.click(screen.getByRole("button", { name: "가상계좌로 결제" }));
    await waitFor(() => expect(on.onVirtualAccountIssued).toHaveBeenCalledOnce());
    expect(await screen.findByText(/A virtual account was issued. Please deposit into the account below/)).toBeInTheDocument();
    expect(screen.getByText("Shinhan Bank")).toBeInTheDocument();
    // issue 19: English keeps the won sign where Korean writes 39,000원
    expect(screen.getByText("Shinhan Bank").closest("dl")).toHaveTextContent("₩39,000");
    expect(screen.getByRole("button", { name: "Copy account number" })).toBeInTheDocument();
  });

  it("without verifyUrl: a plain sentence (deposit as the window showed), no details, never onSuccess", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const on = callbacks();
    await loadPage(<Checkout sdk={sdk} device="pc" on={on} />);
    const button = screen.getByRole("button", { name: "가상계좌로 결제" });
    await userEvent.click(button);
    await waitFor(() => expect(on.onVirtualAccountIssued).toHaveBeenCalledOnce());
    expect(on.onSuccess).not.toHaveBeenCalled();
    expect(button).toHaveAttribute("data-state", "awaiting-deposit");
    expect(await screen.findByText(/결제창에 안내된 계좌로 입금해 주세요/)).toBeInTheDocument();
    expect(screen.queryByText("계좌번호")).toBeNull();
  });

  it("after a mobile redirect: the landing is verified with the attempt's verifyUrl and ends issued, not paid", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const on = callbacks();
    window.history.replaceState(null, "", "/checkout");
    await loadPage(<Checkout sdk={sdk} device="mobile" verifyUrl="/api/portone/verify" on={on} />);
    await userEvent.click(screen.getByRole("button", { name: "가상계좌로 결제" }));
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    for (const p of pages) act(() => p.root.unmount());
    pages = [];
    const landing = new URL(navigate.mock.calls[0]![0] as string);
    vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) => ({ ok: false, json: async () => issuedAnswer((JSON.parse(String(init?.body)) as { paymentId: string }).paymentId) }) as Response);
    window.history.replaceState(null, "", landing.pathname + landing.search);
    await loadPage(<Checkout sdk={sdk} device="mobile" verifyUrl="/api/portone/verify" on={on} />);
    await waitFor(() => expect(on.onVirtualAccountIssued).toHaveBeenCalledOnce());
    expect(on.onSuccess).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "가상계좌로 결제" })).toHaveAttribute("data-state", "awaiting-deposit");
    expect(await screen.findByText("56211234567890")).toBeInTheDocument();
  });
});
