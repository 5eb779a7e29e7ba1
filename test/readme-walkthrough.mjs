// README.md "From order to paid", run as written (after `npm run build`; npm run test:readme runs
// it after the type check of every snippet). The blocks tagged ```ts walkthrough=server/<file>.ts
// become those files (TypeScript types stripped by esbuild, nothing else changed but `./x` imports
// spelled `./x.mjs` for Node), their free names `ordersDb` and `ship` come from the merchant's side
// below (an in-memory orders table with the contract the README states), and the server starts on
// 127.0.0.1 against the PortOne REST stand-in of react-portone-inicis/testing (the build). Then,
// as a buyer, PortOne and an attacker would:
//   create an order -> verify before paying (not found) -> PortOne records it paid -> verify (paid,
//   shipped once) -> a replayed verify and PortOne's webhook with its retry (shipped still once;
//   the retry is a duplicate and onPaid does not run for it) -> a second order told by the webhook
//   first -> a third paid with another amount (refused, never shipped) -> a forged webhook (refused).
import assert from "node:assert/strict";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transform } from "esbuild";
import { codeBlocks } from "./readme-blocks.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const started = Date.now();

// ---- the merchant's side: what the README leaves to your app (readme-snippets.prelude.d.ts) ----

const shop = {
  /** paymentId -> the order row */
  rows: new Map(),
  /** paymentId -> how often onPaid reached markPaid */
  markPaidCalls: new Map(),
  shipped: [],
};
globalThis.__walkthroughShop = shop;
const HARNESS = `// the merchant's side of the README walkthrough (test/readme-walkthrough.mjs)
const shop = globalThis.__walkthroughShop;
export const ordersDb = {
  async create(paymentId, order) {
    if (shop.rows.has(paymentId)) throw new Error("duplicate key " + paymentId);
    shop.rows.set(paymentId, { amount: order.amount, currency: order.currency, orderName: order.orderName, status: "pending" });
  },
  async find(paymentId) {
    const row = shop.rows.get(paymentId);
    return row ? { amount: row.amount, currency: row.currency, orderName: row.orderName } : null;
  },
  // the atomic UPDATE ... WHERE status = 'pending' RETURNING: one synchronous compare-and-set
  async markPaid(paymentId) {
    shop.markPaidCalls.set(paymentId, (shop.markPaidCalls.get(paymentId) ?? 0) + 1);
    const row = shop.rows.get(paymentId);
    if (row?.status !== "pending") return false;
    row.status = "paid";
    return true;
  },
};
export async function ship(paymentId) {
  shop.shipped.push(paymentId);
}
`;
const HARNESS_NAMES = ["ordersDb", "ship"];

// ---- the README's server files, as files ----------------------------------------------------------

const blocks = codeBlocks(readFileSync(join(root, "README.md"), "utf8")).filter((b) => b.walkthrough?.startsWith("server/"));
assert.deepEqual(blocks.map((b) => b.walkthrough).sort(), ["server/main.ts", "server/orders.ts", "server/portone.ts"], "the README's walkthrough has its three server files");
const app = mkdtempSync(join(tmpdir(), "rpi-walkthrough-"));
// the package by its name, as the shop installs it (the build, through package.json "exports")
mkdirSync(join(app, "node_modules"));
symlinkSync(root, join(app, "node_modules", "react-portone-inicis"), "dir");
writeFileSync(join(app, "harness.mjs"), HARNESS);
for (const block of blocks) {
  const source = block.lines.join("\n");
  const used = HARNESS_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(source) && !new RegExp(`(const|let|function|import)[^\\n]*\\b${name}\\b`).test(source));
  const { code } = await transform(source, { loader: "ts", format: "esm", target: "node20", sourcefile: `README.md:${block.line} (${block.walkthrough})` });
  const out = join(app, block.walkthrough.replace(/\.ts$/, ".mjs"));
  mkdirSync(dirname(out), { recursive: true });
  const header = used.length ? `import { ${used.join(", ")} } from "../harness.mjs";\n` : "";
  writeFileSync(out, header + code.replace(/(from\s+["'])(\.\.?\/[^"']+?)(["'])/g, "$1$2.mjs$3"));
}

