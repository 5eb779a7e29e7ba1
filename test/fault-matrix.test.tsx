// Every fault against every flow component. Each cell: exactly one SDK call per intended attempt, a
// visible and accessible state for the outcome, the control usable again, no unhandled rejection,
// no React warning. The table is printed at the end.
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode, type ReactElement } from "react";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BillingKeyForm, PayButton, PhoneBillingButton, PortOneProvider } from "../src/index";
import type { PortOneSdk } from "../src/sdk/port";
import { createPortOneSdk } from "../src/sdk/portone";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const CDN = "https://cdn.portone.io/v2/browser-sdk.js";
type Fn = "requestPayment" | "requestIssueBillingKey" | "requestIssueBillingKeyAndPay";

interface Subject {
  name: string;
  fn: Fn;
  ui: (amount: number) => ReactElement;
  /** The control a person presses. */
  control: () => HTMLElement;
  /** What the buyer reads when the window or the SDK failed without a PG message (never the raw error). */
  failed: string;
}

// the callbacks every subject is rendered with, fresh for each cell
let onSuccess = vi.fn();
let onFailure = vi.fn();
let onCancel = vi.fn();
const callbacks = () => ({ onSuccess: (o: unknown) => onSuccess(o), onFailure: (o: unknown) => onFailure(o), onCancel: (o: unknown) => onCancel(o) });

const SUBJECTS: Subject[] = [
  {
    name: "PayButton",
    fn: "requestPayment",
    ui: (amount) => <PayButton payMethod="CARD" orderName="주문" totalAmount={amount} customer={customer} {...callbacks()} />,
    control: () => screen.getByRole("button"),
    failed: "결제를 완료하지 못했습니다. 잠시 후 다시 시도해 주세요.",
  },
  {
    name: "PhoneBillingButton",
    fn: "requestIssueBillingKeyAndPay",
    ui: (amount) => <PhoneBillingButton orderName="구독" totalAmount={amount} productType="DIGITAL" customer={customer} {...callbacks()} />,
    control: () => screen.getByRole("button"),
    failed: "결제를 완료하지 못했습니다. 잠시 후 다시 시도해 주세요.",
  },
  {
    name: "BillingKeyForm",
    fn: "requestIssueBillingKey",
    ui: (amount) => <BillingKeyForm issueName="카드 등록" displayAmount={amount} customer={customer} {...callbacks()} />,
    control: () => screen.getByRole("button"),
    failed: "카드를 등록하지 못했습니다. 잠시 후 다시 시도해 주세요.",
  },
];

const FAULTS = [
  "script fails to load",
  "script never loads (timeout)",
  "SDK rejects (typed error)",
  "SDK resolves with code",
  "resolves after unmount",
  "buyer closes the window",
  "SDK answers malformed",
  "50 clicks in 100 ms",
  "StrictMode",
  "props change while open",
] as const;
type Fault = (typeof FAULTS)[number];

const matrix = new Map<string, string>();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
let errors: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  onSuccess = vi.fn();
  onFailure = vi.fn();
  onCancel = vi.fn();
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
  errors = vi.spyOn(console, "error");
});
afterEach(() => {
  process.off("unhandledRejection", onUnhandled);
  cleanup();
  for (const tag of document.querySelectorAll(`script[src="${CDN}"]`)) tag.remove();
  delete (window as { PortOne?: unknown }).PortOne;
});

function success(fn: Fn, request: Record<string, unknown>) {
  if (fn === "requestPayment") return { transactionType: "PAYMENT", paymentId: request.paymentId, txId: "tx-1" };
  if (fn === "requestIssueBillingKey") return { transactionType: "ISSUE_BILLING_KEY", billingKey: "billing-key-1" };
  return { transactionType: "ISSUE_BILLING_KEY_AND_PAY", billingKey: "billing-key-1", paymentId: request.paymentId, txId: "tx-1" };
}

