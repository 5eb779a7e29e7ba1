import { describe, expect, it } from "vitest";
import { utf8Length } from "./bytes";

// Inicis counts its limits (order name, buyer name) in UTF-8 bytes.
describe("utf8Length", () => {
  it.each([
    ["", 0],
    ["a", 1],
    ["\u007f", 1],
    ["\u0080", 2],
    ["é", 2],
    ["\u07ff", 2],
    ["\u0800", 3],
    ["가", 3],
    ["홍길동", 9],
    ["\uffff", 3],
    ["😀", 4],
    ["\ud800\udc00", 4], // U+10000, the first astral code point
    ["\udbff\udfff", 4], // U+10FFFF, the last
    ["a😀b", 6],
    ["\ud83d", 3], // a lone high surrogate at the end (what TextEncoder sends as U+FFFD)
    ["\ud83da", 4],
    ["\udc00", 3], // a lone low surrogate
    ["\udc00\udc00", 6],
    ["\ue000가", 6], // above the surrogates: three bytes each, nothing skipped
    ["\uffff가", 6],
  ])("%j is %i bytes", (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});