// ---- PortOne, on 127.0.0.1 --------------------------------------------------------------------

const { createPortOneStandIn } = await import("react-portone-inicis/testing");
const SECRET = `walkthrough-secret-${Math.random().toString(36).slice(2)}`;
const standIn = createPortOneStandIn({ storeId: "store-walkthrough", secret: SECRET });
await standIn.listen();
Object.assign(process.env, { PORTONE_API_SECRET: SECRET, PORTONE_STORE_ID: standIn.storeId, PORTONE_WEBHOOK_SECRET: standIn.webhookSecret, PORTONE_API_BASE_URL: standIn.url, PORT: "0", HOST: "127.0.0.1" });

let server;
try {
  ({ server } = await import(pathToFileURL(join(app, "server/main.mjs")).href));
  if (!server.listening) await once(server, "listening");
  const base = `http://127.0.0.1:${server.address().port}`;
  const webhookUrl = `${base}/api/portone/webhook`;
  const post = async (path, body, headers = { "content-type": "application/json" }) => {
    const r = await fetch(`${base}${path}`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
    return { status: r.status, body: await r.json().catch(() => null) };
  };
  const verify = (paymentId, txId) => post("/api/portone/verify", { paymentId, ...(txId && { txId }) });
  const shippedCount = (id) => shop.shipped.filter((s) => s === id).length;
  const step = (text) => console.log(`walkthrough: ${text}`);

  // 1. the order: the server prices it, whatever the browser sends
  const created = await post("/api/orders", { item: "sneakers", amount: 100 });
  assert.equal(created.status, 201, `POST /api/orders answered ${created.status} ${JSON.stringify(created.body)}`);
  const order = created.body;
  assert.equal(order.amount, 39000, "the server decides the amount (the browser's 100 is ignored)");
  assert.match(order.paymentId, /^order-[0-9a-f]{32}$/, "the server makes the paymentId (40 ASCII characters at most, as Inicis requires)");
  assert.equal(shop.rows.get(order.paymentId)?.status, "pending");
  assert.equal((await post("/api/orders", { item: "yacht" })).status, 400, "an unknown item is refused");
  step(`POST /api/orders -> 201 ${order.paymentId}, 39000 KRW decided by the server (the browser's amount ignored), pending`);

  // 2-3. verify before PortOne knows the payment, then after it is paid
  const early = await verify(order.paymentId);
  assert.deepEqual([early.status, early.body.ok, early.body.verdict], [404, false, "not-found"], `verify before paying: ${JSON.stringify(early)}`);
  const paid = standIn.pay({ paymentId: order.paymentId, amount: order.amount, orderName: order.orderName });
  const verified = await verify(order.paymentId, paid.transactionId);
  assert.deepEqual([verified.status, verified.body.ok, verified.body.verdict], [200, true, "paid"], `verify after paying: ${JSON.stringify(verified)}`);
  assert.deepEqual(shop.shipped, [order.paymentId], "shipped once, by onPaid");
  assert.equal(shop.rows.get(order.paymentId).status, "paid");
  const asked = standIn.requests.filter((r) => r.paymentId === order.paymentId);
  assert.ok(asked.length === 2 && asked.every((r) => r.authorization === `PortOne ${SECRET}` && r.path.endsWith("?storeId=store-walkthrough")), `the server asks PortOne with its secret, in its store: ${JSON.stringify(asked)}`);
  step("verify -> 404 not-found before PortOne has the payment; 200 { ok: true, verdict: \"paid\" } once it is paid; shipped once (PortOne asked with the secret, in the store)");

  // 4. replays and the webhook with PortOne's retry: still shipped once
  assert.equal((await verify(order.paymentId)).body.verdict, "paid");
  const before = shop.markPaidCalls.get(order.paymentId);
  const [hook, retry] = await standIn.sendWebhook(order.paymentId, { webhookUrl, deliveries: ["wh-walkthrough-1", "wh-walkthrough-1"] });
  assert.deepEqual([hook.status, hook.body.verdict, hook.body.check], [200, "received", "paid"], `the webhook: ${JSON.stringify(hook)}`);
  assert.deepEqual([retry.status, retry.body.verdict], [200, "duplicate"], `its retry: ${JSON.stringify(retry)}`);
  assert.equal(shop.markPaidCalls.get(order.paymentId), before + 1, "onPaid ran for the webhook, not for its retry");
  assert.equal(shippedCount(order.paymentId), 1, "a replayed verify and the webhook ship nothing more");
  step("a replayed verify, PortOne's signed Transaction.Paid and its retry (duplicate, onPaid not run) -> still shipped once");

  // the webhook first: a second order
  const second = (await post("/api/orders", { item: "sneakers" })).body;
  standIn.pay({ paymentId: second.paymentId, amount: second.amount, orderName: second.orderName });
  const [first, again] = await standIn.sendWebhook(second.paymentId, { webhookUrl, deliveries: ["wh-walkthrough-2", "wh-walkthrough-2"] });
  assert.deepEqual([first.body.verdict, first.body.check, again.body.verdict], ["received", "paid", "duplicate"], `second order's webhooks: ${JSON.stringify([first, again])}`);
  assert.equal(shop.markPaidCalls.get(second.paymentId), 1, "onPaid ran once for the webhook and its duplicate");
  assert.equal(shippedCount(second.paymentId), 1);
  assert.equal((await verify(second.paymentId)).body.verdict, "paid");
  assert.equal(shippedCount(second.paymentId), 1, "the browser's verify after the webhook ships nothing more");
  step("a second order told by the webhook first -> shipped once by onPaid; the duplicate delivery and the later verify add nothing");

  // a payment of another amount: refused by verify and by the webhook's check, never shipped
  const third = (await post("/api/orders", { item: "sneakers" })).body;
  standIn.pay({ paymentId: third.paymentId, amount: 1000, orderName: third.orderName });
  const cheap = await verify(third.paymentId);
  assert.deepEqual([cheap.status, cheap.body.ok, cheap.body.verdict], [409, false, "amount-mismatch"], `a 1000 KRW payment for a 39000 KRW order: ${JSON.stringify(cheap)}`);
  const [told] = await standIn.sendWebhook(third.paymentId, { webhookUrl });
  assert.deepEqual([told.body.verdict, told.body.check], ["received", "amount-mismatch"]);
  assert.equal(shippedCount(third.paymentId), 0, "never shipped");
  assert.equal(shop.rows.get(third.paymentId).status, "pending");
  step("a payment of 1000 KRW for a 39000 KRW order -> verify 409 amount-mismatch, the webhook's check amount-mismatch, never shipped");

  // a forged webhook: the body changed after signing
  const body = JSON.stringify({ type: "Transaction.Paid", timestamp: new Date().toISOString(), data: { paymentId: third.paymentId, storeId: standIn.storeId, transactionId: "tx-forged" } });
  const forged = await post("/api/portone/webhook", body.replace("tx-forged", "tx-forged-2"), standIn.signWebhook(body));
  assert.deepEqual([forged.status, forged.body.verdict], [400, "invalid-signature"], `a forged webhook: ${JSON.stringify(forged)}`);
  assert.equal(shippedCount(third.paymentId), 0);
  step("a webhook whose body changed after signing -> 400 invalid-signature");

  assert.deepEqual(shop.shipped.sort(), [order.paymentId, second.paymentId].sort(), "exactly the two paid orders were shipped, once each");
  console.log(`README walkthrough: ${blocks.length} server files run as written against the PortOne stand-in; 2 orders shipped once each, 1 refused, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  if (server?.listening) await new Promise((r) => server.close(r));
  await standIn.close();
  rmSync(app, { recursive: true, force: true });
}
