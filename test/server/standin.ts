import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

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
        this.requests.push(recorded);
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

/** A payment as PortOne keeps it, for {@link emulateRefunds}. */
export interface EmulatedPayment {
  id: string;
  status: string;
  amount: { total: number; cancelled: number; [key: string]: number };
  currency: string;
  method?: { type: string };
  channel?: { type: string };
  [key: string]: unknown;
}

/**
 * Answers like PortOne for one payment: `GET /payments/{id}` returns its current state, and
 * `POST /payments/{id}/cancel` refunds it, refusing a stale `currentCancellableAmount`
 * (`CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN`), an amount above the refundable rest and a payment
 * that is not paid. `beforeGet` lets a test hold the reads (to line up concurrent refunds).
 */
export function emulateRefunds(payment: EmulatedPayment, hooks: { beforeGet?: () => Promise<void> } = {}): (req: Recorded) => Promise<Reply> {
  let cancellations = 0;
  return async (req) => {
    const path = `/payments/${encodeURIComponent(payment.id)}`;
    if (req.method === "GET" && req.path === path) {
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
