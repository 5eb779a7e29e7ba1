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
  /** Orders by the paymentId created with them. */
  orders: Map<string, { amount: number; currency: "KRW" | "USD"; paid?: boolean }>;
  onEvent?: (event: unknown) => void;
}

/** The example's three endpoints on node:http. */
export declare function createApp(options: ExampleAppOptions): Server;
