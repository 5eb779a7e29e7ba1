// What an attempt needs once the window has answered: reading the answer and having the merchant's
// server verify it. A chunk of its own, fetched while the window is open (the click does not wait
// for it), so the engine preloaded before the first window stays small.

export { toOutcome } from "../core/outcome";
export { verifyOutcome } from "./verify";
