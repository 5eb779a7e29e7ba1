// The shop's orders in a real database: PGlite (Postgres in WebAssembly, embedded: nothing to
// install) by default, or any Postgres when DATABASE_URL is set (through `pg`). Both speak the same
// SQL, so the queries below are the ones a merchant runs in production.
//
// `markPaid` is what `onPaid` needs: one atomic UPDATE that changes the row only while it is
// pending and returns it, so of all the calls that reach it for one payment (the browser's verify,
// its replays, PortOne's webhook and its retries, in any of the server's processes) exactly one
// gets `true` and fulfils the order.

export interface Order {
  amount: number;
  currency: "KRW";
  orderName: string;
}

interface Sql {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS orders (
  payment_id text PRIMARY KEY,
  amount integer NOT NULL CHECK (amount > 0),
  currency text NOT NULL,
  order_name text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'paid')),
  paid_at timestamptz
)`;

async function connect(): Promise<Sql> {
  const { DATABASE_URL, PGLITE_DATA_DIR } = process.env;
  if (DATABASE_URL) {
    const { default: pg } = await import("pg");
    return new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
  }
  const { PGlite } = await import("@electric-sql/pglite");
  return PGlite.create(PGLITE_DATA_DIR);
}

// One connection per server process, on globalThis: each route module of a Next.js build may get
// its own copy of this file.
const shared = globalThis as typeof globalThis & { __exampleOrdersDb?: Promise<Sql> };
function sql(): Promise<Sql> {
  shared.__exampleOrdersDb ??= connect().then(async (db) => {
    await db.query(SCHEMA);
    return db;
  });
  return shared.__exampleOrdersDb;
}

/** Stores a new pending order. */
export async function insertOrder(paymentId: string, order: Order): Promise<void> {
  await (await sql()).query("INSERT INTO orders (payment_id, amount, currency, order_name) VALUES ($1, $2, $3, $4)", [paymentId, order.amount, order.currency, order.orderName]);
}

/** What the payment must be, or null: the verify and webhook handlers compare PortOne's record with it. */
export async function findOrder(paymentId: string): Promise<Order | null> {
  const { rows } = await (await sql()).query("SELECT amount, currency, order_name FROM orders WHERE payment_id = $1", [paymentId]);
  const row = rows[0];
  return row ? { amount: Number(row.amount), currency: "KRW", orderName: String(row.order_name) } : null;
}

/** Pending to paid, atomically: true only for the one call that changed the row. */
export async function markPaid(paymentId: string): Promise<boolean> {
  const { rows } = await (await sql()).query("UPDATE orders SET status = 'paid', paid_at = now() WHERE payment_id = $1 AND status = 'pending' RETURNING payment_id", [paymentId]);
  return rows.length === 1;
}

/** Where an order stands: pending until PortOne says paid (a virtual account stays pending until its deposit), or null. */
export async function orderStatus(paymentId: string): Promise<{ status: "pending" | "paid"; paidAt: string | null } | null> {
  const { rows } = await (await sql()).query("SELECT status, paid_at FROM orders WHERE payment_id = $1", [paymentId]);
  const row = rows[0];
  if (!row) return null;
  const paidAt = row.paid_at instanceof Date ? row.paid_at.toISOString() : row.paid_at == null ? null : String(row.paid_at);
  return { status: row.status === "paid" ? "paid" : "pending", paidAt };
}
