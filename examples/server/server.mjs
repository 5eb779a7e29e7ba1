// node examples/server/server.mjs  (after `npm run build`)
// Needs PORTONE_API_SECRET and PORTONE_WEBHOOK_SECRET; PORTONE_STORE_ID, PORTONE_CHANNEL_KEY and
// PORTONE_API_BASE_URL (a stand-in of PortOne's API, for tests) are optional; PORTONE_ALLOW_TEST_CHANNEL=1 accepts payments
// made on a TEST channel (development only). Orders are in an embedded PGlite (PGLITE_DATA_DIR keeps
// them on disk), or in any Postgres when DATABASE_URL is set. Listens on 127.0.0.1:PORT (default 8787).
import { createApp } from "./app.mjs";
import { openOrders } from "./db.mjs";

const { PORTONE_API_SECRET, PORTONE_WEBHOOK_SECRET, PORTONE_STORE_ID, PORTONE_CHANNEL_KEY, PORTONE_API_BASE_URL, PORTONE_ALLOW_TEST_CHANNEL, DATABASE_URL, PGLITE_DATA_DIR, PORT = "8787" } = process.env;
if (!PORTONE_API_SECRET || !PORTONE_WEBHOOK_SECRET) {
  console.error("Set PORTONE_API_SECRET and PORTONE_WEBHOOK_SECRET (PortOne console > 결제연동 > 연동 정보).");
  process.exit(1);
}
// Orders by the paymentId created with them (the browser passes it to PayButton); one to try with.
const orders = await openOrders({ databaseUrl: DATABASE_URL, dataDir: PGLITE_DATA_DIR });
if (!(await orders.find("pay-order-1"))) await orders.create("pay-order-1", { amount: 39000, currency: "KRW", orderName: "운동화" });
const app = createApp({
  secret: PORTONE_API_SECRET,
  webhookSecret: PORTONE_WEBHOOK_SECRET,
  storeId: PORTONE_STORE_ID,
  channelKey: PORTONE_CHANNEL_KEY,
  baseUrl: PORTONE_API_BASE_URL,
  allowTestChannel: PORTONE_ALLOW_TEST_CHANNEL === "1",
  orders,
  onFulfil: (paymentId) => console.log("fulfilled", paymentId),
  onEvent: (event) => console.log("webhook", event.type),
});
app.listen(Number(PORT), "127.0.0.1", () => console.log(`example server on http://127.0.0.1:${PORT}`));
