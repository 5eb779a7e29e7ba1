// How PortOne reports that the buyer closed (or cancelled in) the KG Inicis window. The SDK resolves
// with a PG failure (`code: "FAILURE_TYPE_PG"`) then, as for a refusal, on PC and in a redirect
// landing's query alike: only the PG's code and message tell the two apart. PortOne's types name no
// such code (`pgCode` is a plain string), so the rows below are what the Inicis modules send, each
// with its source. To recognise another form, add a row and a test row in closed-window.test.ts.

/** PG codes that by themselves say the buyer closed the window (the sources stay here, not in the bundle). */
export const CLOSED_WINDOW_CODES: readonly string[] = [
  // INIStdPay (the PC window): resultCode V801, the buyer closed or cancelled the window
  "V801",
  // PortOne's own name for a buyer's cancel in a PG window
  "PAY_PROCESS_CANCELED",
];

/**
 * Inicis' wording of a buyer's cancel. The mobile module (INIMobile) has no code of its own for it:
 * `P_STATUS` 01 is any failed authentication, and `P_RMESG1` says "사용자가 결제를 취소하였습니다."
 * (or "사용자에 의한 취소입니다.(091)" from a bank app), so there the message decides.
 */
const BUYER_CANCEL_WORDS = /사용자(?:가|께서|에 의한|의)?\s*(?:결제를?\s*)?취소/;

/**
 * True when a failed answer (resolved, or read from a redirect landing) says the buyer closed or
 * cancelled the payment window, not that the PG refused: a PG failure whose `pgCode` is one of
 * {@link CLOSED_WINDOW_CODES}, or whose message is Inicis' wording of a cancel.
 */
export function isClosedWindow(code: string | undefined, pgCode: string | undefined, pgMessage: string | undefined, message: string | undefined): boolean {
  if (code !== "FAILURE_TYPE_PG") return false;
  if (pgCode !== undefined && CLOSED_WINDOW_CODES.includes(pgCode)) return true;
  // PortOne repeats the PG's message in `message` ("[V801] 사용자가 결제를 취소하였습니다."), or sends only that
  return [pgMessage, message].some((m) => m !== undefined && BUYER_CANCEL_WORDS.test(m));
}
