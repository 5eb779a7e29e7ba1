// @vitest-environment jsdom
import { act } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PortOneProvider, useDevice } from "../src/index";
import { createSandboxSdk } from "../src/testing/index";

function Shows() {
  return <p data-testid="device">{useDevice()}</p>;
}

afterEach(() => vi.unstubAllGlobals());

describe("PortOneProvider under SSR", () => {
  it("renders as PC on the server and settles on mobile after hydration with no mismatch warning", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const tree = (
      <PortOneProvider storeId="s" sdk={sdk}>
        <Shows />
      </PortOneProvider>
    );
    vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0 (Windows NT 10.0)" });
    const html = renderToString(tree);
    expect(html).toContain(">pc<");
    vi.stubGlobal("navigator", { userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148", maxTouchPoints: 5 });
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, "error");
    const recoverable = vi.fn();
    await act(async () => {
      hydrateRoot(container, tree, { onRecoverableError: recoverable });
    });
    expect(container.textContent).toBe("mobile");
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    container.remove();
  });
});
