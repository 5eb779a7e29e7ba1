/**
 * react-portone-inicis/testing: a sandbox PortOne SDK for tests, demos and Storybook.
 * @packageDocumentation
 */
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
