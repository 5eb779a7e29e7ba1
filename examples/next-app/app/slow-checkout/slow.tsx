"use client";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { PayButton } from "react-portone-inicis";
import { itemFor } from "@/lib/catalog";
import { useOrder } from "@/lib/use-order";

/** How long the button takes to mount on a landing. */
const LATE_MS = 10_000;

export function SlowCheckout() {
  const params = useSearchParams();
  const product = itemFor(params.get("item"));
  const { order } = useOrder(product.key);
  // decided once, at load: the library cleans PortOne's keys from the address bar soon after
  const [hidden, setHidden] = useState(() => params.has("transactionType"));
  const [log, setLog] = useState<{ success: number; failure: number; last: object | null }>({ success: 0, failure: 0, last: null });
  useEffect(() => {
    if (!hidden) return;
    const timer = setTimeout(() => setHidden(false), LATE_MS);
    return () => clearTimeout(timer);
  }, [hidden]);
  return (
    <>
      <h1>{product.name}</h1>
      <p className="price">{product.price.toLocaleString("ko-KR")}원</p>
      {hidden ? (
        <p className="note" data-testid="slow-waiting">
          결제 버튼을 불러오는 중…
        </p>
      ) : (
        <PayButton
          payMethod="CARD"
          orderName={product.name}
          totalAmount={product.price}
          currency={product.currency}
          paymentId={order?.paymentId}
          disabled={!order}
          customer={{ fullName: "홍길동" }}
          onSuccess={(o) => setLog((l) => ({ ...l, success: l.success + 1, last: o }))}
          onFailure={(o) => setLog((l) => ({ ...l, failure: l.failure + 1, last: o }))}
        />
      )}
      <section aria-label="결과 기록" className="log">
        <dl>
          <dt>onSuccess</dt>
          <dd data-testid="success-count">{log.success}</dd>
          <dt>onFailure</dt>
          <dd data-testid="failure-count">{log.failure}</dd>
        </dl>
        <pre data-testid="last-outcome">{log.last ? JSON.stringify(log.last, null, 2) : ""}</pre>
      </section>
    </>
  );
}
