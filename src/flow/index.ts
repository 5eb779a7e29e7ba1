// The engine: what a click needs beyond the components themselves, loaded lazily as one chunk (the
// provider preloads it after mount): the flow layer in plain TypeScript, and the flow buttons'
// attempt machinery (components/flow-driver.tsx), which renders beside a button once this chunk is
// there. A landing's router is a chunk of its own (flow/route-page.ts), and so is what shows after
// an attempt (components/FlowExtras.tsx).

export { createPortOneSdk } from "../sdk/portone";
export { createAttemptController, type AttemptController, type ControllerHost } from "./machine";
export { startAttempt, type StartSettings } from "./start";
export { statusView, type StatusLine, type ButtonState } from "./status";
export { FlowDriver, type DriverView, type FlowDriverProps } from "../components/flow-driver";
