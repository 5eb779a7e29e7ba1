import type { Server } from "node:http";

/** Options of the example app. */
export interface ExampleAppOptions {
  secret: string;
  webhookSecret: string;
  storeId?: string;
  channelKey?: string;
  baseUrl?: string;
  /** Accept payments made on a TEST channel (development only). */
  allowTestChannel?: boolean;
  /** The orders table: what a payment must be, and its atomic pending-to-paid update (see db.mjs). */
  orders: {
    find(paymentId: string): Promise<{ amount: number; currency: "KRW" | "USD" } | null>;
    /** True only for the one call that changed the order from pending to paid. */
    markPaid(paymentId: string): Promise<boolean>;
  };
  /** Ship the order here: called once per order, by whichever call marked it paid. */
  onFulfil?: (paymentId: string) => void;
  onEvent?: (event: unknown) => void;
}

/** The example's three endpoints on node:http. */
export declare function createApp(options: ExampleAppOptions): Server;
