"use client";
import { useSearchParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import { PayButton } from "react-portone-inicis";
import { itemFor } from "@/lib/catalog";
import { useOrder } from "@/lib/use-order";

const noop = () => () => undefined;
/** This site's origin in the browser (null on the server): redirectUrl must be an absolute URL. */
function useOrigin(): string | null {
  return useSyncExternalStore(noop, () => window.location.origin, () => null);
}

/** The product and a PayButton whose redirectUrl is /payment/landing. */
export function Checkout() {
  const product = itemFor(useSearchParams().get("item"));
  const { order, error } = useOrder(product.key);
  const origin = useOrigin();
  return (
    <>
      <h1>{product.name}</h1>
      <p className="price">{product.price.toLocaleString("ko-KR")}원</p>
      <PayButton
        payMethod="CARD"
        orderName={product.name}
        totalAmount={product.price}
        currency={product.currency}
        paymentId={order?.paymentId}
        redirectUrl={origin ? `${origin}/payment/landing` : undefined}
        disabled={!order || !origin}
        customer={{ fullName: "홍길동" }}
      />
      {error ? <p className="note">{error}</p> : null}
    </>
  );
}
