// Fetch-standard handlers on node:http and Express, without importing any node: module (the
// server entry also runs where there is none: edge and worker runtimes).
import type { RouteHandler } from "./types";

/** The parts of Node's `IncomingMessage` (and Express's `req`) that {@link toNodeHandler} reads. */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  on(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  resume(): unknown;
}

/** The parts of Node's `ServerResponse` (and Express's `res`) that {@link toNodeHandler} writes. */
export interface NodeResponseLike {
  statusCode: number;
  setHeader(name: string, value: string): unknown;
  end(chunk?: Uint8Array): unknown;
}

/**
 * Mounts a Fetch-standard handler on node:http or Express:
 * `createServer(toNodeHandler(handlers.verify))`, or `app.post("/api/portone/verify", toNodeHandler(handlers.verify))`.
 * The body is streamed to the handler as received, so mount it before any body parser
 * (`express.json()` would consume the body, and the webhook signature covers the raw bytes).
 */
export function toNodeHandler(handler: RouteHandler): (req: NodeRequestLike, res: NodeResponseLike) => Promise<void> {
  return async (req, res) => {
    let response: Response;
    try {
      const method = (req.method ?? "GET").toUpperCase();
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
          try {
            headers.append(name, one);
          } catch {
            // a header the Fetch standard refuses (bad characters) is dropped, not fatal
          }
        }
      }
      let url: URL;
      try {
        url = new URL(req.url ?? "/", `http://${headers.get("host") ?? "localhost"}`);
      } catch {
        url = new URL("http://localhost/");
      }
      let body: ReadableStream<Uint8Array> | undefined;
      if (method !== "GET" && method !== "HEAD") {
        const onData = (chunk: Uint8Array | string) => {
          try {
            controller?.enqueue(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
          } catch {
            // the handler stopped reading (body too large): drop the rest
          }
        };
        let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
        body = new ReadableStream<Uint8Array>({
          start(c) {
            controller = c;
            req.on("data", onData);
            req.on("end", () => {
              try {
                c.close();
              } catch {
                // already cancelled
              }
            });
            req.on("error", (error: Error) => c.error(error));
          },
          cancel() {
            req.removeListener("data", onData);
            req.resume();
          },
        });
      }
      const init: RequestInit & { duplex?: "half" } = { method, headers, ...(body ? { body, duplex: "half" } : {}) };
      response = await handler(new Request(url, init));
    } catch {
      response = new Response(JSON.stringify({ ok: false, verdict: "server-error" }), { status: 500, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });
    }
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.end(new Uint8Array(await response.arrayBuffer()));
  };
}
