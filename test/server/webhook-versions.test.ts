// @vitest-environment node
// Issue 18, finding 5: payloads of the console's older webhook version ({ payment_id, tx_id,
// status }, 2024-01-01) are recognised: the handler re-fetches the payment by payment_id and
// fulfils it through onPaid, and nothing hands them on typed as the current version.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInicisServer, InicisServerError, type PaidOrder } from "../../src/server/index";
import { issuedRecord, olderEvent, paidRecord, PortOneRecords, PortOneStandIn, signWebhook } from "./standin";

const key = randomBytes(32);
const WEBHOOK_SECRET = `whsec_${key.toString("base64")}`;
const standIn = new PortOneStandIn();
let baseUrl = "";
let records: PortOneRecords;
beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(() => standIn.stop());
beforeEach(() => {
  records = new PortOneRecords("store-1");
  standIn.reply = records.reply;
});

const order = { amount: 39000, currency: "KRW" as const };
const OLDER_SENTENCE =
  "An older webhook version (2024-01-01: { payment_id, tx_id, status }): the payment was re-fetched from PortOne and checked, and onWebhook was not called. Choose the current webhook version (2024-04-25) in the PortOne console.";
function setup() {
  const onPaid = vi.fn<(p: PaidOrder) => void>();
  const onWebhook = vi.fn<(e: unknown) => void>();
  const server = createInicisServer({ secret: "s", storeId: "store-1", baseUrl });
  const handlers = server.handlers({ findOrder: (id) => (id.startsWith("pay-") ? order : null), onPaid, onWebhook, webhookSecret: WEBHOOK_SECRET });
  const deliver = async (body: string, id = "wh-older-1") => {
    const r = await handlers.webhook(new Request("http://shop.example/api/portone/webhook", { method: "POST", body, headers: signWebhook(key, body, id) }));
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  return { server, onPaid, onWebhook, deliver };
}

describe("the console's older webhook version (issue 18, finding 5)", () => {
  it("a signed { payment_id, tx_id, status: Paid } is re-fetched by payment_id and fulfils through onPaid; onWebhook never sees it", async () => {
    records.put(paidRecord({ id: "pay-1" }));
    const { onPaid, onWebhook, deliver } = setup();
    expect(await deliver(olderEvent("pay-1", "Paid"))).toStrictEqual({ status: 200, body: { ok: true, verdict: "received", paymentId: "pay-1", check: "paid", message: OLDER_SENTENCE } });
    expect(records.lookups).toEqual(["store-1"]);
    expect(onPaid.mock.calls[0]![0]).toMatchObject({ paymentId: "pay-1", source: "webhook", payment: { status: "PAID" } });
    expect(onWebhook).not.toHaveBeenCalled();
  });

  it("its status is not trusted: an older VirtualAccountIssued (or a Paid whose record is not paid) fulfils nothing", async () => {
    records.put(issuedRecord({ id: "pay-1" }));
    const { onPaid, deliver } = setup();
    expect((await deliver(olderEvent("pay-1", "VirtualAccountIssued"), "wh-a")).body).toMatchObject({ verdict: "received", check: "virtual-account-issued" });
    expect((await deliver(olderEvent("pay-1", "Paid"), "wh-b")).body).toMatchObject({ verdict: "received", check: "virtual-account-issued" });
    expect(onPaid).not.toHaveBeenCalled();
  });

  it("verifyWebhook never returns it typed as the current version: OLDER_WEBHOOK_VERSION, with what to do", async () => {
    const { server } = setup();
    const body = olderEvent("pay-1");
    const error = await server.verifyWebhook({ rawBody: body, headers: signWebhook(key, body, "wh-1"), webhookSecret: WEBHOOK_SECRET }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InicisServerError);
    expect(error).toMatchObject({ kind: "webhook", code: "OLDER_WEBHOOK_VERSION", operation: "verifyWebhook" });
    expect((error as Error).message).toContain("Choose the current version (2024-04-25) in the PortOne console, or use handlers().webhook");
  });

  it("a signed body of neither version is refused (INVALID_WEBHOOK), not handed on", async () => {
    const { server, onWebhook, deliver } = setup();
    for (const body of ['{"paymentId":"pay-1"}', "[]", "null", '"text"', '{"payment_id":1}']) {
      expect(await deliver(body, `wh-${body}`), body).toStrictEqual({ status: 400, body: { ok: false, verdict: "invalid-signature", reason: "INVALID_WEBHOOK" } });
      await expect(server.verifyWebhook({ rawBody: body, headers: signWebhook(key, body, "wh-x"), webhookSecret: WEBHOOK_SECRET }), body).rejects.toMatchObject({
        code: "INVALID_WEBHOOK",
        message: "[react-portone-inicis/server] verifyWebhook: the signature holds, but the body is not a PortOne webhook of either version ({ type, data } or { payment_id, tx_id, status }).",
      });
    }
    expect(onWebhook).not.toHaveBeenCalled();
  });

  it("an older payload whose payment_id is not a payment id is refused with a sentence; a forged one is refused by its signature", async () => {
    const { onPaid, deliver } = setup();
    expect(await deliver(JSON.stringify({ payment_id: "결제-1", tx_id: "t", status: "Paid" }))).toStrictEqual({
      status: 400,
      body: { ok: false, verdict: "invalid-request", message: "The webhook's paymentId must be printable ASCII of 1 to 40 characters." },
    });
    const body = olderEvent("pay-1");
    const { webhook } = createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).handlers({ findOrder: () => order, onPaid, webhookSecret: WEBHOOK_SECRET });
    const forged = await webhook(new Request("http://shop.example/api/portone/webhook", { method: "POST", body: body.replace("pay-1", "pay-2"), headers: signWebhook(key, body, "wh-f") }));
    expect([forged.status, await forged.json()]).toStrictEqual([400, { ok: false, verdict: "invalid-signature", reason: "NO_MATCHING_SIGNATURE" }]);
    expect(onPaid).not.toHaveBeenCalled();
    expect(records.lookups).toEqual([]);
  });
});
