import { Suspense } from "react";
import { Checkout } from "./checkout";

// A checkout whose mobile payment window comes back to a page of its own, /payment/landing.
export default function RedirectingCheckoutPage() {
  return (
    <main>
      <Suspense fallback={<p className="note">불러오는 중…</p>}>
        <Checkout />
      </Suspense>
    </main>
  );
}
