// Issue 16, the attempt machine: what one attempt ends as when the SDK answers. Finding 5: PortOne's
// SDK types its calls `Promise<PaymentResponse | undefined>` and documents the response as what
// returns "when the window showed without a redirect", so `undefined` while a redirect applies
// means the page is leaving: redirecting, no callback, the record kept for the landing. Finding 6:
// the manual-confirm tokens (`paymentToken`, `billingIssueToken`) stay in the outcome.
// The SDK here is a hand-written PortOneSdk that answers as PortOne's contract says.
import type {
  IssueBillingKeyAndPayRequest,
  IssueBillingKeyAndPayResponse,
  IssueBillingKeyRequest,
  IssueBillingKeyResponse,
  PaymentRequest,
  PaymentResponse,
} from "@portone/browser-sdk/v2";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement, ReactNode } from "react";
import { describe, expect, it, vi, type Mock } from "vitest";
import { BillingKeyForm, PayButton, PhoneBillingButton, PortOneProvider, type PortOneSdk } from "../src/index";
import { ATTEMPTS, pageLoads } from "./support/page-loads";

const pages = pageLoads();

const CHANNELS = { payment: "ck-pay", billingKey: "ck-bk", phoneBilling: "ck-phone" };
const buyer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };

type Callback = Mock<(outcome: unknown) => void>;

interface Answers {
  payment?: (request: PaymentRequest) => PaymentResponse | undefined;
  billingKey?: (request: IssueBillingKeyRequest) => IssueBillingKeyResponse | undefined;
  phoneBilling?: (request: IssueBillingKeyAndPayRequest) => IssueBillingKeyAndPayResponse;
}

/** A PortOne SDK that answers each call at once with what `answers` says, and records the requests. */
function answeringSdk(answers: Answers): PortOneSdk & { requests: Record<string, unknown>[]; answered: Promise<unknown>[] } {
  const requests: Record<string, unknown>[] = [];
  const answered: Promise<unknown>[] = [];
  const answer = <R,>(request: object, value: R): Promise<R> => {
    requests.push(request as Record<string, unknown>);
    const promise = Promise.resolve(value);
    answered.push(promise);
    return promise;
  };
  return {
    requests,
    answered,
    preload: async () => undefined,
    requestPayment: (request) => answer(request, answers.payment?.(request)),
    requestIssueBillingKey: (request) => answer(request, answers.billingKey?.(request)),
    requestIssueBillingKeyAndPay: (request) => {
      if (!answers.phoneBilling) throw new Error("no phone-billing answer in this test");
      return answer(request, answers.phoneBilling(request));
    },
  };
}

function Shop({ sdk, device, children }: { sdk: PortOneSdk; device: "pc" | "mobile"; children: ReactNode }): ReactNode {
  return (
    <PortOneProvider storeId="store-test" channelKeys={CHANNELS} device={device} sdk={sdk} preload={false}>
      {children}
    </PortOneProvider>
  );
}

