// What a browser bundle gets for `react-portone-inicis/server`: the same names, each a clear stop
// instead of a leaked secret. It says so at import (console.error) but does not throw there: a
// module that throws on import breaks bundlers and frameworks that only list its exports, and
// `sideEffects` in package.json names this file so tree-shaking keeps the sentence.
import type * as Server from "./index";

const SENTENCE =
  "react-portone-inicis/server runs on a server: it holds your API secret. Import it from server code (an API route, a server action, a Node server), never from browser code.";

console.error(SENTENCE);

function guard(): never {
  throw new Error(SENTENCE);
}

type Guarded = { [Name in keyof typeof Server]: (...args: never[]) => never };

/** Throws: `react-portone-inicis/server` runs on a server only. */
export const createInicisServer = guard;
/** Throws: `react-portone-inicis/server` runs on a server only. */
export const toServerCustomer = guard;
/** Throws: `react-portone-inicis/server` runs on a server only. */
export const toNodeHandler = guard;
/** Throws: `react-portone-inicis/server` runs on a server only. */
export const InicisServerError = guard;
/** Throws: `react-portone-inicis/server` runs on a server only. */
export const isInicisServerError = guard;
/** Throws: `react-portone-inicis/server` runs on a server only. */
export const validateCardCredential = guard;
/** Throws: `react-portone-inicis/server` runs on a server only. */
export const luhnValid = guard;

// Fails to compile when /server gains or loses a runtime export this file does not mirror.
const mirrored = { createInicisServer, toServerCustomer, toNodeHandler, InicisServerError, isInicisServerError, validateCardCredential, luhnValid } satisfies Guarded;
void (mirrored satisfies Record<keyof Guarded, unknown>);
