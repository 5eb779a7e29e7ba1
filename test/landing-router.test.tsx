// Issue 16: a payment's result reaches the component that started it, on every route, verified as
// it asked. These tests cover the landing router's findings (1, 2, 3, 4, 6 after a landing, 7)
// through the package entry, as the buyer's browser sees it: each page load is server-rendered and
// hydrated, a landing is a new page load, leaving a page unmounts it, and sessionStorage carries
// the recorded attempt from one page load to the next.
import type { PaymentRequest } from "@portone/browser-sdk/v2";
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect, type ReactElement, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import {
  BillingKeyForm,
  PayButton,
  PhoneBillingButton,
  PortOneProvider,
  usePayment,
  usePaymentRedirect,
  usePortOne,
  type Outcome,
  type PortOneSdk,
} from "../src/index";
import { createSandboxSdk, type SandboxSdk } from "../src/testing/index";
import { ATTEMPTS, createGate, jsonAnswer, landingOf, Later, pageLoads, realPause } from "./support/page-loads";

const pages = pageLoads();

// how often a provider loaded the landing's router: it decides at mount whether a page is a landing
const landingLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../src/react/loaders", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/react/loaders")>();
  return {
    ...real,
    loadLanding: () => {
      landingLoads.count++;
      return real.loadLanding();
    },
  };
});
beforeEach(() => {
  landingLoads.count = 0;
});

// captured before any test fakes the clock: a cap on waiting is real time
const realNow = Date.now;
/** One turn of the event loop: the promise continuations pending now have all run after it. */
const turn = (): Promise<void> => act(() => new Promise<void>((r) => setImmediate(r)));

const CHANNELS = { payment: "ck-pay", billingKey: "ck-bk", phoneBilling: "ck-phone" };
const name = { fullName: "홍길동" };
const buyer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const LANDING_URL = new URL("/payment/landing", window.location.origin).href;

type Callback = Mock<(outcome: unknown) => void>;
type Callbacks<K extends string> = Record<K, { onSuccess: Callback; onFailure: Callback }>;

function callbacks<K extends string>(...ids: K[]): Callbacks<K> {
  const out = {} as Callbacks<K>;
  for (const id of ids) out[id] = { onSuccess: vi.fn(), onFailure: vi.fn() };
  return out;
}

/** The provider every page of the shop has (a Next.js layout): mobile, the sandbox or another SDK. */
function Shop(props: { sdk: PortOneSdk; verifyUrl?: string; onRedirectResult?: (outcome: Outcome) => void; preload?: boolean; children: ReactNode }): ReactNode {
  return (
    <PortOneProvider storeId="store-test" channelKeys={CHANNELS} device="mobile" sdk={props.sdk} preload={props.preload ?? false} verifyUrl={props.verifyUrl} onRedirectResult={props.onRedirectResult}>
      {props.children}
    </PortOneProvider>
  );
}

interface Item {
  id: "socks" | "shoes";
  orderName: string;
  totalAmount: number;
}
const SOCKS: Item = { id: "socks", orderName: "양말", totalAmount: 5000 };
const SHOES: Item = { id: "shoes", orderName: "운동화", totalAmount: 39000 };
const label = (item: Item): string => `${item.orderName} 결제`;

/** A product list: one PayButton per product, in the order given. */
function Products({ items, on, verifyUrl }: { items: Item[]; on?: Partial<Callbacks<Item["id"]>>; verifyUrl?: string | false }): ReactNode {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <PayButton
            payMethod="CARD"
            orderName={item.orderName}
            totalAmount={item.totalAmount}
            customer={name}
            verifyUrl={verifyUrl}
            onSuccess={on?.[item.id]?.onSuccess}
            onFailure={on?.[item.id]?.onFailure}
            data-product={item.id}
          >
            {label(item)}
          </PayButton>
        </li>
      ))}
    </ul>
  );
}

const buttonOf = (item: Item): HTMLElement => screen.getByRole("button", { name: label(item) });
const stateOf = (id: Item["id"]): string | null => document.querySelector(`[data-product="${id}"]`)?.getAttribute("data-state") ?? null;

