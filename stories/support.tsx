import { useLayoutEffect, useState, type ReactNode } from "react";
import { PortOneProvider, type Device, type MessageLocale, type Theme } from "react-portone-inicis";
import { createSandboxSdk, createSimulatedWindow, SimulatedPaymentWindow, type SandboxOptions, type SandboxSdk, type SimulatedWindowController } from "react-portone-inicis/testing";

/** The three themes of the toolbar. */
export const THEMES: Record<string, { theme?: Theme; background: string; color: string }> = {
  default: { background: "#ffffff", color: "#191f28" },
  dark: {
    theme: { colorPrimary: "#7aa7ff", colorPrimaryText: "#0b0b0f", colorText: "#f2f2f5", colorMuted: "#b4b4c0", colorDanger: "#ff8a80", colorBorder: "#4a4a55", colorBackground: "#17171c" },
    background: "#17171c",
    color: "#f2f2f5",
  },
  brand: {
    theme: { colorPrimary: "#5b21b6", colorPrimaryText: "#ffffff", colorDanger: "#b42318", radius: 999, fontFamily: "'Noto Sans KR', system-ui, sans-serif", fontSize: 16 },
    background: "#faf7ff",
    color: "#1d1433",
  },
};

/** What a story's play function can inspect: the sandbox behind the story and its simulated window. */
export interface StorySandbox {
  sdk: SandboxSdk;
  window: SimulatedWindowController;
  redirects: string[];
}

let current: StorySandbox | null = null;
let storyDevice: Device = "pc";

/** The sandbox of the story on screen. */
export function storySandbox(): StorySandbox {
  if (!current) throw new Error("No story sandbox yet");
  return current;
}

/** Story parameters read by the decorator. */
export interface SandboxParameters {
  /** Sandbox options (loadFailures, latencyMs, result...). With `result`, the simulated window is skipped. */
  options?: Omit<SandboxOptions, "device" | "navigate" | "decide">;
  /** Render without the provider (for stories that bring their own). */
  bare?: boolean;
}

function makeStorySandbox(params: SandboxParameters, getDevice: () => Device, onRedirect: (url: string) => void): StorySandbox {
  const win = createSimulatedWindow();
  const redirects: string[] = [];
  const sdk = createSandboxSdk({
    ...params.options,
    window: getDevice,
    decide: params.options?.result ? undefined : win.decide,
    navigate: (url) => {
      redirects.push(url);
      onRedirect(url);
    },
  });
  return { sdk, window: win, redirects };
}

/**
 * Wraps a story in PortOneProvider with a sandbox SDK, the simulated window and a redirect notice.
 * `fill`: the theme's background covers the whole viewport (a story on its own page), not just 200px.
 */
export function SandboxFrame({ device, locale, themeName, params, fill, children }: { device: Device; locale: MessageLocale; themeName: string; params: SandboxParameters; fill?: boolean; children: ReactNode }): ReactNode {
  const [redirect, setRedirect] = useState<string | null>(null);
  const [box] = useState<StorySandbox>(() => makeStorySandbox(params, () => storyDevice, setRedirect));
  useLayoutEffect(() => {
    storyDevice = device;
    current = box;
  }, [device, box]);
  const look = THEMES[themeName] ?? THEMES.default!;
  return (
    <PortOneProvider storeId="store-sandbox-0000" channelKeys={{ payment: "channel-key-inicis-payment", billingKey: "channel-key-inicis-billing", phoneBilling: "channel-key-inicis-phone" }} device={device} locale={locale} theme={look.theme} sdk={box.sdk}>
      <div style={{ padding: 24, background: look.background, color: look.color, minHeight: fill ? "100vh" : 200, boxSizing: "border-box", fontFamily: "system-ui, 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif" }}>
        {children}
        {redirect ? (
          <p role="status" style={{ marginTop: 16, fontSize: 13 }}>
            {locale === "ko" ? "모바일: 결제 후 이 주소로 이동합니다" : "Mobile: the window redirects to"} <code style={{ wordBreak: "break-all" }}>{redirect}</code>
          </p>
        ) : null}
      </div>
      <SimulatedPaymentWindow controller={box.window} />
    </PortOneProvider>
  );
}
