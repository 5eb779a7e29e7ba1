import { randomUUID } from "node:crypto";
import { itemFor } from "./catalog";

/** What the server expects a payment to be: verification compares PortOne's answer with this. */
export interface Order {
  amount: number;
  currency: "KRW";
  orderName: string;
}

// In memory for the example (use your database). On globalThis because each route module of a
// Next.js build may get its own copy of this file.
const store = globalThis as typeof globalThis & { __exampleOrders?: Map<string, Order> };
const orders = (store.__exampleOrders ??= new Map<string, Order>());

/** A new order for one catalog item, under a fresh payment id. */
export function createOrder(key: string | null): Order & { paymentId: string } {
  const item = itemFor(key);
  // Inicis takes ids of at most 40 ASCII characters; this one is 36
  const paymentId = `pay-${randomUUID().replaceAll("-", "")}`;
  const order: Order = { amount: item.price, currency: item.currency, orderName: item.name };
  orders.set(paymentId, order);
  return { paymentId, ...order };
}

/** The order a payment id was made for, or null. */
export async function findOrder(paymentId: string): Promise<Order | null> {
  return orders.get(paymentId) ?? null;
}
