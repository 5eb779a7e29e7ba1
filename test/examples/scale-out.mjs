// The scale-out check of `npm run test:examples`: two processes of the Vite example's server share
// one database (PGlite served over Postgres' wire protocol by @electric-sql/pglite-socket, as a
// merchant's Postgres would be, reached through DATABASE_URL and `pg`). Ten orders are paid at the
// PortOne stand-in; then 60 requests at once, spread over both processes, mix the browser's verify
// POSTs (each payment verified three times: replays) and PortOne's signed Transaction.Paid
// webhooks (each payment delivered three times, two of them under one webhook-id). Every order must
// be fulfilled exactly once (one "fulfilled" line over both processes' logs), and be paid in the
// database; none may be lost. Loopback only.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { until } from "./kit.mjs";

const ORDERS = 10;

/** Imports a package as the example installed it (its own node_modules, its own lockfile). */
async function fromExample(dir, name) {
  return import(pathToFileURL(createRequire(join(dir, "package.json")).resolve(name)).href);
}

/** A fixed shuffle (the same order every run), so the mix does not depend on luck. */
function shuffled(list) {
  const out = [...list];
  let seed = 18;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Runs the check; returns `{ ok, state, detail }` for the runner's row.
 * @param {{ app: { dir: string }, serve: (app: object, dir: string, extraEnv: Record<string, string>) => Promise<{ base: string, stop: () => void, log: () => string }>, standIn: import("react-portone-inicis/testing").PortOneStandIn, channelKey: string }} options
 */
export async function scaleOut({ app, serve, standIn, channelKey }) {
  const { storeId } = standIn;
  const { PGlite } = await fromExample(app.dir, "@electric-sql/pglite");
  const { PGLiteSocketServer } = await fromExample(app.dir, "@electric-sql/pglite-socket");
  const db = await PGlite.create();
  const socket = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 16 });
  await socket.start();
  const env = { DATABASE_URL: `postgres://postgres@${socket.getServerConn()}/postgres` };
  const servers = [];
  try {
    // one after the other: the first creates the table, the second finds it
    servers.push(await serve(app, app.dir, env));
    servers.push(await serve(app, app.dir, env));

    const payments = [];
    for (let i = 0; i < ORDERS; i++) {
      const created = await fetch(`${servers[i % 2].base}/api/orders`, { method: "POST", body: JSON.stringify({ item: i % 2 ? "socks" : "sneakers" }) });
      if (created.status !== 201) throw new Error(`POST /api/orders answered ${created.status}`);
      const order = await created.json();
      standIn.pay({ paymentId: order.paymentId, transactionId: `tx-scale-${i}`, channelKey, channel: "LIVE", orderName: order.orderName, amount: order.amount, currency: order.currency });
      payments.push(order);
    }

    const requests = shuffled(
      payments.flatMap((p, i) => {
        const event = JSON.stringify({ type: "Transaction.Paid", timestamp: new Date().toISOString(), data: { paymentId: p.paymentId, storeId, transactionId: `tx-scale-${i}` } });
        const verify = { path: "/api/portone/verify", body: JSON.stringify({ paymentId: p.paymentId, txId: `tx-scale-${i}` }), headers: { "content-type": "application/json" } };
        const webhook = (id) => ({ path: "/api/portone/webhook", body: event, headers: standIn.signWebhook(event, { id }) });
        return [verify, verify, verify, webhook(`wh-scale-${i}-a`), webhook(`wh-scale-${i}-a`), webhook(`wh-scale-${i}-b`)];
      }),
    );
    const answers = await Promise.all(
      requests.map(async (r, k) => {
        const response = await fetch(`${servers[k % 2].base}${r.path}`, { method: "POST", headers: r.headers, body: r.body });
        return { path: r.path, status: response.status, body: await response.json().catch(() => null) };
      }),
    );

    const problems = [];
    const verifies = answers.filter((a) => a.path.endsWith("/verify"));
    const hooks = answers.filter((a) => a.path.endsWith("/webhook"));
    const badVerify = verifies.filter((a) => a.status !== 200 || a.body?.ok !== true || a.body?.verdict !== "paid");
    if (badVerify.length) problems.push(`${badVerify.length} verify answers not paid (${JSON.stringify(badVerify[0])})`);
    const badHook = hooks.filter((a) => a.status !== 200 || !(a.body?.verdict === "duplicate" || (a.body?.verdict === "received" && a.body?.check === "paid")));
    if (badHook.length) problems.push(`${badHook.length} webhook answers neither received-and-paid nor duplicate (${JSON.stringify(badHook[0])})`);
    const duplicates = hooks.filter((a) => a.body?.verdict === "duplicate").length;

    // the logs come through pipes: wait for the lines themselves (one per order; fewer after the
    // wait is a failure, counted below). More would be there by now too: a server writes each
    // line (synchronously, a pipe on Linux) before it answers the request that made it, and every
    // request has been answered
    const fulfilledLines = () => servers.map((s) => [...s.log().matchAll(/^fulfilled (\S+)/gm)].map((m) => m[1]));
    await until(`a "fulfilled" log line for each of the ${ORDERS} orders`, () => fulfilledLines().flat().length, (n) => n >= ORDERS).catch(() => undefined);
    const perProcess = fulfilledLines();
    const fulfilled = perProcess.flat();
    const perOrder = new Map(payments.map((p) => [p.paymentId, fulfilled.filter((id) => id === p.paymentId).length]));
    const notOnce = [...perOrder].filter(([, n]) => n !== 1);
    if (fulfilled.length !== ORDERS || notOnce.length) problems.push(`fulfilments: ${fulfilled.length} for ${ORDERS} orders; not exactly once: ${notOnce.map(([id, n]) => `${id} ×${n}`).join(", ")}`);
    const { rows } = await db.query("SELECT count(*) FILTER (WHERE status = 'paid' AND paid_at IS NOT NULL)::int AS paid, count(*)::int AS total FROM orders");
    if (rows[0].paid !== ORDERS || rows[0].total !== ORDERS) problems.push(`database: ${rows[0].paid} of ${rows[0].total} orders paid (want ${ORDERS} of ${ORDERS})`);

    const counts = `${requests.length} requests over 2 processes (${verifies.length} verify, ${hooks.length} webhooks, ${duplicates} answered duplicate): ${fulfilled.length} fulfilments (${perProcess.map((p) => p.length).join(" + ")}), ${rows[0].paid} of ${rows[0].total} orders paid once in the shared database`;
    return { ok: problems.length === 0, state: `${fulfilled.length}/${ORDERS} once`, detail: problems.length ? `${problems.join("; ")} | ${counts}` : counts };
  } finally {
    for (const s of servers) s.stop();
    await socket.stop();
    await db.close();
  }
}
