// The engine: what a click or a landing needs beyond the components themselves, loaded lazily as
// one chunk (the provider preloads it after mount). Plain TypeScript, no React.

export { createPortOneSdk } from "../sdk/portone";
export { runAttempt, type AttemptEnv } from "./attempt";
export { createAttemptController, type AttemptController, type ControllerHost } from "./machine";
export { startAttempt, type StartSettings } from "./start";
export { routeLanding, findOwner, type LandingRouter, type LandingHub, type LandingPage } from "./landing";
export { createAttemptStore, ATTEMPTS_KEY, type AttemptStore, type AttemptRecord, type StoragePort } from "./store";
export { pageStore, routePage, type PageLanding } from "./page";
export { verifyOutcome } from "./verify";
export { statusView, STATUS_CSS, type StatusLine, type ButtonState } from "./status";
