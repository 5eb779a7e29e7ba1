import { createInicisServer } from "react-portone-inicis/server";
import { findOrder, markPaid } from "./orders";

type Handlers = ReturnType<ReturnType<typeof createInicisServer>["handlers"]>;
let handlers: Handlers | undefined;

// Made on the first request, not at import: `next build` loads the route modules without your secrets.
function portone(): Handlers {
  const env = process.env;
  if (!env.PORTONE_API_SECRET || !env.PORTONE_WEBHOOK_SECRET) {
    throw new Error("Set PORTONE_API_SECRET and PORTONE_WEBHOOK_SECRET (PortOne console > 결제연동 > 연동 정보).");
  }
  handlers ??= createInicisServer({
    secret: env.PORTONE_API_SECRET,
    storeId: env.PORTONE_STORE_ID,
    baseUrl: env.PORTONE_API_BASE_URL,
    allowTestChannel: env.PORTONE_ALLOW_TEST_CHANNEL === "1",
  }).handlers({
    findOrder,
    // PortOne says paid, for this store, matching the order: reached by verify and by the webhook,
    // from any process, so the one atomic update decides who fulfils
    onPaid: async ({ paymentId, source }) => {
      if (await markPaid(paymentId)) console.log(`fulfilled ${paymentId} (${source})`);
    },
    webhookSecret: env.PORTONE_WEBHOOK_SECRET,
    onWebhook: (event) => console.log("webhook", event.type),
  });
  return handlers;
}

/** POST { paymentId, txId? }: asks PortOne for the payment and compares it with the order. */
export const verify = (request: Request): Promise<Response> => portone().verify(request);
/** POST from PortOne: checks the signature on the raw body, re-fetches a paid payment (onPaid), then calls onWebhook. */
export const webhook = (request: Request): Promise<Response> => portone().webhook(request);
