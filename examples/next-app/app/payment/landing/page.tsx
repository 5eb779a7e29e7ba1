"use client";
import Link from "next/link";
import { usePaymentRedirect, type Outcome } from "react-portone-inicis";

// Where /payment/checkout's mobile payment window comes back to (its redirectUrl). No button is
// here: the provider's landing router matches the result to the attempt this browser recorded,
// verifies it with the verifyUrl that attempt was started with, and usePaymentRedirect() returns
// the final outcome: null until the server has answered, REDIRECT_UNMATCHED for a result no
// attempt here started. Fulfil the order from your server's own record, never from this page.

type View = { state: "waiting" | "success" | "checking" | "unmatched" | "failure"; text: string };

function viewOf(outcome: Outcome | null): View {
  if (!outcome) return { state: "waiting", text: "결제 결과를 확인하고 있습니다…" };
  if (outcome.status === "success") return { state: "success", text: "결제가 완료되었습니다." };
  if (outcome.status !== "failure") return { state: "failure", text: "결제가 완료되지 않았습니다." };
  if (outcome.code === "REDIRECT_UNMATCHED") return { state: "unmatched", text: "이 브라우저에서 시작한 결제의 결과가 아닙니다. 주문 내역을 확인해 주세요." };
  if (outcome.code === "VERIFY_REFUSED" || outcome.code === "VERIFY_UNREACHABLE") return { state: "checking", text: "결제 내역을 확인하고 있습니다. 확인되면 알려 드릴게요." };
  return { state: "failure", text: outcome.pgMessage ? `결제에 실패했습니다: ${outcome.pgMessage}` : "결제에 실패했습니다." };
}

export default function PaymentLandingPage() {
  const outcome = usePaymentRedirect();
  const view = viewOf(outcome);
  return (
    <main>
      <h1>결제 결과</h1>
      <p role={view.state === "failure" ? "alert" : "status"} data-testid="landing-state" data-state={view.state}>
        {view.text}
      </p>
      <pre className="log" data-testid="landing-outcome">
        {outcome ? JSON.stringify(outcome, null, 2) : ""}
      </pre>
      <p>
        <Link href="/">상품 목록으로</Link>
      </p>
    </main>
  );
}
