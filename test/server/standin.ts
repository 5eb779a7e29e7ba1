import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Payment, Webhook } from "@portone/server-sdk";
import { vi } from "vitest";

/**
 * The `timeoutMs` of a server under test whose calls are not about timing out: a cap that only
 * bounds a hang. A loaded 2-core machine can take more than a few hundred ms over loopback, and a
 * short timeout then fails a normal call.
 */
export const CALL_CAP_MS = 10_000;

/** One request the stand-in received. */
export interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** What the stand-in does with a request: answer, close the connection, or never answer. */
export type Reply = { status: number; body: unknown } | "close" | "hang";

/**
 * A stand-in for PortOne's REST API on 127.0.0.1 (an ephemeral port), recording every request and
 * answering with the documented response shapes chosen by the test.
 */
export class PortOneStandIn {
  readonly requests: Recorded[] = [];
  reply: (req: Recorded) => Reply | Promise<Reply> = () => ({ status: 500, body: { type: "UNSET" } });
  private server: Server | null = null;
  private readonly sockets = new Set<import("node:net").Socket>();
  private waiting: { count: number; resolve: () => void }[] = [];

  /**
   * Resolves once `count` requests have been received since `requests` was last emptied: a test
   * waits for a request to arrive (the event), never for a time.
   */
  received(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ count, resolve }));
  }

  private record(r: Recorded): void {
    this.requests.push(r);
    const ready = this.waiting.filter((w) => this.requests.length >= w.count);
    this.waiting = this.waiting.filter((w) => this.requests.length < w.count);
    for (const w of ready) w.resolve();
  }

  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", async () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const recorded: Recorded = {
          method: req.method ?? "",
          path: req.url ?? "",
          authorization: req.headers.authorization,
          contentType: req.headers["content-type"],
          body: text ? (JSON.parse(text) as unknown) : undefined,
        };
        this.record(recorded);
        const reply = await this.reply(recorded);
        if (reply === "close") return req.socket.destroy();
        if (reply === "hang") return;
        res.writeHead(reply.status, { "content-type": "application/json" });
        res.end(JSON.stringify(reply.body));
      });
    });
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/**
 * Runs a call that is to time out, with the clock held by the test: only `setTimeout` and
 * `clearTimeout` are faked, the call is started, and the clock is moved past `timeoutMs` once the
 * stand-in has received `requests` requests (the last one left hanging). However slow the
 * machine, the timeout fires exactly there: never during an earlier request that does answer.
 * Settles as the call does.
 */
export async function timeOut<T>(standIn: PortOneStandIn, start: () => Promise<T>, { requests = 1, timeoutMs = CALL_CAP_MS } = {}): Promise<T> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    const call = start();
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    // a call that ends before the hanging request is not waited for: the test sees how it ended
    await Promise.race([standIn.received(requests), settled]);
    await vi.advanceTimersByTimeAsync(timeoutMs);
    return await call;
  } finally {
    vi.useRealTimers();
  }
}

/** A payment as PortOne keeps it, for {@link emulateRefunds}. */
export interface EmulatedPayment {
  id: string;
  storeId: string;
  status: string;
  amount: { total: number; cancelled: number; [key: string]: number };
  currency: string;
  method?: { type: string };
  channel?: { type: string };
  [key: string]: unknown;
}

/**
 * Answers like PortOne for one payment of store `payment.storeId`: `GET /payments/{id}?storeId=`
 * returns its current state when asked in its store (without `storeId`, the secret's own store,
 * `store-1`), and
 * `POST /payments/{id}/cancel` refunds it, refusing a stale `currentCancellableAmount`
 * (`CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN`), an amount above the refundable rest and a payment
 * that is not paid. `beforeGet` lets a test hold the reads (to line up concurrent refunds).
 */
export function emulateRefunds(payment: EmulatedPayment, hooks: { beforeGet?: () => Promise<void> } = {}): (req: Recorded) => Promise<Reply> {
  let cancellations = 0;
  return async (req) => {
    const path = `/payments/${encodeURIComponent(payment.id)}`;
    const url = new URL(req.path, "http://portone.local");
    if (req.method === "GET" && url.pathname === path && (url.searchParams.get("storeId") ?? "store-1") === payment.storeId) {
      await hooks.beforeGet?.();
      return { status: 200, body: structuredClone(payment) };
    }
    if (req.method === "POST" && req.path === `${path}/cancel`) {
      const body = req.body as { amount?: number; reason: string; currentCancellableAmount?: number };
      const cancellable = payment.amount.total - payment.amount.cancelled;
      if (payment.status !== "PAID" && payment.status !== "PARTIAL_CANCELLED") {
        return { status: 409, body: { type: payment.status === "CANCELLED" ? "PAYMENT_ALREADY_CANCELLED" : "PAYMENT_NOT_PAID", message: "취소할 수 없는 결제입니다." } };
      }
      if (body.currentCancellableAmount !== undefined && body.currentCancellableAmount !== cancellable) {
        return { status: 409, body: { type: "CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN", message: "취소 가능 잔액 검증에 실패했습니다." } };
      }
      const amount = body.amount ?? cancellable;
      if (amount > cancellable) return { status: 400, body: { type: "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT", message: "취소 금액이 취소 가능 금액을 초과했습니다." } };
      payment.amount.cancelled += amount;
      payment.status = payment.amount.cancelled === payment.amount.total ? "CANCELLED" : "PARTIAL_CANCELLED";
      cancellations += 1;
      const at = "2026-11-28T00:00:05Z";
      return { status: 200, body: { cancellation: { status: "SUCCEEDED", id: `cancel-${cancellations}`, totalAmount: amount, taxFreeAmount: 0, vatAmount: 0, reason: body.reason, cancelledAt: at, requestedAt: at } } };
    }
    return { status: 404, body: { type: "PAYMENT_NOT_FOUND", message: "결제 건이 존재하지 않습니다." } };
  };
}