/** Shows what usePaymentRedirect() returns, and reports every value it rendered. */
function RedirectView({ seen, stripQuery }: { seen?: (outcome: Outcome | null) => void; stripQuery?: boolean }): ReactNode {
  const outcome = usePaymentRedirect(stripQuery ? { stripQuery: true } : undefined);
  useEffect(() => seen?.(outcome), [seen, outcome]);
  return <output data-testid="redirect">{outcome ? JSON.stringify(outcome) : "none"}</output>;
}
const redirectShown = (): unknown => {
  const text = screen.getByTestId("redirect").textContent ?? "none";
  return text === "none" ? null : JSON.parse(text);
};

/** Shows the provider's load status (the engine has loaded once it is `ready`). */
function LoadStatus(): ReactNode {
  return <span data-testid="load">{usePortOne().loadStatus}</span>;
}

/** Loads the checkout (a full page load), clicks `button`, and leaves for the payment page. */
async function payOn(tree: ReactElement, button: string, sdk: SandboxSdk, navigate: Mock, at = "/checkout?step=2"): Promise<{ request: Record<string, unknown>; landing: string }> {
  window.history.replaceState(null, "", at);
  await pages.load(tree);
  await userEvent.click(screen.getByRole("button", { name: button }));
  await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
  const request = sdk.calls.at(-1)!.request as unknown as Record<string, unknown>;
  pages.leave();
  return { request, landing: landingOf(navigate) };
}

/** A fetch stand-in for the verify route: answers `paid` for the order's amount, or what `answer` says. */
function verifyRoute(answer?: (body: { paymentId: string; txId?: string }) => unknown) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { paymentId: string; txId?: string };
    return jsonAnswer(answer ? answer(body) : { ok: true, verdict: "paid", paymentId: body.paymentId, amount: 39000, currency: "KRW" });
  });
}

/**
 * Waits for a check while real time passes (also when the test fakes the page's clock, which then
 * moves along). The cap is real time, as long as findBy*'s, so a loaded machine waits longer
 * instead of failing.
 */
async function eventually(check: () => void, capMs = 10_000): Promise<void> {
  const start = realNow();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (realNow() - start >= capMs) throw error;
    }
    await act(async () => {
      if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(10);
      await realPause(10);
    });
  }
}

