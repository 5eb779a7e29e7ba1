import { MAX_ID_LENGTH } from "./checks";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const RANDOM_CHARS = 24; // 24 base-36 characters: about 124 bits of randomness
const MAX_PREFIX = MAX_ID_LENGTH - RANDOM_CHARS - 1;

function randomChars(count: number): string {
  const out: string[] = [];
  const buf = new Uint8Array(count * 2);
  while (out.length < count) {
    globalThis.crypto.getRandomValues(buf);
    for (const byte of buf) {
      // 252 = 7 * 36: reject the tail so every character is equally likely
      if (byte < 252 && out.length < count) out.push(ALPHABET[byte % 36]!);
    }
  }
  return out.join("");
}

/**
 * A fresh id for `paymentId` or `issueId`: printable ASCII, at most 40 characters, unguessable
 * (crypto random) and unique per call. The prefix keeps `[A-Za-z0-9_-]` and is cut to 15 characters.
 */
export function createPaymentId(prefix = "pay"): string {
  const clean = prefix.replace(/[^A-Za-z0-9_-]/g, "").slice(0, MAX_PREFIX);
  const body = randomChars(RANDOM_CHARS);
  return clean ? `${clean}-${body}` : body;
}
