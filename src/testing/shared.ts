// What both builds of `react-portone-inicis/testing` export: everything but the stand-in's
// factory, which index.ts (browsers) and node.ts (Node) each take from their own module.
export {
  createSandboxSdk,
  SandboxPortOneError,
  type SandboxSdk,
  type SandboxOptions,
  type SandboxCall,
  type SandboxDecision,
  type SandboxWindow,
} from "./sandbox";
export { createSimulatedWindow, SimulatedPaymentWindow, type SimulatedWindowController } from "./simulated-window";
export { fakePortOneScript, type FakePortOneScriptOptions } from "./fake-script";
export type {
  PortOneStandIn,
  PortOneStandInOptions,
  StandInAmount,
  StandInCancellation,
  StandInChannel,
  StandInPayment,
  StandInPaymentBase,
  StandInPaymentInput,
  StandInPaymentMethod,
  StandInPaymentPage,
  StandInPaymentStatus,
  StandInRequest,
  StandInWebhookDelivery,
  StandInWebhookHeaders,
  StandInWebhookOptions,
  StandInWebhookType,
} from "./standin/types";