// one window.PortOne for the whole file: the npm loader keeps the first one it sees, as in a real page
let record: (request: Record<string, unknown>) => void = () => undefined;
const windowPortOne = Object.fromEntries(
  (["requestPayment", "requestIssueBillingKey", "requestIssueBillingKeyAndPay"] as Fn[]).map((fn) => [fn, async (r: Record<string, unknown>) => (record(r), success(fn, r))]),
);

/** A port-level fake: counts calls and answers per `answer` (or waits for `release`). */
function fakeSdk(fn: Fn, answer: (request: Record<string, unknown>, n: number) => Promise<unknown>) {
  const calls: Record<string, unknown>[] = [];
  const call = (request: unknown) => {
    calls.push(request as Record<string, unknown>);
    return answer(request as Record<string, unknown>, calls.length);
  };
  const sdk: PortOneSdk = {
    preload: async () => undefined,
    requestPayment: (r) => (fn === "requestPayment" ? call(r) : Promise.reject(new Error("wrong function"))) as never,
    requestIssueBillingKey: (r) => (fn === "requestIssueBillingKey" ? call(r) : Promise.reject(new Error("wrong function"))) as never,
    requestIssueBillingKeyAndPay: (r) => (fn === "requestIssueBillingKeyAndPay" ? call(r) : Promise.reject(new Error("wrong function"))) as never,
  };
  return { sdk, calls };
}

async function mount(ui: ReactElement, sdk: PortOneSdk | undefined, opts: { strict?: boolean; loadTimeoutMs?: number } = {}) {
  const tree = (
    <PortOneProvider storeId="store-1" channelKeys={{ payment: "ck-pay", billingKey: "ck-bk", phoneBilling: "ck-phone" }} device="pc" sdk={sdk} loadTimeoutMs={opts.loadTimeoutMs}>
      {ui}
    </PortOneProvider>
  );
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(opts.strict ? <StrictMode>{tree}</StrictMode> : tree);
  });
  return view;
}

const press = async (s: Subject) => userEvent.click(s.control());
/** The script tag the real adapter injects (after the lazily loaded engine asked for it). */
const scriptTag = async () => {
  let tag: HTMLScriptElement | null = null;
  await waitFor(() => expect((tag = document.querySelector<HTMLScriptElement>(`script[src="${CDN}"]`))).not.toBeNull());
  return tag!;
};
/** The one failure the component reported, as onFailure received it. */
const reportedFailure = async () => {
  await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
  return onFailure.mock.calls[0]![0] as { status: string; code: string; message: string };
};
const expectUsable = async (s: Subject) => waitFor(() => expect(s.control()).toBeEnabled());
const expectNoWarnings = () => {
  expect(errors).not.toHaveBeenCalled();
  expect(unhandled).toEqual([]);
};

