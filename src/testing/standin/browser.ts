// The browser's createPortOneStandIn: the stand-in serves HTTP, which only Node can. Browser
// bundles (Storybook, a sandbox demo) resolve `react-portone-inicis/testing` here, so they never
// meet node:http; a call says where the stand-in runs instead of failing on a missing module.
import type { PortOneStandIn, PortOneStandInOptions } from "./types";

const SENTENCE = "react-portone-inicis/testing: createPortOneStandIn runs in Node (it serves PortOne's REST API on 127.0.0.1). Call it from your server's tests or your end-to-end runner, not from browser code.";

/**
 * Creates a stand-in for PortOne's REST API, for your server's tests and end-to-end runs (Node
 * only: call {@link PortOneStandIn.listen} to serve it on 127.0.0.1). Point your server at it with
 * `createInicisServer({ baseUrl: standIn.url, secret, storeId })`, record payments with
 * {@link PortOneStandIn.pay} (or let the fake payment window record them), and deliver PortOne's
 * signed webhooks with {@link PortOneStandIn.sendWebhook} and {@link PortOneStandIn.deposit}.
 * In a browser bundle it throws, saying so: Node resolves `react-portone-inicis/testing` to the
 * build that serves it.
 */
export function createPortOneStandIn(options: PortOneStandInOptions): PortOneStandIn {
  void options;
  throw new Error(SENTENCE);
}
