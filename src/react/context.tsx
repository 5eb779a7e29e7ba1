import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { classifyDevice } from "../core/device";
import type { MessagePack } from "../core/format";
import type { Outcome } from "../core/outcome";
import { isPortOneLanding } from "../core/redirect";
import type { Theme } from "../core/theme";
import type { DeviceClass, MessageLocale } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import type { PageLanding } from "../flow/page";
import type { ChannelKeys, FlowHubCore, PortOneContextValue, SdkLoadStatus } from "./hub";
import { useLatest } from "./useLatest";
import { engineNow, lazySdk, loadAfter, loadEngine, loadLanding, loadPack, onEngine, packNow, type Engine } from "./loaders";

export type { ChannelKeys, PortOneContextValue, SdkLoadStatus } from "./hub";

/** Props of {@link PortOneProvider}. */
export interface PortOneProviderProps {
  /** Your PortOne store id (`store-...`). */
  storeId: string;
  /** Default channel keys per flow; a component's `channelKey` prop overrides them. */
  channelKeys?: ChannelKeys;
  /**
   * `auto` (default) classifies the browser after hydration (the server renders as PC): `pc`,
   * `mobile`, or `ambiguous` when PortOne's script might open either window (an Android tablet, an
   * iPad asking for the desktop site, `userAgentData` disagreeing with the user agent); then the
   * buyer is asked for what either window requires. `pc` or `mobile` forces one.
   */
  device?: DeviceClass | "auto";
  /** Language of labels and messages; Korean by default. Only this locale's message pack is loaded. */
  locale?: MessageLocale;
  /** Default theme of every component inside. */
  theme?: Theme;
  /** The SDK port; the real `@portone/browser-sdk` adapter by default. Pass `createSandboxSdk()` in tests and demos. */
  sdk?: PortOneSdk;
  /** Load the rules engine and the SDK script after mount so the first click opens the window at once; true by default. */
  preload?: boolean;
  /** How long the default adapter waits for the script before a retryable timeout error; 8000 ms by default. */
  loadTimeoutMs?: number;
  /**
   * Your server's verification route (for example `createInicisServer(...).handlers().verify`
   * mounted at `/api/portone/verify`). After the SDK reports a payment, on PC or after a mobile
   * redirect, components POST `{ paymentId, txId }` there and report `success` only when it answers
   * `{ ok: true }`. A component's own `verifyUrl` overrides it.
   */
  verifyUrl?: string;
  /**
   * Observes every landing's final outcome on this page (after your server's verdict where the
   * attempt had a `verifyUrl`), without taking it from the component that started the attempt,
   * which gets it too whenever it mounts. A landing no attempt in this browser recorded comes at
   * once as a `failure` with code `REDIRECT_UNMATCHED`, never a success.
   */
  onRedirectResult?: (outcome: Outcome) => void;
  children?: ReactNode;
}

/**
 * What the flow hooks need beyond the context: the lazily loaded engine and locale pack, and the
 * page's landing (components claim it; observers read its final outcome).
 */
export interface FlowHub extends FlowHubCore {
  /** The engine when already loaded (a click then runs in the same task). */
  engine: () => Engine | null;
  /** Loads the engine (retryable). */
  loadEngine: () => Promise<Engine>;
  /** Calls `listener` when the engine has loaded. */
  onEngine: (listener: () => void) => () => void;
  /** The final outcome of this page's landing, once there is one (null before, and on other pages). */
  landing: () => Outcome | null;
  /** Subscribes to the landing's final outcome. */
  subscribe: (listener: () => void) => () => void;
}

const PortOneContext = createContext<PortOneContextValue | null>(null);
const HubContext = createContext<FlowHub | null>(null);

const noop = (): (() => void) => () => undefined;
const browserDevice = (): DeviceClass => classifyDevice(navigator);
const serverDevice = (): DeviceClass => "pc";

/**
 * Holds the store id, channel keys, device, language, theme and SDK for every component and hook
 * below it. SSR-safe: with `device="auto"` it renders as PC on the server and settles on the
 * browser's device after hydration without a mismatch. After mount it loads the rules engine and
 * the SDK script (the active locale's messages when a sentence is first needed), and routes a
 * redirect's result to the component that started the attempt, whenever it mounts.
 */
