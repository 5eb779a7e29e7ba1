import type { MessagePack } from "../core/format";
import type { Theme } from "../core/theme";
import type { DeviceClass, MessageLocale } from "../core/types";
import type { After } from "../flow/after-loader";
import type { Claimant } from "../flow/landing";
import type { createAttemptController } from "../flow/machine";
import type { startAttempt } from "../flow/start";
import type { PortOneSdk } from "../sdk/port";

// The provider's context value and the part of its flow hub that the attempt machinery uses, as
// types of their own: the flow buttons' machinery lives in the engine chunk, which the provider's
// module loads, so it names these without naming the provider (no cycle, not even of types).

/** Channel keys per flow, from the PortOne console (결제연동 > 채널관리). */
export interface ChannelKeys {
  payment?: string;
  billingKey?: string;
  phoneBilling?: string;
}

/** State of the SDK script: not asked yet, loading, ready, or failed (retryable). */
export type SdkLoadStatus = "idle" | "loading" | "ready" | "error";

/** What the provider gives hooks and components. */
export interface PortOneContextValue {
  storeId: string;
  channelKeys: ChannelKeys;
  /** `pc`, `mobile`, or `ambiguous` (either window may open: both windows' requirements apply). */
  device: DeviceClass;
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

/** The engine as the attempt machinery uses it (the whole engine module is `Engine` in loaders.ts). */
export interface EngineCore {
  createAttemptController: typeof createAttemptController;
  startAttempt: typeof startAttempt;
}

/** The provider's flow hub as the attempt machinery uses it (the provider's `FlowHub` has more). */
export interface FlowHubCore {
  /** The engine when already loaded (a click then runs in the same task). */
  engine: () => EngineCore | null;
  /** Loads the engine (retryable). */
  loadEngine: () => Promise<EngineCore>;
  /** Loads the chunk that reads a window's answer and verifies it (an attempt fetches it while its window is open). */
  loadAfter: () => Promise<After>;
  /** The active locale's pack when already loaded. */
  pack: () => MessagePack | null;
  /** Loads the active locale's pack (retryable); the provider's `messages` follow. */
  loadPack: () => Promise<MessagePack>;
  /** Offers a mounted component as the owner of this page's landing; returns its release. */
  claim: (claimant: Claimant) => () => void;
  /** A claimant's request or key changed: the landing is matched again. */
  changed: () => void;
}