describe("finding 1: a landing is matched by what the attempt was for, not by where the component sits", () => {
  function Home(): ReactNode {
    return (
      <nav>
        <a href="/checkout?step=2">장바구니</a>
      </nav>
    );
  }
  function App({ route, sdk, on, onRedirectResult }: { route: "home" | "checkout"; sdk: PortOneSdk; on?: Callbacks<Item["id"]>; onRedirectResult?: (o: Outcome) => void }): ReactNode {
    return (
      <Shop sdk={sdk} onRedirectResult={onRedirectResult}>
        {route === "home" ? <Home /> : <Products items={[SOCKS, SHOES]} on={on} />}
      </Shop>
    );
  }

  it.each([
    { how: "Next.js <Link>: the server-rendered home page's root renders the checkout", first: (tree: ReactElement) => pages.load(tree) },
    { how: "a single-page app: createRoot renders the home page, then the checkout", first: (tree: ReactElement) => pages.client(tree) },
  ])("1: a checkout reached by client-side navigation ($how) gets its own result after the landing", async ({ first }) => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    await first(<App route="home" sdk={sdk} />);
    window.history.pushState(null, "", "/checkout?step=2");
    await pages.navigate(<App route="checkout" sdk={sdk} />);
    await userEvent.click(buttonOf(SHOES));
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const { paymentId } = sdk.calls[0]!.request as PaymentRequest;
    expect(window.sessionStorage.getItem(ATTEMPTS)).toContain(paymentId);
    pages.leave();

    // PortOne sends the buyer back: a full page load of the checkout
    window.history.replaceState(null, "", landingOf(navigate));
    const on = callbacks("socks", "shoes");
    await pages.load(<App route="checkout" sdk={sdk} on={on} />);
    await waitFor(() => expect(on.shoes.onSuccess).toHaveBeenCalledOnce());
    expect(on.shoes.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "success", flow: "payment", paymentId, txId: expect.any(String) }));
    expect(stateOf("shoes")).toBe("success");
    expect(stateOf("socks")).toBe("idle");
    expect(on.shoes.onFailure).not.toHaveBeenCalled();
    expect(on.socks.onSuccess).not.toHaveBeenCalled();
    expect(window.location.pathname + window.location.search).toBe("/checkout?step=2");
  });

  it("1: two PayButtons whose order changes after the redirect: only the paid product's onSuccess runs", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(
      <Shop sdk={sdk}>
        <Products items={[SOCKS, SHOES]} />
      </Shop>,
      label(SOCKS),
      sdk,
      navigate,
    );

    // the shop sorts its list differently after the redirect (by price, a new recommendation, ...)
    window.history.replaceState(null, "", landing);
    const on = callbacks("socks", "shoes");
    await pages.load(
      <Shop sdk={sdk}>
        <Products items={[SHOES, SOCKS]} on={on} />
      </Shop>,
    );
    await waitFor(() => expect(on.socks.onSuccess).toHaveBeenCalledOnce());
    expect(on.socks.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "success", paymentId: request.paymentId }));
    // the router delivers a landing once, to one owner: with the socks' onSuccess it is done
    expect(on.shoes.onSuccess).not.toHaveBeenCalled();
    expect(on.shoes.onFailure).not.toHaveBeenCalled();
    expect(stateOf("socks")).toBe("success");
    expect(stateOf("shoes")).toBe("idle");
  });

  it("1: two PayButtons with the same request told apart by attemptKey, in another order after the redirect: only the paid one's onSuccess runs", async () => {
    type Size = "250" | "270";
    function Sizes({ order, on }: { order: Size[]; on?: Callbacks<Size> }): ReactNode {
      return order.map((size) => (
        <PayButton key={size} attemptKey={`shoes-${size}`} payMethod="CARD" orderName="운동화" totalAmount={39000} customer={name} onSuccess={on?.[size].onSuccess} onFailure={on?.[size].onFailure} data-size={size}>
          {`${size} 결제`}
        </PayButton>
      ));
    }
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(
      <Shop sdk={sdk}>
        <Sizes order={["250", "270"]} />
      </Shop>,
      "270 결제",
      sdk,
      navigate,
    );

    window.history.replaceState(null, "", landing);
    const on = callbacks<Size>("250", "270");
    await pages.load(
      <Shop sdk={sdk}>
        <Sizes order={["270", "250"]} on={on} />
      </Shop>,
    );
    await waitFor(() => expect(on["270"].onSuccess).toHaveBeenCalledOnce());
    expect(on["270"].onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "success", paymentId: request.paymentId }));
    // the router delivers a landing once, to one owner: with the 270's onSuccess it is done
    expect(on["250"].onSuccess).not.toHaveBeenCalled();
    expect(on["250"].onFailure).not.toHaveBeenCalled();
    expect(document.querySelector('[data-size="270"]')).toHaveAttribute("data-state", "success");
    expect(document.querySelector('[data-size="250"]')).toHaveAttribute("data-state", "idle");
  });

  it("1: usePayment({ attemptKey }) on a checkout reached by client-side navigation gets its own result after the landing", async () => {
    function PlanButton({ onSuccess }: { onSuccess?: Callback }): ReactNode {
      const pay = usePayment({ attemptKey: "plan-pro", onSuccess });
      return (
        <button type="button" data-status={pay.status} onClick={() => void pay.request({ payMethod: "CARD", orderName: "프로 요금제", totalAmount: 9900, customer: name })}>
          요금제 결제
        </button>
      );
    }
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    window.history.replaceState(null, "", "/");
    await pages.client(
      <Shop sdk={sdk}>
        <p>요금제 안내</p>
      </Shop>,
    );
    window.history.pushState(null, "", "/plans");
    await pages.navigate(
      <Shop sdk={sdk}>
        <PlanButton />
      </Shop>,
    );
    await userEvent.click(screen.getByRole("button", { name: "요금제 결제" }));
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const { paymentId } = sdk.calls[0]!.request as PaymentRequest;
    pages.leave();

    window.history.replaceState(null, "", landingOf(navigate));
    const onSuccess: Callback = vi.fn();
    await pages.load(
      <Shop sdk={sdk}>
        <PlanButton onSuccess={onSuccess} />
      </Shop>,
    );
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "success", flow: "payment", paymentId }));
    expect(screen.getByRole("button", { name: "요금제 결제" })).toHaveAttribute("data-status", "success");
  });

  it("1: a landing for a product no longer on the page never reaches another product's button; onRedirectResult observes it", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(
      <Shop sdk={sdk}>
        <Products items={[SOCKS, SHOES]} />
      </Shop>,
      label(SHOES),
      sdk,
      navigate,
    );
    window.history.replaceState(null, "", landing);
    const on = callbacks("socks");
    const onRedirectResult = vi.fn();
    await pages.load(
      <Shop sdk={sdk} onRedirectResult={onRedirectResult}>
        <Products items={[SOCKS]} on={on} />
      </Shop>,
    );
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledOnce());
    expect(onRedirectResult.mock.calls[0]![0]).toMatchObject({ flow: "payment", paymentId: request.paymentId });
    expect(on.socks.onSuccess).not.toHaveBeenCalled();
    expect(on.socks.onFailure).not.toHaveBeenCalled();
    expect(stateOf("socks")).toBe("idle");
  });
});

