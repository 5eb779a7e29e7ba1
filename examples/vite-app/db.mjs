// @ts-check
// The shop's orders in a real database: PGlite (Postgres in WebAssembly, embedded: nothing to
// install) by default, or any Postgres when DATABASE_URL is set (through `pg`). Both speak the
// same SQL, so the queries below are the ones a merchant runs in production.
//
// `markPaid` is what `onPaid` needs: one atomic UPDATE that changes the row only while it is
// pending and returns it, so of all the calls that reach it for one payment (the browser's
// verify, its replays, PortOne's webhook and its retries, in any of the server's processes)
// exactly one gets `true` and fulfils the order.

const SCHEMA = `CREATE TABLE IF NOT EXISTS orders (
  payment_id text PRIMARY KEY,
  amount integer NOT NULL CHECK (amount > 0),
  currency text NOT NULL,
  order_name text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid')),
  paid_at timestamptz
)`;

/** @typedef {{ amount: number, currency: "KRW" | "USD", orderName: string }} Order */
/** @typedef {{ rows: Record<string, unknown>[] }} Result */
/** @typedef {{ query(text: string, values?: unknown[]): Promise<Result>, close(): Promise<void> }} Sql */

/**
 * Connects: `pg` when `databaseUrl` is given, else an embedded PGlite (in memory, or in `dataDir`).
 * @param {{ databaseUrl?: string, dataDir?: string }} options
 * @returns {Promise<Sql>}
 */
async function connect({ databaseUrl, dataDir }) {
  if (databaseUrl) {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
    return { query: (text, values) => pool.query(text, values), close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create(dataDir);
  return { query: (text, values) => db.query(text, values), close: () => db.close() };
}

/**
 * The orders table and its queries.
 * @param {{ databaseUrl?: string, dataDir?: string }} options
 */
export async function openOrders(options) {
  const sql = await connect(options);
  await sql.query(SCHEMA);
  return {
    /** @param {string} paymentId @param {Order} order */
    async create(paymentId, order) {
      await sql.query("INSERT INTO orders (payment_id, amount, currency, order_name) VALUES ($1, $2, $3, $4)", [paymentId, order.amount, order.currency, order.orderName]);
    },
    /**
     * What the payment must be, or null: the verify and webhook handlers compare PortOne's record with it.
     * @param {string} paymentId
     * @returns {Promise<Order | null>}
     */
    async find(paymentId) {
      const { rows } = await sql.query("SELECT amount, currency, order_name FROM orders WHERE payment_id = $1", [paymentId]);
      const row = rows[0];
      return row ? { amount: Number(row.amount), currency: /** @type {Order["currency"]} */ (row.currency), orderName: String(row.order_name) } : null;
    },
    /**
     * Pending to paid, atomically: true only for the one call that changed the row.
     * @param {string} paymentId
     */
    async markPaid(paymentId) {
      const { rows } = await sql.query("UPDATE orders SET status = 'paid', paid_at = now() WHERE payment_id = $1 AND status = 'pending' RETURNING payment_id", [paymentId]);
      return rows.length === 1;
    },
    /**
     * Where an order stands, for the shop's own pages (and the tests): pending until PortOne says
     * paid, then paid with the time it was fulfilled; null for an unknown payment id.
     * @param {string} paymentId
     * @returns {Promise<{ status: "pending" | "paid", paidAt: string | null } | null>}
     */
    async status(paymentId) {
      const { rows } = await sql.query("SELECT status, paid_at FROM orders WHERE payment_id = $1", [paymentId]);
      const row = rows[0];
      if (!row) return null;
      const paidAt = row.paid_at instanceof Date ? row.paid_at.toISOString() : row.paid_at == null ? null : String(row.paid_at);
      return { status: row.status === "paid" ? "paid" : "pending", paidAt };
    },
    close: () => sql.close(),
  };
}
