import { afterEach, describe, expect, it, vi } from "vitest";

// isServer is decided once, when the module loads: import it fresh under each global set-up.
async function loadIsServer(globals: { window?: unknown; document?: unknown }): Promise<boolean> {
  vi.resetModules();
  vi.stubGlobal("window", globals.window);
  vi.stubGlobal("document", globals.document);
  const { isServer } = await import("./env");
  vi.unstubAllGlobals();
  return isServer;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe("env", () => {
  it("isServer: true unless both window and document exist", async () => {
    expect(await loadIsServer({})).toBe(true);
    expect(await loadIsServer({ window: {} })).toBe(true);
    expect(await loadIsServer({ document: {} })).toBe(true);
    expect(await loadIsServer({ window: {}, document: {} })).toBe(false);
  });

  it("isDevelopment: true unless NODE_ENV is production, false where there is no process", async () => {
    const { isDevelopment } = await import("./env");
    vi.stubEnv("NODE_ENV", "production");
    expect(isDevelopment()).toBe(false);
    vi.stubEnv("NODE_ENV", "development");
    expect(isDevelopment()).toBe(true);
    vi.stubEnv("NODE_ENV", "test");
    expect(isDevelopment()).toBe(true);
    vi.unstubAllEnvs();
    vi.stubGlobal("process", undefined);
    let dev: boolean | undefined;
    try {
      dev = isDevelopment();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(dev).toBe(false);
  });
});
