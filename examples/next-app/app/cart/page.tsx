import { Suspense } from "react";
import { Cart } from "./cart";

// Two products, each with its own PayButton, listed in the order ?sort= asks for.
export default function CartPage() {
  return (
    <main>
      <Suspense fallback={<p className="note">불러오는 중…</p>}>
        <Cart />
      </Suspense>
    </main>
  );
}
