// The merchant's side of README.md's code blocks: names the blocks use but leave to the reader's
// app. test/readme-snippets.mjs imports from here only the names a block uses without defining.
// Each type is what the surrounding README text says the value is; nothing here may widen a type
// to make a block pass (no `any`).
import type { ReactNode } from "react";
import type { BuyerInput, CardCredential, EscrowShipmentInput, ServerCustomer, ServerPaymentBase, StoreReceiptItem, VerifyWebhookInput } from "react-portone-inicis/server";

// ---- browser blocks ----

/** The merchant's client checkout component (a `"use client"` file with PayButton and its callbacks). */
export declare function Checkout(): ReactNode;
/** The merchant's orders: what each payment id must cost (a database in a real app). */
export declare const orders: Map<string, { amount: number; currency: "KRW" | "USD" }>;
/** The merchant's app, wrapped by `<PortOneProvider>`. */
export declare function App(): ReactNode;
/** Sends a paymentId to the merchant's own server, which verifies it (`verifyPayment`) before fulfilling. */
export declare function verifyOnServer(paymentId: string): Promise<void>;
/** Stores a phone subscription; `txId` may be missing from an outcome (it is optional in PhoneBillingSuccess). */
export declare function saveSubscription(billingKey: string, paymentId: string, txId?: string): Promise<void>;
/** Stores a card billing key issued by `<BillingKeyForm>`. */
export declare function save(billingKey: string): Promise<void>;

// ---- the /server block (a route handler of the merchant's server) ----

/** The merchant's database, as `pg`'s Pool (or PGlite) answers a parameterised query. */
export declare const db: { query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: Row[] }> };
/**
 * The merchant's orders table, as the walkthrough ("From order to paid") uses it; in SQL it is
 * examples/vite-app/db.mjs. `markPaid` is the one atomic
 * `UPDATE orders SET status = 'paid' WHERE payment_id = $1 AND status = 'pending' RETURNING payment_id`:
 * true only for the call that changed the row. test/readme-walkthrough.mjs runs the walkthrough
 * with an in-memory table of the same contract.
 */
export declare const ordersDb: {
  create(paymentId: string, order: { amount: number; currency: "KRW" | "USD"; orderName: string }): Promise<void>;
  find(paymentId: string): Promise<{ amount: number; currency: "KRW" | "USD"; orderName: string } | null>;
  markPaid(paymentId: string): Promise<boolean>;
};
/** Ships the order (or e-mails the buyer): done once, by the call whose update marked it paid. */
export declare function ship(paymentId: string): Promise<void>;

/** From the PortOne console. */
export declare const storeId: string;
/** The Inicis channel's key, from the PortOne console. */
export declare const channelKey: string;
/** The order's payment id, as the browser reported it (`outcome.paymentId`) or as the server created it. */
export declare const paymentId: string;
/** The webhook request's body exactly as received, not parsed. */
export declare const rawBody: string;
/** The webhook request's headers. */
export declare const headers: VerifyWebhookInput["headers"];
/** The buyer fields `<BillingKeyForm mode="keyed-in">` posted with the card. */
export declare const buyer: BuyerInput;
/** The card data `<BillingKeyForm mode="keyed-in">` posted. */
export declare const credential: CardCredential;
/** The server API's buyer, e.g. `toServerCustomer(buyer)`. */
export declare const customer: ServerCustomer;
/** A billing key stored earlier (from `issueBillingKey`, `<BillingKeyForm>` or `<PhoneBillingButton>`). */
export declare const billingKey: string;
/** The order's name as the buyer sees it. */
export declare const orderName: string;
/** The order's amount: a number or `{ total, taxFree?, vat? }`. */
export declare const amount: ServerPaymentBase["amount"];
/** When the scheduled payment should run. */
export declare const nextMonth: Date;
/** The open-market stores of a receipt. */
export declare const items: StoreReceiptItem[];
/** The escrow shipment's sender. */
export declare const sender: EscrowShipmentInput["sender"];
/** The escrow shipment's receiver. */
export declare const receiver: EscrowShipmentInput["receiver"];
/** The escrow shipment's carrier and invoice number. */
export declare const logistics: EscrowShipmentInput["logistics"];
/** The escrow shipment's products. */
export declare const products: EscrowShipmentInput["products"];

// ---- the testing block (a merchant's own test file) ----

/** The merchant's test renderer (Testing Library). */
export declare const render: typeof import("@testing-library/react").render;
/** The merchant's test runner's `expect` (Vitest). */
export declare const expect: typeof import("vitest").expect;
/** The merchant's Playwright page (an end-to-end test of the whole app). */
export declare const page: import("playwright").Page;