// ---- PortOne's payment records, typed by the server SDK so the stand-in cannot drift from them ----

const AT = "2026-11-28T00:00:00Z";
const LIVE_CHANNEL: Payment.PaidPayment["channel"] = { type: "LIVE", id: "channel-1", key: "channel-key-1", name: "KG이니시스", pgProvider: "INICIS_V2", pgMerchantId: "INIpayTest" };

/** The amount of a record: PortOne's `PaymentAmount` with every required field. */
export function amountOf(total: number, over: Partial<Payment.PaymentAmount> = {}): Payment.PaymentAmount {
  return { total, taxFree: 0, vat: 0, supply: total, discount: 0, paid: total, cancelled: 0, cancelledTaxFree: 0, ...over };
}

type Common = { id: string; storeId?: string; total?: number; currency?: Payment.PaidPayment["currency"] };
const base = ({ id, storeId = "store-1", total = 39000, currency = "KRW" }: Common) => ({
  id,
  transactionId: `tx-${id}`,
  merchantId: "merchant-1",
  storeId,
  channel: LIVE_CHANNEL,
  version: "V2",
  requestedAt: AT,
  updatedAt: AT,
  statusChangedAt: AT,
  orderName: "운동화",
  amount: amountOf(total),
  currency,
  customer: { name: "홍길동" },
});

/** A paid record (`PaidPayment`) as `GET /payments/{id}` returns it. */
export function paidRecord(common: Common, over: Partial<Payment.PaidPayment> = {}): Payment.PaidPayment {
  return { ...base(common), status: "PAID", paidAt: AT, disputes: [], method: { type: "PaymentMethodCard" }, ...over };
}

/** The account a virtual-account record carries (`PaymentMethodVirtualAccount`). */
export const ISSUED_ACCOUNT: Payment.PaymentMethodVirtualAccount = {
  type: "PaymentMethodVirtualAccount",
  bank: "K_BANK",
  accountNumber: "70012345678901",
  accountType: "NORMAL",
  remitteeName: "(주)운동화가게",
  expiredAt: "2026-12-01T23:59:59+09:00",
  issuedAt: AT,
};

/** An issued virtual account awaiting the deposit (`VirtualAccountIssuedPayment`): nothing paid yet. */
export function issuedRecord(common: Common, over: Partial<Payment.VirtualAccountIssuedPayment> = {}): Payment.VirtualAccountIssuedPayment {
  const b = base(common);
  return { ...b, status: "VIRTUAL_ACCOUNT_ISSUED", amount: { ...b.amount, paid: 0 }, method: ISSUED_ACCOUNT, ...over };
}

/**
 * PortOne's payments of the stores one API secret reaches. `GET /payments/{id}?storeId=` looks in
 * that store; without `storeId` PortOne uses the secret's own store (`defaultStoreId`), as the
 * server SDK documents. A virtual account's deposit turns its record into a PAID one.
 */
export class PortOneRecords {
  private readonly records = new Map<string, Payment.Payment>();
  /** The `storeId` query of every lookup, in order (`undefined` when none was sent). */
  readonly lookups: (string | undefined)[] = [];
  constructor(readonly defaultStoreId = "store-1") {}

  put(record: Payment.PaidPayment | Payment.VirtualAccountIssuedPayment): this {
    this.records.set(`${record.storeId}\u0000${record.id}`, record);
    return this;
  }

  /** The buyer deposits into an issued account: the record becomes PAID, with the same account. */
  deposit(storeId: string, id: string): Payment.PaidPayment {
    const issued = this.records.get(`${storeId}\u0000${id}`) as Payment.VirtualAccountIssuedPayment;
    const { status: _issued, ...rest } = issued;
    const paid: Payment.PaidPayment = { ...rest, status: "PAID", amount: { ...issued.amount, paid: issued.amount.total }, paidAt: AT, disputes: [] };
    this.records.set(`${storeId}\u0000${id}`, paid);
    return paid;
  }

  readonly reply = (req: Recorded): Reply => {
    const url = new URL(req.path, "http://portone.local");
    const match = /^\/payments\/([^/]+)$/.exec(url.pathname);
    if (req.method !== "GET" || !match) return { status: 404, body: { type: "NOT_FOUND", message: "없는 경로입니다." } };
    const storeId = url.searchParams.get("storeId") ?? undefined;
    this.lookups.push(storeId);
    const record = this.records.get(`${storeId ?? this.defaultStoreId}\u0000${decodeURIComponent(match[1]!)}`);
    return record ? { status: 200, body: structuredClone(record) } : { status: 404, body: { type: "PAYMENT_NOT_FOUND", message: "결제 건이 존재하지 않습니다." } };
  };
}

// ---- PortOne's webhooks, of both versions, signed as PortOne signs them (Standard Webhooks) ----

/** The headers of a webhook: base64 HMAC-SHA256 over `id.timestamp.body` as `v1,<sig>`. */
export function signWebhook(key: Uint8Array, body: string, id: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${signature}` };
}

/** A `Transaction.Paid` body of the current version (2024-04-25), as the server SDK types it. */
export function paidEvent(paymentId: string, storeId = "store-1"): string {
  const event: Webhook.WebhookTransactionPaid = { type: "Transaction.Paid", timestamp: AT, data: { paymentId, storeId, transactionId: `tx-${paymentId}` } };
  return JSON.stringify(event);
}

/** A body of the console's older webhook version (2024-01-01): `{ payment_id, tx_id, status }`. */
export function olderEvent(paymentId: string, status = "Paid"): string {
  return JSON.stringify({ payment_id: paymentId, tx_id: `tx-${paymentId}`, status });
}
