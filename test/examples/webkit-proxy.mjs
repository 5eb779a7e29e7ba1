// The WebKit run's stand-in for Playwright's request routing (run.mjs `context.route`): an HTTP
// proxy on 127.0.0.1 that the browser sends every request through (its --proxy flag).
// - http://127.0.0.1:* (any loopback host) is forwarded as is; HTML answers get a small script at
//   the top of <head> that reports uncaught errors back here (Playwright's `pageerror`).
// - CONNECT cdn.portone.io:443 is answered by a local TLS server with a throwaway self-signed
//   certificate (the session accepts it: acceptInsecureCerts) that serves the fake CDN script,
//   preceded by a `window.__fakePortOneCall` that beacons each SDK call back here (Playwright's
//   `exposeFunction("__fakePortOneCall")`).
// - anything else is refused and listed, so a scenario that tries to leave 127.0.0.1 fails.
// Nothing here opens a connection to anything but 127.0.0.1.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer, request as httpRequest } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)$/i;

/** A self-signed certificate for `host`, made with openssl in a temporary folder (removed at once). */
function selfSigned(host) {
  const dir = mkdtempSync(join(tmpdir(), "webkit-cdn-cert-"));
  try {
    const key = join(dir, "key.pem");
    const cert = join(dir, "cert.pem");
    const r = spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", `/CN=${host}`, "-addext", `subjectAltName=DNS:${host}`], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`openssl could not make a certificate for ${host}: ${(r.stderr ?? "").trim().slice(0, 200)}`);
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The script put at the top of every HTML page: uncaught errors and rejections go to `url`. */
const errorReporter = (url) =>
  `<script>(function(){var u=${JSON.stringify(url)};function s(m){try{navigator.sendBeacon(u,String(m).slice(0,400))}catch(_){}}` +
  `addEventListener("error",function(e){s(e.message||String(e.error))});` +
  `addEventListener("unhandledrejection",function(e){var r=e.reason;s("Unhandled rejection: "+(r&&r.message||r))})})()</script>`;

/**
 * Starts the proxy on an ephemeral 127.0.0.1 port.
 * @param {{ cdnUrl: string, fakeScript: () => string }} options the CDN script's URL and the fake's text
 */
export async function startLoopbackProxy({ cdnUrl, fakeScript }) {
  const cdn = new URL(cdnUrl);
  /** where the current session's SDK calls, refused requests and page errors go */
  let sink = { calls: [], blocked: [], errors: [] };
  let port = 0;
  const own = () => `127.0.0.1:${port}`;

  const readBody = (req) =>
    new Promise((resolve) => {
      const chunks = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      req.on("error", () => resolve(""));
    });

  /** /__webkit/record and /__webkit/error: what the page beacons back. */
  async function internal(req, res, path) {
    const body = await readBody(req);
    if (path === "/__webkit/record") {
      try {
        const { kind, request } = JSON.parse(body);
        sink.calls.push({ kind, request });
      } catch {
        sink.errors.push(`unreadable SDK call record: ${body.slice(0, 100)}`);
      }
    } else if (path === "/__webkit/error") {
      sink.errors.push(body.replace(/\s+/g, " ").trim().slice(0, 200));
    }
    res.writeHead(204, { "access-control-allow-origin": "*" }).end();
  }

  /** Forwards a request for a loopback origin; HTML answers get the error reporter in <head>. */
  function forward(req, res, url) {
    const headers = { ...req.headers };
    delete headers["proxy-connection"];
    delete headers["accept-encoding"]; // plain text, so the reporter can be put into the HTML
    const upstream = httpRequest({ host: url.hostname.replace(/^\[|\]$/g, ""), port: url.port || 80, method: req.method, path: `${url.pathname}${url.search}`, headers }, (answer) => {
      const html = /^text\/html/i.test(String(answer.headers["content-type"] ?? ""));
      if (!html) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const out = { ...answer.headers };
      delete out["content-length"];
      res.writeHead(answer.statusCode ?? 502, out);
      const reporter = errorReporter(`http://${own()}/__webkit/error`);
      let pending = "";
      let injected = false;
      answer.setEncoding("utf8");
      answer.on("data", (chunk) => {
        if (injected) return void res.write(chunk);
        pending += chunk;
        const head = /<head(\s[^>]*)?>/i.exec(pending);
        if (head || pending.length > 65_536) {
          const at = head ? head.index + head[0].length : 0;
          res.write(pending.slice(0, at) + reporter + pending.slice(at));
          pending = "";
          injected = true;
        }
      });
      answer.on("end", () => res.end(pending));
      answer.on("error", () => res.destroy());
    });
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`proxy: ${error.message}`);
    });
    req.pipe(upstream);
  }

  const server = createHttpServer((req, res) => {
    let url;
    try {
      url = new URL(req.url ?? "/", `http://${req.headers.host ?? own()}`);
    } catch {
      return void res.writeHead(400).end();
    }
    if (url.host === own() || !/^[a-z]+:/i.test(req.url ?? "")) return void internal(req, res, url.pathname);
    if (url.protocol === "http:" && LOOPBACK.test(url.hostname)) return forward(req, res, url);
    sink.blocked.push(url.href);
    res.writeHead(403, { "content-type": "text/plain" }).end("blocked: the example run stays on 127.0.0.1");
  });

  // the fake CDN: one TLS server that CONNECT tunnels to cdn.portone.io:443 are handed to
  const tlsServer = createHttpsServer(selfSigned(cdn.hostname), (req, res) => {
    if (req.method === "GET" && new URL(req.url ?? "/", cdn.origin).pathname === cdn.pathname) {
      const recorder = `window.__fakePortOneCall=function(kind,request){try{navigator.sendBeacon(${JSON.stringify(`http://${own()}/__webkit/record`)},JSON.stringify({kind:kind,request:request}))}catch(_){}};\n`;
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store", "access-control-allow-origin": "*" });
      return void res.end(recorder + fakeScript());
    }
    sink.blocked.push(`${cdn.origin}${req.url}`);
    res.writeHead(404, { "content-type": "text/plain" }).end("the fake CDN serves only the browser SDK script");
  });
  tlsServer.on("tlsClientError", () => {});

  server.on("connect", (req, socket, head) => {
    const [host, portText] = String(req.url ?? "").split(/:(?=\d+$)/);
    socket.on("error", () => {});
    if (host === cdn.hostname && (portText ?? "443") === (cdn.port || "443")) {
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head?.length) socket.unshift(head);
      tlsServer.emit("connection", socket);
      return;
    }
    if (LOOPBACK.test(host ?? "") && portText) {
      const upstream = connect(Number(portText), host.replace(/^\[|\]$/g, ""), () => {
        socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        if (head?.length) upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on("error", () => socket.destroy());
      return;
    }
    sink.blocked.push(`https://${req.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });

  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = server.address().port;
  return {
    url: `http://${own()}`,
    /** Sends what the next session's pages report to these arrays (the scenario harness's own). */
    attach(next) {
      sink = next;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
      tlsServer.close();
    },
  };
}
