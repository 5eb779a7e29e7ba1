"use client";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { PayButton } from "react-portone-inicis";
import { itemFor } from "@/lib/catalog";

/** An order the server created: the payment id PortOne will know it by, and what it must cost. */
interface Order {
  paymentId: string;
  amount: number;
  currency: "KRW";
  orderName: string;
}

/** Asks the server for an order (and so a payment id) for this page view. */
function useOrder(item: string): { order: Order | null; error: string | null } {
  const [order, setOrder] = useState<Order | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    fetch("/api/orders", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ item }),
      signal: abort.signal,
    })
      .then((r) => (r.ok ? (r.json() as Promise<Order>) : Promise.reject(new Error(`POST /api/orders answered ${r.status}`))))
      .then(setOrder, (e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => abort.abort();
  }, [item]);
  return { order, error };
}

// No e-mail or phone here: on PC Inicis needs both, so the button asks for them in a dialog.
const BUYER = { fullName: "홍길동" };

/** How the buyer pays: a card (the default), or a virtual account (?method=VIRTUAL_ACCOUNT). */
export type Method = "CARD" | "VIRTUAL_ACCOUNT";
export const methodFor = (value: string | null | undefined): Method => (value === "VIRTUAL_ACCOUNT" ? "VIRTUAL_ACCOUNT" : "CARD");

type Kind = "success" | "failure" | "cancel" | "issued";
interface Log {
  success: number;
  failure: number;
  cancel: number;
  issued: number;
  last: object | null;
}

/** The product, the pay button, and a visible log of what the button reported. */
export function Checkout() {
  const query = useSearchParams();
  const product = itemFor(query.get("item"));
  const method = methodFor(query.get("method"));
  const { order, error } = useOrder(product.key);
  const [log, setLog] = useState<Log>({ success: 0, failure: 0, cancel: 0, issued: 0, last: null });
  const record = (kind: Kind, outcome: object) => setLog((l) => ({ ...l, [kind]: l[kind] + 1, last: outcome }));

  return (
    <>
      <h1>{product.name}</h1>
      <p className="price">{product.price.toLocaleString("ko-KR")}원</p>
      {/* Mounted from the first render, at the same place in the tree: after a mobile redirect
          this button is the one that receives its result (and verifies it). */}
      {method === "VIRTUAL_ACCOUNT" ? (
        // A virtual account is issued, not paid: onVirtualAccountIssued runs (never onSuccess) and
        // the button shows the account to pay into; the deposit reaches the server as PortOne's
        // Transaction.Paid webhook, which fulfils the order (onPaid).
        <PayButton
          payMethod="VIRTUAL_ACCOUNT"
          virtualAccount={{ accountExpiry: { validHours: 72 } }}
          orderName={product.name}
          totalAmount={product.price}
          currency={product.currency}
          paymentId={order?.paymentId}
          disabled={!order}
          customer={BUYER}
          onSuccess={(o) => record("success", o)}
          onFailure={(o) => record("failure", o)}
          onCancel={(o) => record("cancel", o)}
          onVirtualAccountIssued={(o) => record("issued", o)}
        />
      ) : (
        <PayButton
          payMethod="CARD"
          orderName={product.name}
          totalAmount={product.price}
          currency={product.currency}
          paymentId={order?.paymentId}
          disabled={!order}
          customer={BUYER}
          onSuccess={(o) => record("success", o)}
          onFailure={(o) => record("failure", o)}
          onCancel={(o) => record("cancel", o)}
        />
      )}
      {error ? <p className="note">{error}</p> : null}
      <section aria-label="결과 기록" className="log">
        <dl>
          <dt>onSuccess</dt>
          <dd data-testid="success-count">{log.success}</dd>
          <dt>onFailure</dt>
          <dd data-testid="failure-count">{log.failure}</dd>
          <dt>onCancel</dt>
          <dd data-testid="cancel-count">{log.cancel}</dd>
          <dt>onVirtualAccountIssued</dt>
          <dd data-testid="va-issued-count">{log.issued}</dd>
        </dl>
        <pre data-testid="last-outcome">{log.last ? JSON.stringify(log.last, null, 2) : ""}</pre>
      </section>
    </>
  );
}
