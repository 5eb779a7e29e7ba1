import { Suspense } from "react";
import { SlowCheckout } from "./slow";

// The checkout as a low-end phone shows it after a redirect: the button mounts 10 s after the
// landing page loaded. Its result must still reach it (no clock decides where a result goes).
export default function SlowCheckoutPage() {
  return (
    <main>
      <Suspense fallback={<p className="note">불러오는 중…</p>}>
        <SlowCheckout />
      </Suspense>
    </main>
  );
}
