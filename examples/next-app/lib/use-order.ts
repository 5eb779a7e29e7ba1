"use client";
import { useEffect, useState } from "react";

/** An order the server created: the payment id PortOne will know it by, and what it must cost. */
export interface Order {
  paymentId: string;
  amount: number;
  currency: "KRW";
  orderName: string;
}

/** Asks the server for an order (and so a payment id) for one catalog item, once per page view. */
export function useOrder(item: string): { order: Order | null; error: string | null } {
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