const RUN: Record<Fault, (s: Subject) => Promise<void>> = {
  async "script fails to load"(s) {
    // a cap that only bounds a hang: the test dispatches every load and error itself
    const sdk = createPortOneSdk({ timeoutMs: 20_000 });
    await mount(s.ui(1000), sdk);
    const first = await scriptTag();
    await act(async () => void first.dispatchEvent(new Event("error")));
    await press(s);
    const retryTag = await scriptTag();
    await act(async () => void retryTag.dispatchEvent(new Event("error")));
    expect(await screen.findByRole("alert")).toHaveTextContent("결제 모듈을 불러오지 못했습니다. 네트워크를 확인하고 다시 시도해 주세요.");
    expect(await reportedFailure()).toMatchObject({ status: "failure", code: "SDK_LOAD_FAILED" });
    await expectUsable(s);
    const calls: unknown[] = [];
    record = (r) => calls.push(r);
    (window as { PortOne?: unknown }).PortOne = windowPortOne;
    await press(s);
    const tag = document.querySelector<HTMLScriptElement>(`script[src="${CDN}"]`);
    if (tag) await act(async () => void tag.dispatchEvent(new Event("load")));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(await screen.findByRole("status")).toBeInTheDocument();
  },
  async "script never loads (timeout)"(s) {
    await mount(s.ui(1000), undefined, { loadTimeoutMs: 40 });
    await press(s);
    expect(await screen.findByRole("alert")).toHaveTextContent("결제 모듈을 불러오지 못했습니다. 네트워크를 확인하고 다시 시도해 주세요.");
    expect(await reportedFailure()).toMatchObject({ status: "failure", code: "SDK_LOAD_TIMEOUT" });
    expect(document.querySelectorAll(`script[src="${CDN}"]`)).toHaveLength(0);
    await expectUsable(s);
  },
  async "SDK rejects (typed error)"(s) {
    const { sdk, calls } = fakeSdk(s.fn, () => Promise.reject(Object.assign(new Error("채널을 찾을 수 없습니다."), { __portOneErrorType: "PaymentError", code: "ChannelNotFound" })));
    await mount(s.ui(1000), sdk);
    await press(s);
    // the buyer reads a sentence of ours; PortOne's own message goes to the developer in onFailure
    expect(await screen.findByRole("alert")).toHaveTextContent(s.failed);
    expect(screen.getByRole("alert")).not.toHaveTextContent("채널");
    expect(await reportedFailure()).toMatchObject({ status: "failure", code: "ChannelNotFound", message: "채널을 찾을 수 없습니다." });
    expect(calls).toHaveLength(1);
    await expectUsable(s);
  },
  async "SDK resolves with code"(s) {
    const { sdk, calls } = fakeSdk(s.fn, async (r) => ({ ...success(s.fn, r), code: "FAILURE_TYPE_PG", message: "PG 거절", pgCode: "V013", pgMessage: "한도초과" }));
    await mount(s.ui(1000), sdk);
    await press(s);
    expect(await screen.findByRole("alert")).toHaveTextContent("한도초과");
    expect(await reportedFailure()).toMatchObject({ status: "failure", code: "FAILURE_TYPE_PG", pgCode: "V013", pgMessage: "한도초과" });
    expect(calls).toHaveLength(1);
    await expectUsable(s);
  },
  async "resolves after unmount"(s) {
    let release!: () => void;
    const { sdk, calls } = fakeSdk(s.fn, (r) => new Promise((resolve) => (release = () => resolve(success(s.fn, r)))));
    const view = await mount(s.ui(1000), sdk);
    await press(s);
    expect(s.control()).toHaveAttribute("aria-busy", "true");
    view.unmount();
    await act(async () => release());
    expect(calls).toHaveLength(1);
  },
  async "buyer closes the window"(s) {
    // issue 19: Inicis' own cancel (PC resultCode V801, or only PortOne's message) is the buyer's choice: a calm cancel
    const answers = [
      { code: "FAILURE_TYPE_PG", message: "[V801] 사용자가 결제를 취소하였습니다.", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." },
      { code: "FAILURE_TYPE_PG", message: "사용자가 결제를 취소하였습니다." },
    ];
    const { sdk, calls } = fakeSdk(s.fn, async (r, n) => ({ ...success(s.fn, r), ...answers[n - 1] }));
    await mount(s.ui(1000), sdk);
    for (const n of [1, 2]) {
      await press(s);
      await waitFor(() => expect(onCancel).toHaveBeenCalledTimes(n));
      expect(onCancel.mock.calls[n - 1]![0]).toMatchObject({ status: "cancelled", code: "BUYER_CLOSED_WINDOW" });
      expect(screen.queryByRole("alert")).not.toBeInTheDocument();
      await expectUsable(s);
    }
    expect(onFailure).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(calls).toHaveLength(2);
  },
  async "SDK answers malformed"(s) {
    // "OK", {}, a string: nothing says a payment happened, so nothing may call it a success
    const answers: unknown[] = ["OK", {}, null];
    const { sdk, calls } = fakeSdk(s.fn, async (_r, n) => answers[n - 1]);
    await mount(s.ui(1000), sdk);
    for (const [i, code] of (["MALFORMED_RESPONSE", "MALFORMED_RESPONSE", "NO_RESPONSE"] as const).entries()) {
      await press(s);
      await waitFor(() => expect(onFailure).toHaveBeenCalledTimes(i + 1));
      expect(onFailure.mock.calls[i]![0]).toMatchObject({ status: "failure", code });
      expect(await screen.findByRole("alert")).toHaveTextContent(s.failed);
      await expectUsable(s);
    }
    expect(onSuccess).not.toHaveBeenCalled();
    expect(calls).toHaveLength(3);
  },
  async "50 clicks in 100 ms"(s) {
    let release!: () => void;
    const { sdk, calls } = fakeSdk(s.fn, (r) => new Promise((resolve) => (release = () => resolve(success(s.fn, r)))));
    await mount(s.ui(1000), sdk);
    const control = s.control();
    const started = Date.now();
    await act(async () => {
      for (let i = 0; i < 50; i++) control.click();
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(calls).toHaveLength(1);
    expect(control).toHaveAttribute("aria-busy", "true");
    await act(async () => release());
    expect(await screen.findByRole("status")).toBeInTheDocument();
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(calls).toHaveLength(1);
    await expectUsable(s);
  },
  async StrictMode(s) {
    const { sdk, calls } = fakeSdk(s.fn, async (r) => success(s.fn, r));
    await mount(s.ui(1000), sdk, { strict: true });
    await press(s);
    expect(await screen.findByRole("status")).toBeInTheDocument();
    expect(calls).toHaveLength(1);
    await press(s);
    await waitFor(() => expect(calls).toHaveLength(2));
  },
  async "props change while open"(s) {
    let release!: () => void;
    const { sdk, calls } = fakeSdk(s.fn, (r) => new Promise((resolve) => (release = () => resolve(success(s.fn, r)))));
    const view = await mount(s.ui(1000), sdk);
    await press(s);
    await act(async () => {
      view.rerender(
        <PortOneProvider storeId="store-1" channelKeys={{ payment: "ck-pay", billingKey: "ck-bk", phoneBilling: "ck-phone" }} device="pc" sdk={sdk}>
          {s.ui(2000)}
        </PortOneProvider>,
      );
    });
    expect(calls).toHaveLength(1);
    expect(s.control()).toHaveAttribute("aria-busy", "true");
    await act(async () => release());
    expect(await screen.findByRole("status")).toBeInTheDocument();
    await press(s);
    await waitFor(() => expect(calls).toHaveLength(2));
    const amount = (r: Record<string, unknown>) => r.totalAmount ?? r.displayAmount;
    expect([amount(calls[0]!), amount(calls[1]!)]).toEqual([1000, 2000]);
  },
};

describe.each(SUBJECTS)("$name", (subject) => {
  it.each(FAULTS)("%s", async (fault) => {
    matrix.set(`${subject.name}|${fault}`, "FAILED");
    await RUN[fault](subject);
    expectNoWarnings();
    matrix.set(`${subject.name}|${fault}`, "held");
  });
});

afterAll(() => {
  const names = SUBJECTS.map((s) => s.name);
  const w = Math.max(...FAULTS.map((f) => f.length)) + 2;
  const lines = [`${"fault".padEnd(w)}${names.map((n) => n.padEnd(20)).join("")}`];
  let held = 0;
  for (const f of FAULTS) {
    lines.push(`${f.padEnd(w)}${names.map((n) => (matrix.get(`${n}|${f}`) ?? "not run").padEnd(20)).join("")}`);
    held += names.filter((n) => matrix.get(`${n}|${f}`) === "held").length;
  }
  lines.push(`fault matrix: ${held} of ${names.length * FAULTS.length} cells held`);
  console.log(lines.join("\n"));
});
