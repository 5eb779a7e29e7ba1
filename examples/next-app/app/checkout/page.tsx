import { Suspense } from "react";
import { Checkout } from "./checkout";

// The checkout is also where a mobile payment window comes back to (redirectUrl defaults to the
// current URL). It reads the query with useSearchParams, so it renders inside Suspense.
export default function CheckoutPage() {
  return (
    <main>
      <Suspense fallback={<p className="note">불러오는 중…</p>}>
        <Checkout />
      </Suspense>
    </main>
  );
}
