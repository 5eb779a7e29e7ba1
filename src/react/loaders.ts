import type { MessagePack } from "../core/format";
import type { MessageLocale } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import type { After } from "../flow/after-loader";
import { lazyPiece } from "./lazy-piece";

// What a click needs beyond the button itself (the Inicis rules, the request builders, the SDK
// adapter) is one lazily loaded engine chunk, loaded by the provider after mount and again on
// pointer-enter or focus; once loaded, a click reaches the SDK in the same task. One locale's
// message pack is loaded when a sentence is first needed: an invalid input, a form field's error,
// the status line after an attempt. Neither ever holds a failure: the next call tries again.

/** The engine module (the flow layer: attempts, landings, verification, the real SDK adapter). */
export type Engine = typeof import("../flow/index");

const engine = lazyPiece<Engine>(() => import("../flow/index"));
const after = lazyPiece<After>(() => import("../flow/after"));
const packs = {
  ko: lazyPiece<MessagePack>(() => import("../core/locales/ko").then((m) => m.ko)),
  en: lazyPiece<MessagePack>(() => import("../core/locales/en").then((m) => m.en)),
};

/** Loads the engine once (retryable after a failure). */
export const loadEngine = engine.load;
/** The engine if it has loaded. */
export const engineNow = engine.now;
/** Calls `listener` when the engine has loaded. */
export const onEngine = engine.subscribe;

/** Loads the after-window chunk once (retryable after a failure): an attempt fetches it while its window is open. */
export const loadAfter = after.load;

/** Loads the landing's router (a page PortOne's redirect came back to); retried on the next landing after a failure. */
export function loadLanding(): Promise<typeof import("../flow/route-page")> {
  return import("../flow/route-page");
}

/** Loads a locale's message pack once (retryable after a failure). */
export function loadPack(locale: MessageLocale): Promise<MessagePack> {
  return packs[locale === "en" ? "en" : "ko"].load();
}

/** A locale's pack if it has loaded. */
export function packNow(locale: MessageLocale): MessagePack | null {
  return packs[locale === "en" ? "en" : "ko"].now();
}

const sdks = new Map<number, PortOneSdk>();

/**
 * The default SDK: the real `@portone/browser-sdk` adapter, which lives in the engine chunk. Until
 * that chunk is there, each call loads it first; afterwards calls go straight through.
 */
export function lazySdk(timeoutMs: number): PortOneSdk {
  let sdk = sdks.get(timeoutMs);
  if (!sdk) {
    let real: PortOneSdk | null = null;
    const now = (): PortOneSdk | null => (real ??= engine.now()?.createPortOneSdk({ timeoutMs }) ?? null);
    type Call = (request?: never) => Promise<unknown>;
    const calls: Record<string, Call> = {};
    for (const name of ["preload", "requestPayment", "requestIssueBillingKey", "requestIssueBillingKeyAndPay"] as const) {
      const on = (s: PortOneSdk | null): Call | undefined => s?.[name] as Call | undefined;
      calls[name] = (request) => on(now())?.(request) ?? loadEngine().then(() => on(now())!(request));
    }
    sdk = calls as unknown as PortOneSdk;
    sdks.set(timeoutMs, sdk);
  }
  return sdk;
}
