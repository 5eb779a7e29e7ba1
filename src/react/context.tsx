import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { detectDevice } from "../core/device";
import type { MessagePack } from "../core/format";
import type { Outcome } from "../core/outcome";
import { hasResultQuery } from "../core/redirect";
import type { Theme } from "../core/theme";
import type { Device, MessageLocale } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import { useLatest } from "./useLatest";
import { engineNow, lazySdk, loadEngine, loadPack, packNow, type Engine } from "./runtime";

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
   * Receives a mobile redirect's outcome when no mounted component claims it: the landing page
   * has no such component, or the query matches no attempt this browser recorded (then a
   * `failure` with code `REDIRECT_UNMATCHED`, never a success).
   */
  onRedirectResult?: (outcome: Outcome) => void;
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
  /** Loads the rules engine and the script again after a failure. */
  retryLoad: () => Promise<void>;
  /** Starts loading what a click needs, unless it is loaded or loading (components call it on pointer-enter and focus). */
  preload: () => void;
  /** The provider's verification route, if any. */
  verifyUrl: string | undefined;
  /** The active locale's message pack once it has loaded (null before). */
  messages: MessagePack | null;
}

/** A landing's news for the component that started the attempt. */
export type ClaimEvent = { type: "verifying" } | { type: "outcome"; outcome: Outcome };

/** The runtime the hooks use: the lazily loaded engine, the locale pack and the landing mailbox. */
export interface FlowRuntime {
  /** The engine when already loaded (a click then runs in the same task). */
  engine: () => Engine | null;
  /** Loads the engine (retryable). */
  loadEngine: () => Promise<Engine>;
  /** The active locale's pack when already loaded. */
  pack: () => MessagePack | null;
  /** Loads the active locale's pack (retryable); the provider's `messages` follow. */
  loadPack: () => Promise<MessagePack>;
  /** Registers the component that owns `key`, so a landing can hand it its outcome. */
  claim: (key: string, handler: (event: ClaimEvent) => void) => () => void;
}

/** How long a landing's outcome waits for the component that started it before the provider gets it. */
const UNCLAIMED_MS = 3000;

const PortOneContext = createContext<PortOneContextValue | null>(null);
const RuntimeContext = createContext<FlowRuntime | null>(null);

const noop = (): (() => void) => () => undefined;
const browserDevice = (): Device => detectDevice(navigator);
const serverDevice = (): Device => "pc";

/**
 * Holds the store id, channel keys, device, language, theme and SDK for every component and hook
 * below it. SSR-safe: with `device="auto"` it renders as PC on the server and settles on the
 * browser's device after hydration without a mismatch. After mount it loads the rules engine and
 * the SDK script (the active locale's messages when a sentence is first needed), and hands a mobile redirect's result to the
 * component that started the attempt.
 */
export function PortOneProvider(props: PortOneProviderProps): ReactNode {
  const { storeId, channelKeys, device = "auto", locale = "ko", theme, preload = true, loadTimeoutMs = 8000, verifyUrl, children } = props;
  const sdk = props.sdk ?? lazySdk(loadTimeoutMs);
  const detected = useSyncExternalStore(noop, browserDevice, serverDevice);
  const resolvedDevice = device === "auto" ? detected : device;
  const [load, setLoad] = useState<{ status: SdkLoadStatus; error: Error | null }>({ status: preload ? "loading" : "idle", error: null });
  const [messages, setMessages] = useState<MessagePack | null>(() => packNow(locale));
  const mounted = useRef(false);
  const claims = useRef(new Map<string, (event: ClaimEvent) => void>());
  // a landing's news for a component that has not mounted yet (under a Suspense boundary, a lazy route)
  const mailbox = useRef(new Map<string, ClaimEvent[]>());
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

  const runtime = useMemo<FlowRuntime>(
    () => ({
      engine: engineNow,
      loadEngine,
      pack: () => packNow(locale),
      loadPack: () =>
        loadPack(locale).then((pack) => {
          if (mounted.current) setMessages(pack);
          return pack;
        }),
      claim: (key, handler) => {
        claims.current.set(key, handler);
        const waiting = mailbox.current.get(key);
        mailbox.current.delete(key);
        waiting?.forEach(handler);
        return () => void (claims.current.get(key) === handler && claims.current.delete(key));
      },
    }),
    [locale],
  );

  useEffect(() => {
    mounted.current = true;
    if (preload) void runLoad();
    if (hasResultQuery(window.location.search)) {
      void runtime.loadPack().catch(() => undefined);
      void loadEngine().then((engine) =>
        engine.consumeLanding({
          verifyUrl,
          deliver: (key, event) => {
            const handler = key === null ? undefined : claims.current.get(key);
            if (handler) return handler(event);
            if (key === null) return event.type === "outcome" && onRedirectResult.current?.(event.outcome);
            // the component that started it may mount a little later; if it never does, the provider gets it
            mailbox.current.set(key, [...(mailbox.current.get(key) ?? []), event]);
            if (event.type === "outcome") {
              setTimeout(() => {
                const left = mailbox.current.get(key);
                if (!left) return;
                mailbox.current.delete(key);
                onRedirectResult.current?.(event.outcome);
              }, UNCLAIMED_MS);
            }
          },
        }),
      );
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
      <RuntimeContext.Provider value={runtime}>{children}</RuntimeContext.Provider>
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

/** The provider's flow runtime (used by the flow hooks). */
export function useFlowRuntime(): FlowRuntime {
  const rt = useContext(RuntimeContext);
  if (!rt) throw new Error(MISSING);
  return rt;
}

/** The device the provider settled on (`pc` or `mobile`). */
export function useDevice(): Device {
  return usePortOne().device;
}
