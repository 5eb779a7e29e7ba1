import type { MessagePack } from "../core/format";
import type { MessageLocale } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import type { After } from "../flow/after-loader";

// What a click needs beyond the button itself (the Inicis rules, the request builders, the SDK
// adapter) is one lazily loaded engine chunk, loaded by the provider after mount and again on
// pointer-enter or focus; once loaded, a click reaches the SDK in the same task. One locale's
// message pack is loaded when a sentence is first needed: an invalid input, a form field's error,
// the status line after an attempt. Neither ever holds a failure: the next call tries again.

/** The engine module (the flow layer: attempts, landings, verification, the real SDK adapter). */
export type Engine = typeof import("../flow/index");

let engine: Engine | null = null;
let engineLoading: Promise<Engine> | null = null;
const packs: Partial<Record<MessageLocale, MessagePack>> = {};
const packsLoading: Partial<Record<MessageLocale, Promise<MessagePack>>> = {};

function retryable<T>(start: () => Promise<T>, done: (v: T) => void, forget: () => void): Promise<T> {
  return start().then(
    (v) => {
      done(v);
      return v;
    },
    (error: unknown) => {
      forget();
      throw error;
    },
  );
}

/** Loads the engine once (retryable after a failure). */
export function loadEngine(): Promise<Engine> {
  return (engineLoading ??= retryable(
    () => import("../flow/index"),
    (m) => (engine = m),
    () => (engineLoading = null),
  ));
}

let afterLoading: Promise<After> | null = null;

/** Loads the after-window chunk once (retryable after a failure): an attempt fetches it while its window is open. */
export function loadAfter(): Promise<After> {
  return (afterLoading ??= import("../flow/after").catch((error: unknown) => {
    afterLoading = null;
    throw error;
  }));
}

/** Loads the landing's router (a page PortOne's redirect came back to); retried on the next landing after a failure. */
export function loadLanding(): Promise<typeof import("../flow/route-page")> {
  return import("../flow/route-page");
}

/** Loads a locale's message pack once (retryable after a failure). */
export function loadPack(locale: MessageLocale): Promise<MessagePack> {
  return (packsLoading[locale] ??= retryable(
    () => (locale === "en" ? import("../core/locales/en").then((m) => m.en) : import("../core/locales/ko").then((m) => m.ko)),
    (p) => (packs[locale] = p),
    () => delete packsLoading[locale],
  ));
}

/** The engine if it has loaded. */
export function engineNow(): Engine | null {
  return engine;
}

/** A locale's pack if it has loaded. */
export function packNow(locale: MessageLocale): MessagePack | null {
  return packs[locale] ?? null;
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
    const now = (): PortOneSdk | null => (real ??= engine ? engine.createPortOneSdk({ timeoutMs }) : null);
    const later = (): Promise<PortOneSdk> => loadEngine().then(() => now()!);
    const call =
      (name: "requestPayment" | "requestIssueBillingKey" | "requestIssueBillingKeyAndPay") =>
      (request: never): Promise<never> =>
        (now()?.[name](request) as Promise<never> | undefined) ?? later().then((s) => s[name](request) as Promise<never>);
    sdk = {
      preload: () => later().then((s) => s.preload()),
      requestPayment: call("requestPayment"),
      requestIssueBillingKey: call("requestIssueBillingKey"),
      requestIssueBillingKeyAndPay: call("requestIssueBillingKeyAndPay"),
    };
    sdks.set(timeoutMs, sdk);
  }
  return sdk;
}
