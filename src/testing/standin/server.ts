// The PortOne REST stand-in on node:http, 127.0.0.1 only. Besides PortOne's routes it serves what
// the fake browser script needs from a "PortOne" that only exists on this machine:
// - POST /__control/payments: the fake PC window reports how it ended (pay / refuse);
// - GET /__pg?kind=...&request=...: the payment page a mobile window leaves for.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { fakePortOneScript } from "../fake-script";
import { CHOICES, type Choice, landingUrl, paymentOf, paymentPageHtml } from "./payment-page";
import { type Answer, cancelled, deposited, recordOf, webhookBody } from "./records";
import type { PortOneStandIn, PortOneStandInOptions, StandInPayment, StandInPaymentInput, StandInPaymentPage, StandInRequest, StandInWebhookOptions } from "./types";
import { deliver, newWebhookId, newWebhookSecret, signedHeaders, webhookKeyOf } from "./webhooks";

const CORS = { "access-control-allow-origin": "*", "access-control-allow-methods": "POST, OPTIONS", "access-control-allow-headers": "content-type" };
const MAX_BODY = 256 * 1024;
const hex = (bytes: number) => randomBytes(bytes).toString("hex");
const notFound = (): Answer => ({ status: 404, body: { type: "PAYMENT_NOT_FOUND", message: "결제 건이 존재하지 않습니다." } });

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error("body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const parse = (text: string): unknown => (text === "" ? undefined : (JSON.parse(text) as unknown));
const asObject = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Creates a stand-in for PortOne's REST API, for your server's tests and end-to-end runs (Node
 * only: call {@link PortOneStandIn.listen} to serve it on 127.0.0.1). Point your server at it with
 * `createInicisServer({ baseUrl: standIn.url, secret, storeId })`, record payments with
 * {@link PortOneStandIn.pay} (or let the fake payment window record them), and deliver PortOne's
 * signed webhooks with {@link PortOneStandIn.sendWebhook} and {@link PortOneStandIn.deposit}.
 */
export function createPortOneStandIn(options: PortOneStandInOptions): PortOneStandIn {
  if (typeof options?.storeId !== "string" || options.storeId === "") throw new TypeError("PortOne stand-in: createPortOneStandIn({ storeId }) needs your store id");
  const { storeId, secret } = options;
  const webhookSecret = options.webhookSecret ?? newWebhookSecret();
  const webhookKey = webhookKeyOf(webhookSecret);
  const payments = new Map<string, StandInPayment>();
  const requests: StandInRequest[] = [];
  const paymentPages: StandInPaymentPage[] = [];
  const sessions = new Map<string, StandInPaymentPage>();
  const sockets = new Set<Socket>();
  let misreport: number | undefined;
  let address: string | null = null;
  let listening: Promise<string> | null = null;
  const server = createServer((req, res) => void route(req, res));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  const now = () => new Date().toISOString();
  const record = (input: StandInPaymentInput): StandInPayment => {
    const payment = recordOf(input, { storeId, at: now(), random: () => hex(5), reportedAmount: misreport });
    if (payment.status === "PAID" || payment.status === "VIRTUAL_ACCOUNT_ISSUED") misreport = undefined;
    payments.set(payment.id, payment);
    return payment;
  };
  const mustHave = (paymentId: string): StandInPayment => {
    const payment = payments.get(paymentId);
    if (!payment) throw new Error(`PortOne stand-in: no payment ${paymentId} (record it with pay() first)`);
    return payment;
  };
  const send = (body: string, delivery: StandInWebhookOptions = {}) => {
    const url = delivery.webhookUrl ?? options.webhookUrl;
    if (url === undefined) throw new Error("PortOne stand-in: no webhook URL; pass { webhookUrl } to createPortOneStandIn or to this call");
    return deliver(url, body, delivery.deliveries ?? [newWebhookId()], (id) => signedHeaders(webhookKey, body, id, Math.floor(Date.now() / 1000)));
  };

  /** PortOne's own routes: a payment by id, and its refund. */
  async function rest(req: IncomingMessage, url: URL, text: string): Promise<Answer> {
    const match = /^\/payments\/([^/]+)(\/cancel)?$/.exec(url.pathname);
    const paymentId = match ? decodeURIComponent(match[1]!) : undefined;
    const body = text === "" ? undefined : parse(text);
    requests.push({ method: req.method ?? "", path: `${url.pathname}${url.search}`, ...(paymentId !== undefined && { paymentId }), ...(req.headers.authorization !== undefined && { authorization: req.headers.authorization }), ...(body !== undefined && { body }) });
    const authorization = req.headers.authorization ?? "";
    if (secret !== undefined ? authorization !== `PortOne ${secret}` : !authorization.startsWith("PortOne ")) return { status: 401, body: { type: "UNAUTHORIZED", message: "인증 정보가 올바르지 않습니다." } };
    if (!match || paymentId === undefined) return { status: 404, body: { type: "NOT_FOUND", message: `the stand-in has no ${req.method} ${url.pathname}` } };
    const payment = payments.get(paymentId);
    if (!match[2] && req.method === "GET") {
      // without storeId PortOne looks in the API secret's own store
      if (!payment || payment.storeId !== (url.searchParams.get("storeId") ?? storeId)) return notFound();
      return { status: 200, body: payment };
    }
    if (match[2] && req.method === "POST") {
      if (!payment || payment.storeId !== (asObject(body).storeId ?? storeId)) return notFound();
      const result = cancelled(payment, body, now(), `cancel-${hex(5)}`);
      if (result.record) payments.set(paymentId, result.record);
      return result.answer;
    }
    return { status: 405, body: { type: "METHOD_NOT_ALLOWED", message: `${req.method} ${url.pathname}` } };
  }

  /** A window ended: what it leaves in PortOne's records (nothing for a closed window). */
  function windowEnded(kind: string, request: Record<string, unknown>, choice: Choice, transactionId: string): void {
    const input = paymentOf(kind, request, choice, transactionId);
    if (input) record(input);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    try {
      const text = await readBody(req);
      if (url.pathname === "/__control/payments") {
        if (req.method === "OPTIONS") return void res.writeHead(204, CORS).end();
        if (req.method !== "POST") return reply(405, { type: "METHOD_NOT_ALLOWED" }, CORS);
        const ended = asObject(parse(text));
        const choice = ended.choice as Choice;
        if (!CHOICES.includes(choice) || typeof ended.kind !== "string" || typeof ended.transactionId !== "string") return reply(400, { type: "INVALID_REQUEST", message: "{ kind, request, choice, transactionId }" }, CORS);
        windowEnded(ended.kind, asObject(ended.request), choice, ended.transactionId);
        return reply(201, { recorded: choice }, CORS);
      }
      if (url.pathname === "/__pg" && req.method === "GET") {
        const page: StandInPaymentPage = { kind: url.searchParams.get("kind") ?? "requestPayment", request: asObject(parse(url.searchParams.get("request") ?? "")) };
        paymentPages.push(page);
        const token = hex(8);
        sessions.set(token, page);
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return void res.end(paymentPageHtml(token, page.request));
      }
      const pg = /^\/__pg\/([0-9a-f]+)\/(pay|refuse|close)$/.exec(url.pathname);
      if (pg && req.method === "POST") {
        const page = sessions.get(pg[1]!);
        if (!page) return reply(404, { type: "NO_SESSION", message: "this payment page was already used" });
        sessions.delete(pg[1]!);
        const transactionId = `tx-${hex(5)}`;
        windowEnded(page.kind, page.request, pg[2] as Choice, transactionId);
        res.writeHead(303, { location: landingUrl(page.kind, page.request, pg[2] as Choice, transactionId) });
        return void res.end();
      }
      const answer = await rest(req, url, text);
      return reply(answer.status, answer.body);
    } catch (error) {
      return reply(400, { type: "INVALID_REQUEST", message: error instanceof Error ? error.message : String(error) }, CORS);
    }
  }

  const urlNow = (what: string): string => {
    if (address === null) throw new Error(`PortOne stand-in: read ${what} after await standIn.listen()`);
    return address;
  };

  return {
    get url() {
      return urlNow("url");
    },
    storeId,
    webhookSecret,
    get browserScript() {
      return fakePortOneScript({ standInUrl: urlNow("browserScript") });
    },
    payments,
    requests,
    paymentPages,
    listen() {
      listening ??= new Promise<string>((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 0, "127.0.0.1", () => {
          server.off("error", reject);
          address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
          resolve(address);
        });
      });
      return listening;
    },
    async close() {
      if (!server.listening) return;
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      address = null;
      listening = null;
    },
    pay: record,
    misreportNext(amount) {
      if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 0) throw new TypeError(`PortOne stand-in: misreportNext(amount) needs a whole number >= 0, got ${String(amount)}`);
      misreport = amount;
    },
    async deposit(paymentId, delivery) {
      const paid = deposited(mustHave(paymentId), now());
      payments.set(paymentId, paid);
      if ((delivery?.webhookUrl ?? options.webhookUrl) === undefined) return [];
      return send(webhookBody(paid, paid.updatedAt), delivery);
    },
    sendWebhook(paymentId, delivery) {
      return send(webhookBody(mustHave(paymentId), now(), delivery?.type), delivery);
    },
    signWebhook(body, signing) {
      return signedHeaders(webhookKey, body, signing?.id ?? newWebhookId(), signing?.timestamp ?? Math.floor(Date.now() / 1000));
    },
    reset() {
      payments.clear();
      requests.length = 0;
      paymentPages.length = 0;
      sessions.clear();
      misreport = undefined;
    },
  };
}
