import type { Server } from "node:http";
/** Serves a folder on 127.0.0.1; with `spa`, unknown paths get index.html. */
export declare function serveStatic(root: string, options?: { port?: number; spa?: boolean }): Promise<{ url: string; server: Server }>;