describe("finding 2: the verifyUrl the attempt was started with verifies its landing", () => {
  it("2: PayButton verifyUrl (no provider verifyUrl): the landing POSTs { paymentId, txId } there and is a success on ok: true, paid", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(
      <Shop sdk={sdk}>
        <Products items={[SOCKS, SHOES]} verifyUrl="/api/own" />
      </Shop>,
      label(SHOES),
      sdk,
      navigate,
    );
    const txId = new URLSearchParams(landing.split("?")[1]).get("txId");
    const fetch = verifyRoute();
    window.history.replaceState(null, "", landing);
    const on = callbacks("socks", "shoes");
    await pages.load(
      <Shop sdk={sdk}>
        <Products items={[SOCKS, SHOES]} on={on} verifyUrl="/api/own" />
      </Shop>,
    );
    await waitFor(() => expect(on.shoes.onSuccess).toHaveBeenCalledOnce());
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(String(url)).toBe("/api/own");
    expect(init?.method).toBe("POST");
    expect(JSON.parse(String(init?.body))).toEqual({ paymentId: request.paymentId, txId });
    expect(on.shoes.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "success", paymentId: request.paymentId, verification: expect.objectContaining({ ok: true, verdict: "paid" }) }));
    expect(stateOf("shoes")).toBe("success");
  });

  it("2: PayButton verifyUrl refusing the landing: onFailure with VERIFY_REFUSED, never onSuccess (a landing URL opened by hand is no success)", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(
      <Shop sdk={sdk}>
        <Products items={[SHOES]} verifyUrl="/api/own" />
      </Shop>,
      label(SHOES),
      sdk,
      navigate,
    );
    const fetch = verifyRoute((body) => ({ ok: false, verdict: "not-paid", paymentId: body.paymentId, status: "READY" }));
    window.history.replaceState(null, "", landing);
    const on = callbacks("shoes");
    await pages.load(
      <Shop sdk={sdk}>
        <Products items={[SHOES]} on={on} verifyUrl="/api/own" />
      </Shop>,
    );
    await waitFor(() => expect(on.shoes.onFailure).toHaveBeenCalledOnce());
    expect(on.shoes.onFailure.mock.calls[0]![0]).toMatchObject({ status: "failure", code: "VERIFY_REFUSED", paymentId: request.paymentId, verification: { verdict: "not-paid" } });
    expect(String(fetch.mock.calls[0]![0])).toBe("/api/own");
    expect(on.shoes.onSuccess).not.toHaveBeenCalled();
    expect(stateOf("shoes")).toBe("error");
  });

  it("2: verifyUrl={false} on the button: no POST after the landing, even though the provider has a verifyUrl", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(
      <Shop sdk={sdk} verifyUrl="/api/portone/verify">
        <Products items={[SHOES]} verifyUrl={false} />
      </Shop>,
      label(SHOES),
      sdk,
      navigate,
    );
    // were it asked, this server would refuse
    const fetch = verifyRoute((body) => ({ ok: false, verdict: "unknown-order", paymentId: body.paymentId }));
    window.history.replaceState(null, "", landing);
    const on = callbacks("shoes");
    await pages.load(
      <Shop sdk={sdk} verifyUrl="/api/portone/verify">
        <Products items={[SHOES]} on={on} verifyUrl={false} />
      </Shop>,
    );
    await waitFor(() => expect(on.shoes.onSuccess).toHaveBeenCalledOnce());
    expect(on.shoes.onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", paymentId: request.paymentId });
    expect(on.shoes.onSuccess.mock.calls[0]![0]).not.toHaveProperty("verification");
    expect(fetch).not.toHaveBeenCalled();
    expect(on.shoes.onFailure).not.toHaveBeenCalled();
  });

  it("2: usePayment({ verifyUrl, attemptKey }) verifies its landing with its own verifyUrl", async () => {
    function PlanButton({ onSuccess, onFailure }: { onSuccess?: Callback; onFailure?: Callback }): ReactNode {
      const pay = usePayment({ attemptKey: "plan-pro", verifyUrl: "/api/plan/verify", onSuccess, onFailure });
      return (
        <button type="button" data-status={pay.status} onClick={() => void pay.request({ payMethod: "CARD", orderName: "프로 요금제", totalAmount: 9900, customer: name })}>
          요금제 결제
        </button>
      );
    }
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(
      <Shop sdk={sdk}>
        <PlanButton />
      </Shop>,
      "요금제 결제",
      sdk,
      navigate,
    );
    const fetch = verifyRoute((body) => ({ ok: true, verdict: "paid", paymentId: body.paymentId, amount: 9900, currency: "KRW" }));
    window.history.replaceState(null, "", landing);
    const onSuccess: Callback = vi.fn();
    const onFailure: Callback = vi.fn();
    await pages.load(
      <Shop sdk={sdk}>
        <PlanButton onSuccess={onSuccess} onFailure={onFailure} />
      </Shop>,
    );
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(fetch).toHaveBeenCalledOnce();
    expect(String(fetch.mock.calls[0]![0])).toBe("/api/plan/verify");
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).toMatchObject({ paymentId: request.paymentId });
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", paymentId: request.paymentId, verification: { ok: true, verdict: "paid" } });
    expect(onFailure).not.toHaveBeenCalled();
  });
});

