// PortOne retries a webhook it did not see answered with 2xx (up to five times) under the same
// `webhook-id`: remember, within this process, which ids were handled, in bounded memory.

/** The most webhook ids remembered; the oldest is forgotten first (a retry comes within hours, not after 10,000 others). */
export const REMEMBERED_WEBHOOKS = 10_000;

/**
 * Runs each webhook id's work once: a second delivery of an id whose work succeeded is reported
 * as a duplicate; one that arrives while the first is still running waits for it. An id whose
 * work failed is forgotten, so PortOne's retry runs it again.
 */
export function createWebhookMemory(limit = REMEMBERED_WEBHOOKS) {
  const handled = new Map<string, Promise<boolean>>();
  /** `work` answers with a Response and never rejects (a failure is a 5xx Response). */
  return async function once(id: string, work: () => Promise<Response>, duplicate: () => Response): Promise<Response> {
    const earlier = handled.get(id);
    // no await unless there is an earlier delivery: a second one arriving meanwhile must find this one
    if (earlier !== undefined && (await earlier)) return duplicate();
    const running = work();
    const succeeded = running.then((r) => r.ok);
    handled.set(id, succeeded);
    if (handled.size > limit) handled.delete(handled.keys().next().value!);
    const response = await running;
    if (!response.ok && handled.get(id) === succeeded) handled.delete(id);
    return response;
  };
}
