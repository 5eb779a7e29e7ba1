// The HTTP edges of the route handlers: JSON answers, and bodies read with a size limit.
import type { VerifyResponseBody } from "../core/verify-contract";
import type { WebhookResponseBody } from "./webhook-contract";

/** A JSON answer that no cache keeps. */
export function json(status: number, body: VerifyResponseBody | WebhookResponseBody, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers } });
}

/** 405 for anything but POST. */
export const notPost = (): Response => json(405, { ok: false, verdict: "invalid-request", message: "Use POST." }, { allow: "POST" });

/** 413 for a body over `limit` bytes. */
export const tooLarge = (limit: number): Response => json(413, { ok: false, verdict: "invalid-request", message: `The body is over ${limit} bytes.` });

/** Reads at most `limit` bytes of the body; null when it is larger (the rest is never read). */
export async function readText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
