/**
 * react-portone-inicis/testing: a sandbox PortOne SDK for tests, demos and Storybook, the fake
 * PortOne browser script for end-to-end tests, and (in Node) a stand-in for PortOne's REST API.
 * This is the browser build: `createPortOneStandIn` throws here, saying it runs in Node; Node
 * resolves `react-portone-inicis/testing` to node.ts, where it works.
 * @packageDocumentation
 */
export * from "./shared";
export { createPortOneStandIn } from "./standin/browser";
