// @vitest-environment node
// The browser build of /server (src/server/browser.ts) mirrors the server entry's names; each
// throws the guard's sentence when called, and importing it says the problem without throwing.
// test/server-guard.mjs checks the same on the built files through esbuild and Vite bundles.
import { afterEach, describe, expect, it, vi } from "vitest";

const SENTENCE = /^react-portone-inicis\/server runs on a server: it holds your API secret\. /;

afterEach(() => {
  vi.resetModules();
});

describe("the /server browser guard", () => {
  it("exports exactly the names of the server entry", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const [server, guard] = await Promise.all([import("../../src/server/index"), import("../../src/server/browser")]);
    expect(Object.keys(guard).sort()).toEqual(Object.keys(server).sort());
  });

  it("says the problem on console.error at import, without throwing", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(import("../../src/server/browser")).resolves.toBeTruthy();
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toMatch(SENTENCE);
  });

  it("every export throws the sentence when called (or constructed)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const guard = (await import("../../src/server/browser")) as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const [name, fn] of Object.entries(guard)) {
      expect(() => fn({ secret: "s" }), name).toThrow(SENTENCE);
    }
    expect(() => new (guard.InicisServerError as unknown as new () => unknown)()).toThrow(SENTENCE);
  });
});
