import { describe, expect, it } from "vitest";
import { asObj, hasErrors, isPresent, own, plainKeys, shortText } from "./collect";
import { InicisValidationError, isPortOneLoadError, PortOneLoadError } from "./errors";

// The small readers every validator uses on untrusted input.
describe("reading untrusted input", () => {
  it("isPresent: undefined, null and blank strings are absent; anything else is present", () => {
    for (const v of [undefined, null, "", "  \n"]) expect(isPresent(v), String(v)).toBe(false);
    for (const v of ["a", 0, false, {}, []]) expect(isPresent(v), String(v)).toBe(true);
  });

  it("plainKeys: the keys of a plain object only", () => {
    expect(plainKeys({ a: 1, b: 2 })).toEqual(["a", "b"]);
    const bare = Object.create(null) as Record<string, unknown>;
    bare.x = 1;
    expect(plainKeys(bare)).toEqual(["x"]);
    for (const v of [null, undefined, [], "ab", 1, new Date(0), new (class Thing {})()]) expect(plainKeys(v), String(v)).toBeNull();
  });

  it("own: own properties only, never the prototype's", () => {
    expect(own({ a: 1 }, "a")).toBe(1);
    expect(own({}, "toString")).toBeUndefined();
    expect(own(Object.create({ a: 1 }), "a")).toBeUndefined();
    expect(own(null, "a")).toBeUndefined();
    expect(own("abc", "length")).toBeUndefined();
  });

  it("asObj: an object as is, anything else as {}", () => {
    const o = { a: 1 };
    expect(asObj(o)).toBe(o);
    for (const v of [null, undefined, 1, "a"]) expect(asObj(v)).toStrictEqual({});
  });

  it("shortText: any value as a short text, never a throw", () => {
    expect(shortText("a".repeat(40))).toBe("a".repeat(30));
    expect(shortText("abcdef", 3)).toBe("abc");
    expect(shortText(1234567890123, 5)).toBe("12345");
    expect(shortText(12)).toBe("12");
    expect(shortText(true)).toBe("true");
    expect(shortText(false, 3)).toBe("fal");
    expect(shortText(12345678901234567890n, 4)).toBe("1234");
    expect(shortText(undefined)).toBe("undefined");
    expect(shortText(null)).toBe("null");
    expect(shortText({})).toBe("[object Object]");
    expect(shortText({}, 5)).toBe("[obje");
    expect(shortText(["a"])).toBe("[object Array]");
    expect(shortText(Object.create(null))).toBe("[object Object]");
    expect(shortText({ toString: () => { throw new Error("no"); } })).toBe("[object Object]");
    expect(shortText(Symbol("s"))).toBe("[object Symbol]");
  });

  it("hasErrors: only an error blocks; warnings never do", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([{ field: "a", code: "contract.required", severity: "warning", params: {} }])).toBe(false);
    expect(hasErrors([{ field: "a", code: "contract.required", severity: "warning", params: {} }, { field: "b", code: "required", severity: "error", params: {} }])).toBe(true);
  });
});

describe("errors", () => {
  it("InicisValidationError carries every issue, and names the errors (not the warnings) in its message", () => {
    const issues = [
      { field: "vatAmount", code: "contract.required", severity: "warning", params: {} },
      { field: "orderName", code: "required", severity: "error", params: {} },
      { field: "inicis.logoUrl", code: "url.https", severity: "error", params: {} },
    ] as const;
    const e = new InicisValidationError(issues);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("InicisValidationError");
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toBe("orderName: required; inicis.logoUrl: url.https");
    expect(e.issues).toBe(issues);
    expect(new InicisValidationError([issues[0]]).message).toBe("Invalid input");
  });

  it("PortOneLoadError is recognised, also as a copy from another bundle, and nothing else is", () => {
    const e = new PortOneLoadError("SDK_LOAD_TIMEOUT", "slow");
    expect([e.name, e.code, e.message]).toEqual(["PortOneLoadError", "SDK_LOAD_TIMEOUT", "slow"]);
    expect(isPortOneLoadError(e)).toBe(true);
    expect(isPortOneLoadError({ name: "PortOneLoadError", code: "SDK_LOAD_FAILED" })).toBe(true);
    const lookalikeFunction = Object.assign(
      Object.defineProperty(() => undefined, "name", { value: "PortOneLoadError" }),
      { code: "SDK_LOAD_FAILED" },
    );
    for (const v of [null, undefined, "PortOneLoadError", { name: "PortOneLoadError" }, { name: "PortOneLoadError", code: 1 }, { name: "Error", code: "SDK_LOAD_FAILED" }, new Error("x"), lookalikeFunction]) {
      expect(isPortOneLoadError(v), String(v)).toBe(false);
    }
  });
});