describe("finding 5: an undefined answer while a redirect applies is redirecting", () => {
  const flows: {
    name: string;
    label: string;
    tree: (sdk: PortOneSdk, on: { onSuccess?: Callback; onFailure?: Callback }) => ReactElement;
    id: (request: Record<string, unknown>) => string;
    landing: (request: Record<string, unknown>) => Record<string, string>;
    success: (request: Record<string, unknown>) => Record<string, unknown>;
  }[] = [
    {
      name: "PayButton",
      label: "운동화 결제",
      tree: (sdk, on) => (
        <Shop sdk={sdk} device="mobile">
          <PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={{ fullName: "홍길동" }} onSuccess={on.onSuccess} onFailure={on.onFailure}>
            운동화 결제
          </PayButton>
        </Shop>
      ),
      id: (r) => String(r.paymentId),
      landing: (r) => ({ transactionType: "PAYMENT", paymentId: String(r.paymentId), txId: "tx-landed" }),
      success: (r) => ({ status: "success", flow: "payment", paymentId: r.paymentId, txId: "tx-landed" }),
    },
    {
      name: "BillingKeyForm (window mode)",
      label: "카드 등록 창 열기",
      tree: (sdk, on) => (
        <Shop sdk={sdk} device="mobile">
          <BillingKeyForm issueName="월간 구독" offerPeriod={{ interval: "1m" }} customer={{ fullName: "홍길동" }} onSuccess={on.onSuccess} onFailure={on.onFailure} />
        </Shop>
      ),
      id: (r) => String(r.issueId),
      landing: () => ({ transactionType: "ISSUE_BILLING_KEY", billingKey: "bk-landed" }),
      success: () => ({ status: "success", flow: "billingKey", billingKey: "bk-landed" }),
    },
  ];

  it.each(flows)("5: $name on mobile: the SDK resolving undefined shows redirecting, runs no callback, keeps the record, and the landing afterwards still reaches it", async (flow) => {
    const sdk = answeringSdk({ payment: () => undefined, billingKey: () => undefined });
    const onSuccess: Callback = vi.fn();
    const onFailure: Callback = vi.fn();
    window.history.replaceState(null, "", "/checkout?step=2");
    await pages.load(flow.tree(sdk, { onSuccess, onFailure }));
    const button = screen.getByRole("button", { name: flow.label });
    await userEvent.click(button);
    await waitFor(() => expect(sdk.requests).toHaveLength(1));
    const request = sdk.requests[0]!;
    expect(typeof request.redirectUrl).toBe("string");
    // redirecting is where the attempt rests until the landing: nothing runs after it
    await waitFor(() => expect(button).toHaveAttribute("data-state", "redirecting"));
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onFailure).not.toHaveBeenCalled();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(window.sessionStorage.getItem(ATTEMPTS)).toContain(flow.id(request));
    pages.leave();

    // the page had left after all: PortOne sends the buyer back to redirectUrl with the result
    const landing = new URL(String(request.redirectUrl));
    for (const [key, value] of Object.entries(flow.landing(request))) landing.searchParams.set(key, value);
    window.history.replaceState(null, "", landing.pathname + landing.search);
    const landedSuccess: Callback = vi.fn();
    const landedFailure: Callback = vi.fn();
    await pages.load(flow.tree(sdk, { onSuccess: landedSuccess, onFailure: landedFailure }));
    await waitFor(() => expect(landedSuccess).toHaveBeenCalledOnce());
    expect(landedSuccess.mock.calls[0]![0]).toMatchObject(flow.success(request));
    expect(landedFailure).not.toHaveBeenCalled();
    expect(sdk.requests).toHaveLength(1);
  });

  it("5: PayButton on PC with no redirectUrl prop: the SDK resolving undefined stays a failure with NO_RESPONSE", async () => {
    const sdk = answeringSdk({ payment: () => undefined });
    const onSuccess: Callback = vi.fn();
    const onFailure: Callback = vi.fn();
    await pages.load(
      <Shop sdk={sdk} device="pc">
        <PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={buyer} onSuccess={onSuccess} onFailure={onFailure}>
          운동화 결제
        </PayButton>
      </Shop>,
    );
    const button = screen.getByRole("button", { name: "운동화 결제" });
    await userEvent.click(button);
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ status: "failure", flow: "payment", code: "NO_RESPONSE" });
    expect(onSuccess).not.toHaveBeenCalled();
    expect(button).toHaveAttribute("data-state", "error");
  });
});

describe("finding 6: outcomes keep the manual-confirm tokens (in the page)", () => {
  it("6: PayButton: a response's paymentToken reaches onSuccess", async () => {
    const sdk = answeringSdk({ payment: (r) => ({ transactionType: "PAYMENT", paymentId: r.paymentId, txId: "tx-1", paymentToken: "ptok-in-page" }) });
    const onSuccess: Callback = vi.fn();
    await pages.load(
      <Shop sdk={sdk} device="pc">
        <PayButton payMethod="CARD" orderName="운동화" totalAmount={39000} customer={buyer} onSuccess={onSuccess}>
          운동화 결제
        </PayButton>
      </Shop>,
    );
    await userEvent.click(screen.getByRole("button", { name: "운동화 결제" }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", flow: "payment", paymentId: sdk.requests[0]!.paymentId, txId: "tx-1", paymentToken: "ptok-in-page" });
  });

  it("6: BillingKeyForm (window mode): a response's billingIssueToken reaches onSuccess", async () => {
    const sdk = answeringSdk({ billingKey: () => ({ transactionType: "ISSUE_BILLING_KEY", billingKey: "NEEDS_CONFIRMATION", billingIssueToken: "bit-in-page" }) });
    const onSuccess: Callback = vi.fn();
    await pages.load(
      <Shop sdk={sdk} device="pc">
        <BillingKeyForm issueName="월간 구독" customer={buyer} onSuccess={onSuccess} />
      </Shop>,
    );
    await userEvent.click(screen.getByRole("button", { name: "카드 등록 창 열기" }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", flow: "billingKey", billingKey: "NEEDS_CONFIRMATION", billingIssueToken: "bit-in-page" });
  });

  it("6: PhoneBillingButton: a response's billingIssueToken reaches onSuccess", async () => {
    const sdk = answeringSdk({
      phoneBilling: (r) => ({ transactionType: "ISSUE_BILLING_KEY_AND_PAY", billingKey: "NEEDS_CONFIRMATION", paymentId: r.paymentId, txId: "tx-2", billingIssueToken: "bit-phone-in-page" }),
    });
    const onSuccess: Callback = vi.fn();
    await pages.load(
      <Shop sdk={sdk} device="pc">
        <PhoneBillingButton orderName="월간 구독" totalAmount={9900} productType="PRODUCT_TYPE_DIGITAL" customer={buyer} onSuccess={onSuccess}>
          휴대폰 정기결제
        </PhoneBillingButton>
      </Shop>,
    );
    await userEvent.click(screen.getByRole("button", { name: "휴대폰 정기결제" }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]![0]).toMatchObject({ status: "success", flow: "phoneBilling", paymentId: sdk.requests[0]!.paymentId, billingKey: "NEEDS_CONFIRMATION", billingIssueToken: "bit-phone-in-page" });
  });
});