describe("finding 3: a landing page of its own, usePaymentRedirect and onRedirectResult", () => {
  /** The checkout sends the buyer back to a page of its own. */
  function Checkout({ sdk }: { sdk: PortOneSdk }): ReactNode {
    return (
      <Shop sdk={sdk} verifyUrl="/api/portone/verify">
        <PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={name} redirectUrl={LANDING_URL}>
          운동화 결제
        </PayButton>
      </Shop>
    );
  }
  /** /payment/landing: the provider and usePaymentRedirect(), no button. */
  function LandingPage({ sdk, seen, onRedirectResult }: { sdk: PortOneSdk; seen: (o: Outcome | null) => void; onRedirectResult: (o: Outcome) => void }): ReactNode {
    return (
      <Shop sdk={sdk} verifyUrl="/api/portone/verify" onRedirectResult={onRedirectResult}>
        <h1>결제 결과</h1>
        <RedirectView seen={seen} />
      </Shop>
    );
  }

  it.each([
    { verdict: "paid", answer: { ok: true, verdict: "paid", amount: 39000, currency: "KRW" }, outcome: { status: "success", verification: { ok: true, verdict: "paid" } } },
    { verdict: "not-paid", answer: { ok: false, verdict: "not-paid", status: "READY" }, outcome: { status: "failure", code: "VERIFY_REFUSED", verification: { verdict: "not-paid" } } },
  ])("3: on /payment/landing, usePaymentRedirect() is null until the server's verdict ($verdict), then the verified outcome", async ({ answer, outcome }) => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(<Checkout sdk={sdk} />, "운동화 결제", sdk, navigate);
    expect(request.redirectUrl).toBe(LANDING_URL);
    expect(landing.startsWith("/payment/landing?")).toBe(true);

    let reply: (r: Response) => void = () => undefined;
    const fetch = vi.spyOn(globalThis, "fetch").mockImplementation(() => new Promise<Response>((resolve) => (reply = resolve)));
    window.history.replaceState(null, "", landing);
    const seen: Mock<(o: Outcome | null) => void> = vi.fn();
    const onRedirectResult = vi.fn();
    await pages.load(<LandingPage sdk={sdk} seen={seen} onRedirectResult={onRedirectResult} />);
    await waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    expect(String(fetch.mock.calls[0]![0])).toBe("/api/portone/verify");
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).toMatchObject({ paymentId: request.paymentId });
    // the server has not answered (the test holds its answer): nothing is final yet, also once
    // everything the POST's start set going has run
    await turn();
    expect(redirectShown()).toBeNull();
    expect(seen.mock.calls.every(([o]) => o === null)).toBe(true);
    expect(onRedirectResult).not.toHaveBeenCalled();

    await act(async () => reply(jsonAnswer({ ...answer, paymentId: request.paymentId })));
    await waitFor(() => expect(redirectShown()).toMatchObject({ ...outcome, flow: "payment", paymentId: request.paymentId }));
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledOnce());
    expect(onRedirectResult.mock.calls[0]![0]).toMatchObject({ ...outcome, paymentId: request.paymentId });
    expect(fetch).toHaveBeenCalledOnce();
    if (outcome.status !== "success") expect(seen.mock.calls.some(([o]) => o?.status === "success")).toBe(false);
    expect(window.location.pathname).toBe("/payment/landing");
    expect(new URLSearchParams(window.location.search).has("paymentId")).toBe(false);
  });

  it("3: a forged landing on /payment/landing is REDIRECT_UNMATCHED for usePaymentRedirect() and onRedirectResult, never a success", async () => {
    const sdk = createSandboxSdk({ device: "mobile", navigate: vi.fn() });
    // even a server that would say "paid" makes no success of a landing no attempt started
    verifyRoute((body) => ({ ok: true, verdict: "paid", paymentId: body.paymentId, amount: 39000, currency: "KRW" }));
    window.history.replaceState(null, "", "/payment/landing?transactionType=PAYMENT&paymentId=pay-forged&txId=tx-forged");
    const seen: Mock<(o: Outcome | null) => void> = vi.fn();
    const onRedirectResult = vi.fn();
    await pages.load(<LandingPage sdk={sdk} seen={seen} onRedirectResult={onRedirectResult} />);
    await waitFor(() => expect(redirectShown()).toMatchObject({ status: "failure", code: "REDIRECT_UNMATCHED" }));
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledOnce());
    expect(onRedirectResult.mock.calls[0]![0]).toMatchObject({ status: "failure", code: "REDIRECT_UNMATCHED" });
    expect(seen.mock.calls.some(([o]) => o?.status === "success")).toBe(false);
    // a landing loads the router (finding 4 counts on this to show a page that is none does not)
    expect(landingLoads.count).toBe(1);
  });

  it("3: usePaymentRedirect({ stripQuery: true }) on the checkout does not hide the landing: the button gets it and onRedirectResult observes it", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request, landing } = await payOn(
      <Shop sdk={sdk}>
        <Products items={[SOCKS, SHOES]} />
      </Shop>,
      label(SHOES),
      sdk,
      navigate,
    );
    window.history.replaceState(null, "", landing);
    const on = callbacks("socks", "shoes");
    const onRedirectResult = vi.fn();
    await pages.load(
      <Shop sdk={sdk} onRedirectResult={onRedirectResult}>
        <RedirectView stripQuery />
        <Products items={[SOCKS, SHOES]} on={on} />
      </Shop>,
    );
    await waitFor(() => expect(on.shoes.onSuccess).toHaveBeenCalledOnce());
    expect(on.shoes.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "success", paymentId: request.paymentId }));
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledOnce());
    expect(onRedirectResult.mock.calls[0]![0]).toMatchObject({ status: "success", paymentId: request.paymentId });
    await waitFor(() => expect(redirectShown()).toMatchObject({ status: "success", paymentId: request.paymentId }));
    expect(on.socks.onSuccess).not.toHaveBeenCalled();
    expect(window.location.pathname + window.location.search).toBe("/checkout?step=2");
  });

  it("3: usePaymentRedirect({ stripQuery: true }) does not hide a forged landing from onRedirectResult (REDIRECT_UNMATCHED)", async () => {
    const sdk = createSandboxSdk({ device: "mobile", navigate: vi.fn() });
    window.history.replaceState(null, "", "/checkout?transactionType=PAYMENT&paymentId=pay-forged&txId=tx-forged&utm_source=mail");
    const on = callbacks("socks", "shoes");
    const onRedirectResult = vi.fn();
    await pages.load(
      <Shop sdk={sdk} onRedirectResult={onRedirectResult}>
        <RedirectView stripQuery />
        <Products items={[SOCKS, SHOES]} on={on} />
      </Shop>,
    );
    await waitFor(() => expect(onRedirectResult).toHaveBeenCalledOnce());
    expect(onRedirectResult.mock.calls[0]![0]).toMatchObject({ status: "failure", code: "REDIRECT_UNMATCHED" });
    for (const id of ["socks", "shoes"] as const) {
      expect(on[id].onSuccess).not.toHaveBeenCalled();
      expect(stateOf(id)).toBe("idle");
    }
  });
});

