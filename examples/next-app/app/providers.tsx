"use client";
import { useState, type ReactNode } from "react";
import { PortOneProvider } from "react-portone-inicis";

/** The PortOne provider for every page; a client component because it takes a callback. */
export function Providers({ children }: { children: ReactNode }) {
  // every landing's final outcome, observed (the button that started it gets it too); a stale or forged one is REDIRECT_UNMATCHED, never a success
  const [landing, setLanding] = useState<object | null>(null);
  return (
    <PortOneProvider
      storeId={process.env.NEXT_PUBLIC_PORTONE_STORE_ID ?? ""}
      channelKeys={{ payment: process.env.NEXT_PUBLIC_PORTONE_CHANNEL_KEY ?? "" }}
      verifyUrl="/api/portone/verify"
      onRedirectResult={setLanding}
      locale="ko"
    >
      {children}
      <pre className="log" data-testid="redirect-result">
        {landing ? JSON.stringify(landing, null, 2) : ""}
      </pre>
    </PortOneProvider>
  );
}