export function PortOneProvider(props: PortOneProviderProps): ReactNode {
  const { storeId, channelKeys, device = "auto", locale = "ko", theme, preload = true, loadTimeoutMs = 8000, verifyUrl, children } = props;
  const sdk = props.sdk ?? lazySdk(loadTimeoutMs);
  const detected = useSyncExternalStore(noop, browserDevice, serverDevice);
  const resolvedDevice = device === "auto" ? detected : device;
  const [load, setLoad] = useState<{ status: SdkLoadStatus; error: Error | null }>({ status: preload ? "loading" : "idle", error: null });
  const [messages, setMessages] = useState<MessagePack | null>(() => packNow(locale));
  const mounted = useRef(false);
  const onRedirectResult = useLatest(props.onRedirectResult);

  const runLoad = useCallback((): Promise<void> => {
    if (mounted.current) setLoad({ status: "loading", error: null });
    return loadEngine()
      .then(() => sdk.preload())
      .then(
        () => void (mounted.current && setLoad({ status: "ready", error: null })),
        (error: unknown) => void (mounted.current && setLoad({ status: "error", error: error instanceof Error ? error : new Error(String(error)) })),
      );
  }, [sdk]);

  // the page's landing: claimants, the router once the engine has read the query, and the final outcome
  const page = useRef<PageLanding>({ claimants: new Set(), router: null, routed: false, landing: null, listeners: new Set() });
  const hub = useMemo<FlowHub>(
    () => ({
      engine: engineNow,
      loadEngine,
      onEngine,
      loadAfter,
      pack: () => packNow(locale),
      loadPack: () =>
        loadPack(locale).then((pack) => {
          if (mounted.current) setMessages(pack);
          return pack;
        }),
      claim: (claimant) => {
        page.current.claimants.add(claimant);
        page.current.router?.changed();
        return () => {
          page.current.claimants.delete(claimant);
          page.current.router?.changed();
        };
      },
      changed: () => page.current.router?.changed(),
      landing: () => page.current.landing,
      subscribe: (listener) => {
        page.current.listeners.add(listener);
        return () => void page.current.listeners.delete(listener);
      },
    }),
    [locale],
  );

  useEffect(() => {
    mounted.current = true;
    if (preload) void runLoad();
    const land = page.current;
    if (!land.routed && isPortOneLanding(window.location.search)) {
      land.routed = true;
      void hub.loadPack().catch(() => undefined);
      // the router delivers to the components' controllers, which come with the engine
      void Promise.all([loadLanding(), loadEngine()]).then(([landing]) => landing.routePage(land, (outcome) => onRedirectResult.current?.(outcome)));
    }
    return () => {
      mounted.current = false;
    };
  }, [preload, runLoad]); // eslint-disable-line react-hooks/exhaustive-deps

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
      preload: () => void (load.status !== "ready" && load.status !== "loading" && runLoad()),
      verifyUrl,
      messages,
    }),
    [storeId, keys, resolvedDevice, locale, theme, sdk, load, runLoad, verifyUrl, messages],
  );
  return (
    <PortOneContext.Provider value={value}>
      <HubContext.Provider value={hub}>{children}</HubContext.Provider>
    </PortOneContext.Provider>
  );
}

const MISSING = "[react-portone-inicis] Wrap your app (or this component) in <PortOneProvider storeId=...>.";

/** The provider's context; throws a clear message when there is no `PortOneProvider` above. */
export function usePortOne(): PortOneContextValue {
  const ctx = useContext(PortOneContext);
  if (!ctx) throw new Error(MISSING);
  return ctx;
}

/** The provider's flow hub (used by the flow hooks). */
export function useFlowHub(): FlowHub {
  const hub = useContext(HubContext);
  if (!hub) throw new Error(MISSING);
  return hub;
}

/** The device the provider settled on: `pc`, `mobile`, or `ambiguous` (either window may open). */
export function useDevice(): DeviceClass {
  return usePortOne().device;
}
