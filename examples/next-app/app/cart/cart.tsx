"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { PayButton } from "react-portone-inicis";
import { CATALOG, type Item } from "@/lib/catalog";
import { useOrder } from "@/lib/use-order";

const noop = () => () => undefined;
function useOrigin(): string | null {
  return useSyncExternalStore(noop, () => window.location.origin, () => null);
}

type Sort = "asc" | "desc";

/**
 * One product's PayButton and a visible log of what it reported. The window comes back to the
 * cart sorted the other way, so after a mobile redirect every button sits where the other one was:
 * the result must still reach the button that was paid, never its neighbour.
 */
function CartLine({ item, backTo }: { item: Item; backTo: string | null }) {
  const { order } = useOrder(item.key);
  const [log, setLog] = useState<{ success: number; failure: number; last: object | null }>({ success: 0, failure: 0, last: null });
  return (
    <li>
      <p>
        {item.name} · {item.price.toLocaleString("ko-KR")}원
      </p>
      <PayButton
        data-product={item.key}
        payMethod="CARD"
        orderName={item.name}
        totalAmount={item.price}
        currency={item.currency}
        paymentId={order?.paymentId}
        redirectUrl={backTo ?? undefined}
        disabled={!order || !backTo}
        customer={{ fullName: "홍길동" }}
        onSuccess={(o) => setLog((l) => ({ ...l, success: l.success + 1, last: o }))}
        onFailure={(o) => setLog((l) => ({ ...l, failure: l.failure + 1, last: o }))}
      />
      <dl className="log">
        <dt>onSuccess</dt>
        <dd data-testid={`success-count-${item.key}`}>{log.success}</dd>
        <dt>onFailure</dt>
        <dd data-testid={`failure-count-${item.key}`}>{log.failure}</dd>
      </dl>
      <pre className="log" data-testid={`last-outcome-${item.key}`}>
        {log.last ? JSON.stringify(log.last, null, 2) : ""}
      </pre>
    </li>
  );
}

export function Cart() {
  const sort: Sort = useSearchParams().get("sort") === "asc" ? "asc" : "desc";
  const path = usePathname();
  const origin = useOrigin();
  const items = [...CATALOG].sort((a, b) => (sort === "asc" ? a.price - b.price : b.price - a.price));
  const backTo = origin ? `${origin}${path}?sort=${sort === "asc" ? "desc" : "asc"}` : null;
  return (
    <>
      <h1>장바구니</h1>
      <ul>
        {items.map((item) => (
          <CartLine key={item.key} item={item} backTo={backTo} />
        ))}
      </ul>
    </>
  );
}
