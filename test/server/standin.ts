import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the stand-in received. */
export interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: unknown;
}

/** What the stand-in does with a request: answer, close the connection, or never answer. */
export type Reply = { status: number; body: unknown } | "close" | "hang";

/**
 * A stand-in for PortOne's REST API on 127.0.0.1 (an ephemeral port), recording every request and
 * answering with the documented response shapes chosen by the test.
 */
export class PortOneStandIn {
  readonly requests: Recorded[] = [];
  reply: (req: Recorded) => Reply = () => ({ status: 500, body: { type: "UNSET" } });
  private server: Server | null = null;
  private readonly sockets = new Set<import("node:net").Socket>();

  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const recorded: Recorded = {
          method: req.method ?? "",
          path: req.url ?? "",
          authorization: req.headers.authorization,
          contentType: req.headers["content-type"],
          body: text ? (JSON.parse(text) as unknown) : undefined,
        };
        this.requests.push(recorded);
        const reply = this.reply(recorded);
        if (reply === "close") return req.socket.destroy();
        if (reply === "hang") return;
        res.writeHead(reply.status, { "content-type": "application/json" });
        res.end(JSON.stringify(reply.body));
      });
    });
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