describe("finding 4: only PortOne's landings are consumed", () => {
  it.each([
    { what: "an OAuth callback", query: "?code=abc&state=xyz" },
    { what: "a promo code", query: "?code=SUMMER10" },
    { what: "the merchant's own paymentId", query: "?paymentId=order-7&ref=mail" },
    { what: "transactionType with neither paymentId nor billingKey", query: "?transactionType=PAYMENT&code=abc" },
  ])("4: $what ($query) is no landing: the query stays untouched and nobody is told of a payment", async ({ query }) => {
    const sdk = createSandboxSdk({ device: "mobile", navigate: vi.fn() });
    window.history.replaceState(null, "", `/checkout${query}`);
    const on = callbacks("socks", "shoes");
    const onRedirectResult = vi.fn();
    await pages.load(
      <Shop sdk={sdk} preload onRedirectResult={onRedirectResult}>
        <LoadStatus />
        <RedirectView />
        <Products items={[SOCKS, SHOES]} on={on} />
      </Shop>,
    );
    // the provider's mount effect (run by the page load) found no landing, so it never loaded the
    // router: nothing can come later, and there is nothing to wait for
    expect(landingLoads.count).toBe(0);
    await waitFor(() => expect(screen.getByTestId("load")).toHaveTextContent("ready"));
    expect(window.location.pathname + window.location.search).toBe(`/checkout${query}`);
    expect(onRedirectResult).not.toHaveBeenCalled();
    expect(redirectShown()).toBeNull();
    for (const id of ["socks", "shoes"] as const) {
      expect(on[id].onSuccess).not.toHaveBeenCalled();
      expect(on[id].onFailure).not.toHaveBeenCalled();
      expect(stateOf(id)).toBe("idle");
    }
  });

  it("4: the default redirectUrl keeps the merchant's own code and message keys", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    window.history.replaceState(null, "", "/checkout?code=SUMMER10&message=welcome");
    await pages.load(
      <Shop sdk={sdk}>
        <Products items={[SHOES]} />
      </Shop>,
    );
    await userEvent.click(buttonOf(SHOES));
    await waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const sent = new URL(String(sdk.calls[0]!.request.redirectUrl));
    expect(sent.pathname).toBe("/checkout");
    expect(sent.searchParams.get("code")).toBe("SUMMER10");
    expect(sent.searchParams.get("message")).toBe("welcome");
    expect(window.location.search).toBe("?code=SUMMER10&message=welcome");
  });

  it("4: an empty code= in a real landing is a failure, never a success", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request } = await payOn(
      <Shop sdk={sdk}>
        <Products items={[SOCKS, SHOES]} />
      </Shop>,
      label(SHOES),
      sdk,
      navigate,
    );
    window.history.replaceState(null, "", landingOf(navigate, { code: "" }));
    expect(new URLSearchParams(window.location.search).get("code")).toBe("");
    const on = callbacks("socks", "shoes");
    await pages.load(
      <Shop sdk={sdk}>
        <Products items={[SOCKS, SHOES]} on={on} />
      </Shop>,
    );
    await waitFor(() => expect(on.shoes.onFailure).toHaveBeenCalledOnce());
    expect(on.shoes.onFailure.mock.calls[0]![0]).toMatchObject({ status: "failure", flow: "payment", paymentId: request.paymentId });
    expect(on.shoes.onSuccess).not.toHaveBeenCalled();
    expect(stateOf("shoes")).toBe("error");
  });
});

