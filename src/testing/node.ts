/**
 * react-portone-inicis/testing in Node (the `node` export condition): everything the browser build
 * has, with a working `createPortOneStandIn`, PortOne's REST API on 127.0.0.1 for your server's
 * tests and end-to-end runs.
 * @packageDocumentation
 */
export * from "./shared";
export { createPortOneStandIn } from "./standin/server";
