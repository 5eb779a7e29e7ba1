import { dialogFields } from "../core/buyer-rules";
import type { MessagePack } from "../core/format";
import type { Outcome } from "../core/outcome";
import type { BuyerInput, DeviceClass, Flow } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import type { LoadAfter } from "./after-loader";
import { runAttempt } from "./attempt";
import type { AttemptController } from "./machine";
import { pageStore } from "./page";

// What a component's click starts: one attempt on its machine, with the provider's and the
// component's settings read at that moment, and the buyer dialog when the buyer can fix the input.

/** The settings of a component's attempt, read when it starts. */
export interface StartSettings {
  flow: Flow;
  storeId: string;
  channelKey: string | undefined;
  device: DeviceClass;
  sdk: PortOneSdk;
  verifyUrl: string | false | undefined;
  attemptKey: string | undefined;
  collectBuyer: boolean;
  pack: MessagePack | null;
  loadPack: () => Promise<MessagePack>;
  /** What the buyer typed in earlier dialogs on this page. */
  typed: BuyerInput;
  /** Loads the after-window chunk (the answer's reader and the verify client). */
  loadAfter: LoadAfter;
}

/** Starts an attempt on a component's machine (or returns the running one). */
export function startAttempt(machine: AttemptController, settings: () => StartSettings, input: unknown): Promise<Outcome> {
  const given = input as { customer?: BuyerInput };
  return machine.run(
    (patch) => {
      const s = settings();
      return runAttempt({
        ...s,
        // what the buyer typed in the dialog completes the customer for this attempt only
        input: Object.keys(patch).length === 0 ? input : { ...given, customer: { ...given.customer, ...patch } },
        pageUrl: window.location.href,
        store: pageStore(),
        onVerifying: () => machine.land({ type: "verifying" }),
      });
    },
    (issues) => {
      const s = settings();
      const fields = s.collectBuyer ? dialogFields(issues) : null;
      return fields && s.pack ? { fields, initial: { ...s.typed, ...given.customer } } : null;
    },
  );
}
