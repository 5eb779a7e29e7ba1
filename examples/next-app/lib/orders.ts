import { randomUUID } from "node:crypto";
import { itemFor } from "./catalog";
import { insertOrder, type Order } from "./db";

export { findOrder, markPaid, orderStatus, type Order } from "./db";

/** A new order for one catalog item, under a fresh payment id. */
export async function createOrder(key: string | null): Promise<Order & { paymentId: string }> {
  const item = itemFor(key);
  // Inicis takes ids of at most 40 ASCII characters; this one is 36
  const paymentId = `pay-${randomUUID().replaceAll("-", "")}`;
  const order: Order = { amount: item.price, currency: item.currency, orderName: item.name };
  await insertOrder(paymentId, order);
  return { paymentId, ...order };
}
