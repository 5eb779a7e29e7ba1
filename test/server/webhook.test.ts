// @vitest-environment node
import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createInicisServer, InicisServerError } from "../../src/server/index";

const key = randomBytes(32);
const WEBHOOK_SECRET = `whsec_${key.toString("base64")}`;
const server = createInicisServer({ secret: "api-secret", baseUrl: "http://127.0.0.1:9" });
const body = JSON.stringify({ type: "Transaction.Paid", timestamp: "2026-11-28T00:00:00Z", data: { paymentId: "pay-1", storeId: "store-1", transactionId: "tx-1" } });

/** Signs like PortOne (Standard Webhooks): base64 HMAC-SHA256 over `id.timestamp.body`, as `v1,<sig>`. */
function sign(payload: string, opts: { id?: string; timestamp?: number; secret?: Buffer } = {}) {
  const id = opts.id ?? "msg_2Qx8";
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = createHmac("sha256", opts.secret ?? key).update(`${id}.${timestamp}.${payload}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}

async function refused(promise: Promise<unknown>): Promise<InicisServerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InicisServerError);
  return error as InicisServerError;
}

describe("verifyWebhook", () => {
  it("accepts a validly signed body (string or bytes) and returns the typed event", async () => {
    await expect(server.verifyWebhook({ rawBody: body, headers: sign(body), webhookSecret: WEBHOOK_SECRET })).resolves.toMatchObject({ type: "Transaction.Paid", data: { paymentId: "pay-1" } });
    await expect(server.verifyWebhook({ rawBody: new TextEncoder().encode(body), headers: sign(body), webhookSecret: WEBHOOK_SECRET })).resolves.toMatchObject({ type: "Transaction.Paid" });
  });

  it("refuses a tampered body", async () => {
    const headers = sign(body);
    const error = await refused(server.verifyWebhook({ rawBody: body.replace("pay-1", "pay-2"), headers, webhookSecret: WEBHOOK_SECRET }));
    expect(error).toMatchObject({ kind: "webhook", code: "NO_MATCHING_SIGNATURE" });
  });

  it("refuses a signature made with another secret", async () => {
    const error = await refused(server.verifyWebhook({ rawBody: body, headers: sign(body, { secret: randomBytes(32) }), webhookSecret: WEBHOOK_SECRET }));
    expect(error.code).toBe("NO_MATCHING_SIGNATURE");
  });

  it("refuses missing headers", async () => {
    const { "webhook-signature": _dropped, ...headers } = sign(body);
    const error = await refused(server.verifyWebhook({ rawBody: body, headers, webhookSecret: WEBHOOK_SECRET }));
    expect(error.code).toBe("MISSING_REQUIRED_HEADERS");
  });

  it("refuses a timestamp too old and too new (5 minutes tolerance)", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await refused(server.verifyWebhook({ rawBody: body, headers: sign(body, { timestamp: now - 301 }), webhookSecret: WEBHOOK_SECRET }))).code).toBe("TIMESTAMP_TOO_OLD");
    expect((await refused(server.verifyWebhook({ rawBody: body, headers: sign(body, { timestamp: now + 301 }), webhookSecret: WEBHOOK_SECRET }))).code).toBe("TIMESTAMP_TOO_NEW");
    await expect(server.verifyWebhook({ rawBody: body, headers: sign(body, { timestamp: now - 200 }), webhookSecret: WEBHOOK_SECRET })).resolves.toBeTruthy();
  });

  it("refuses a parsed body instead of the raw one, saying why", async () => {
    const error = await refused(server.verifyWebhook({ rawBody: JSON.parse(body) as string, headers: sign(body), webhookSecret: WEBHOOK_SECRET }));
    expect(error.message).toContain("raw request body");
  });
});
