// PortOne's webhooks as the stand-in sends them: Standard Webhooks signatures (HMAC-SHA256 over
// "id.timestamp.body" with the base64 key after `whsec_`), POSTed one delivery at a time.
import { createHmac, randomBytes } from "node:crypto";
import type { StandInWebhookDelivery, StandInWebhookHeaders } from "./types";

const PREFIX = "whsec_";

/** A fresh webhook secret in the console's format (`whsec_` + base64 of 32 random bytes). */
export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString("base64")}`;
}

/** The key a `whsec_...` secret stands for; throws when it is no base64 (as the server SDK would refuse it). */
export function webhookKeyOf(secret: string): Buffer {
  const text = secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret;
  const key = Buffer.from(text, "base64");
  if (text === "" || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || key.length === 0) {
    throw new TypeError("PortOne stand-in: webhookSecret must be whsec_ followed by base64, as the PortOne console gives it");
  }
  return key;
}

/** The headers of one delivery of `body`. */
export function signedHeaders(key: Buffer, body: string, id: string, timestamp: number): StandInWebhookHeaders {
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${signature}` };
}

/** A `webhook-id` PortOne might send (unique per message). */
export const newWebhookId = (): string => `wh-${randomBytes(8).toString("hex")}`;

/** POSTs `body` once per id, in order, and collects your server's answers. */
export async function deliver(url: string, body: string, ids: readonly string[], sign: (id: string) => StandInWebhookHeaders): Promise<StandInWebhookDelivery[]> {
  const target = new URL(url);
  if (target.protocol !== "http:" && target.protocol !== "https:") throw new TypeError(`PortOne stand-in: the webhook URL must be http(s), got ${url}`);
  const answers: StandInWebhookDelivery[] = [];
  for (const id of ids) {
    const response = await fetch(target, { method: "POST", headers: { ...sign(id) }, body });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: reported as null
    }
    answers.push({ id, status: response.status, body: parsed });
  }
  return answers;
}