describe("finding 6: a landing keeps the manual-confirm tokens", () => {
  it("6: a payment landing keeps paymentToken", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const { request } = await payOn(
      <Shop sdk={sdk}>
        <Products items={[SHOES]} />
      </Shop>,
      label(SHOES),
      sdk,
      navigate,
    );
    window.history.replaceState(null, "", landingOf(navigate, { paymentToken: "ptok-landing" }));
    const on = callbacks("shoes");
    await pages.load(
      <Shop sdk={sdk}>
        <Products items={[SHOES]} on={on} />
      </Shop>,
    );
    await waitFor(() => expect(on.shoes.onSuccess).toHaveBeenCalledOnce());
    expect(on.shoes.onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", flow: "payment", paymentId: request.paymentId, paymentToken: "ptok-landing" });
  });

  it("6: a billing-key landing keeps billingIssueToken", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const form = (onSuccess?: Callback) => (
      <Shop sdk={sdk}>
        <BillingKeyForm issueName="월간 구독" offerPeriod={{ interval: "1m" }} customer={name} onSuccess={onSuccess} />
      </Shop>
    );
    await payOn(form(), "카드 등록 창 열기", sdk, navigate);
    window.history.replaceState(null, "", landingOf(navigate, { billingKey: "NEEDS_CONFIRMATION", billingIssueToken: "bit-landing" }));
    const onSuccess: Callback = vi.fn();
    await pages.load(form(onSuccess));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", flow: "billingKey", billingKey: "NEEDS_CONFIRMATION", billingIssueToken: "bit-landing" });
  });

  it("6: a phone-billing landing keeps billingIssueToken", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const button = (onSuccess?: Callback) => (
      <Shop sdk={sdk}>
        <PhoneBillingButton orderName="월간 구독" totalAmount={9900} productType="PRODUCT_TYPE_DIGITAL" offerPeriod={{ interval: "1m" }} customer={buyer} onSuccess={onSuccess}>
          휴대폰 정기결제
        </PhoneBillingButton>
      </Shop>
    );
    const { request } = await payOn(button(), "휴대폰 정기결제", sdk, navigate);
    window.history.replaceState(null, "", landingOf(navigate, { billingIssueToken: "bit-phone" }));
    const onSuccess: Callback = vi.fn();
    await pages.load(button(onSuccess));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", flow: "phoneBilling", paymentId: request.paymentId, billingIssueToken: "bit-phone" });
  });
});

