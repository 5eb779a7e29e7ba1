import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { detectDevice } from "../core/device";
import type { Theme } from "../core/theme";
import type { Device, MessageLocale } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import { createPortOneSdk } from "../sdk/portone";

/** Channel keys per flow, from the PortOne console (결제연동 > 채널관리). */
export interface ChannelKeys {
  payment?: string;
  billingKey?: string;
  phoneBilling?: string;
}

/** State of the SDK script: not asked yet, loading, ready, or failed (retryable). */
export type SdkLoadStatus = "idle" | "loading" | "ready" | "error";

/** Props of {@link PortOneProvider}. */
export interface PortOneProviderProps {
  /** Your PortOne store id (`store-...`). */
  storeId: string;
  /** Default channel keys per flow; a component's `channelKey` prop overrides them. */
  channelKeys?: ChannelKeys;
  /** `auto` (default) detects from the browser after hydration; the server renders as PC. */
  device?: Device | "auto";
  /** Language of labels and messages; Korean by default. */
  locale?: MessageLocale;
  /** Default theme of every component inside. */
  theme?: Theme;
  /** The SDK port; the real `@portone/browser-sdk` adapter by default. Pass `createSandboxSdk()` in tests and demos. */
  sdk?: PortOneSdk;
  /** Load the SDK script after mount so the first click opens the window at once; true by default. */
  preload?: boolean;
  /** How long the default adapter waits for the script before a retryable timeout error; 8000 ms by default. */
  loadTimeoutMs?: number;
  children?: ReactNode;
}

/** What the provider gives hooks and components. */
export interface PortOneContextValue {
  storeId: string;
  channelKeys: ChannelKeys;
  device: Device;
  locale: MessageLocale;
  theme: Theme | undefined;
  sdk: PortOneSdk;
  loadStatus: SdkLoadStatus;
  loadError: Error | null;
  /** Loads the script again after a failure. */
  retryLoad: () => Promise<void>;
}

const PortOneContext = createContext<PortOneContextValue | null>(null);
PortOneContext.displayName = "PortOneContext";

const defaultSdks = new Map<number, PortOneSdk>();
function defaultSdk(timeoutMs: number): PortOneSdk {
  let sdk = defaultSdks.get(timeoutMs);
  if (!sdk) {
    sdk = createPortOneSdk({ timeoutMs });
    defaultSdks.set(timeoutMs, sdk);
  }
  return sdk;
}

const noop = (): (() => void) => () => undefined;
function useBrowserDevice(): Device {
  return useSyncExternalStore(
    noop,
    () => detectDevice(navigator),
    () => "pc",
  );
}

/**
 * Holds the store id, channel keys, device, language, theme and SDK for every component and hook
 * below it. SSR-safe: with `device="auto"` it renders as PC on the server and settles on the
 * browser's device after hydration without a mismatch. Preloads the SDK after mount.
 */
export function PortOneProvider(props: PortOneProviderProps): ReactNode {
  const { storeId, channelKeys, device = "auto", locale = "ko", theme, preload = true, loadTimeoutMs = 8000, children } = props;
  const sdk = props.sdk ?? defaultSdk(loadTimeoutMs);
  const detected = useBrowserDevice();
  const resolvedDevice = device === "auto" ? detected : device;
  const [load, setLoad] = useState<{ status: SdkLoadStatus; error: Error | null }>({ status: preload ? "loading" : "idle", error: null });
  const mounted = useRef(false);

  const settleLoad = useCallback(
    (attempt: Promise<void>): Promise<void> =>
      attempt.then(
        () => {
          if (mounted.current) setLoad({ status: "ready", error: null });
        },
        (error: unknown) => {
          if (mounted.current) setLoad({ status: "error", error: error instanceof Error ? error : new Error(String(error)) });
        },
      ),
    [],
  );
  const runLoad = useCallback((): Promise<void> => {
    setLoad({ status: "loading", error: null });
    return settleLoad(sdk.preload());
  }, [sdk, settleLoad]);

  useEffect(() => {
    mounted.current = true;
    if (preload) void settleLoad(sdk.preload());
    return () => {
      mounted.current = false;
    };
  }, [preload, sdk, settleLoad]);

  const keys = useMemo(() => ({ ...channelKeys }), [channelKeys?.payment, channelKeys?.billingKey, channelKeys?.phoneBilling]); // eslint-disable-line react-hooks/exhaustive-deps
  const value = useMemo<PortOneContextValue>(
    () => ({
      storeId,
      channelKeys: keys,
      device: resolvedDevice,
      locale,
      theme,
      sdk,
      loadStatus: load.status,
      loadError: load.error,
      retryLoad: runLoad,
    }),
    [storeId, keys, resolvedDevice, locale, theme, sdk, load, runLoad],
  );
  return <PortOneContext.Provider value={value}>{children}</PortOneContext.Provider>;
}

/** The provider's context; throws a clear message when there is no `PortOneProvider` above. */
export function usePortOne(): PortOneContextValue {
  const ctx = useContext(PortOneContext);
  if (!ctx) throw new Error("[react-portone-inicis] Wrap your app (or this component) in <PortOneProvider storeId=...>.");
  return ctx;
}

/** The device the provider settled on (`pc` or `mobile`). */
export function useDevice(): Device {
  return usePortOne().device;
}