describe("finding 7: no clock decides where a result goes", () => {
  it.each([
    { name: "no verifyUrl", verifyUrl: undefined },
    { name: "the button's own verifyUrl", verifyUrl: "/api/own" },
  ])("7: a checkout whose buttons mount 10 s after the landing page loaded still gets its own result ($name)", async ({ verifyUrl }) => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const fetch = verifyRoute();
    const { request, landing } = await payOn(
      <Shop sdk={sdk}>
        <Products items={[SOCKS, SHOES]} verifyUrl={verifyUrl} />
      </Shop>,
      label(SHOES),
      sdk,
      navigate,
    );

    // a low-end phone: the landing page loads, the checkout's code arrives much later
    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval", "Date"] });
    const gate = createGate();
    const on = callbacks("socks", "shoes");
    const observed = vi.fn();
    window.history.replaceState(null, "", landing);
    await pages.load(
      <Shop sdk={sdk} onRedirectResult={observed}>
        <p>불러오는 중</p>
        <Later gate={gate}>
          <Products items={[SOCKS, SHOES]} on={on} verifyUrl={verifyUrl} />
        </Later>
      </Shop>,
    );
    // the buttons mount only once the landing's outcome is final (the observer has it), and then
    // 10 s more of the page's clock pass. The landing's own work (its chunks loading) runs in real
    // time, so the wait for it is capped in real time, never by the page's clock.
    await eventually(() => expect(observed).toHaveBeenCalled());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect(observed).toHaveBeenCalledOnce();
    expect(observed.mock.calls[0]![0]).toMatchObject({ status: "success", paymentId: request.paymentId });
    await act(async () => gate.open());

    await eventually(() => expect(on.shoes.onSuccess).toHaveBeenCalledOnce());
    expect(on.shoes.onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "success", paymentId: request.paymentId }));
    await eventually(() => expect(stateOf("shoes")).toBe("success"));
    expect(stateOf("socks")).toBe("idle");
    expect(on.socks.onSuccess).not.toHaveBeenCalled();
    expect(on.shoes.onFailure).not.toHaveBeenCalled();
    if (verifyUrl) {
      // verified once, before the button mounted; the button got the verified outcome
      expect(fetch).toHaveBeenCalledOnce();
      expect(String(fetch.mock.calls[0]![0])).toBe(verifyUrl);
      expect(on.shoes.onSuccess.mock.calls[0]![0]).toMatchObject({ verification: { ok: true, verdict: "paid" } });
    } else expect(fetch).not.toHaveBeenCalled();
    expect(observed).toHaveBeenCalledOnce();
  });
});
