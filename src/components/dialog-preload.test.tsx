// Issue 19: the buyer dialog's chunk (with Radix) and the sentences load on the buyer's intent, not
// on idle: a page that is only looked at does not fetch them. What it costs in bytes and in the first
// open's milliseconds is measured in Chromium by scripts/size-page/policy.mjs, not here.
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { act } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWith, sandboxHarness } from "../../test/support/harness";
import { PayButton } from "./PayButton";

const chunk = vi.hoisted(() => ({ loads: 0 }));
vi.mock("./BuyerDialog", async (importOriginal) => {
  chunk.loads++;
  return importOriginal();
});

afterEach(() => vi.unstubAllGlobals());

// the loader keeps a loaded chunk for the page's life: the cases that must not load it come first
describe("the buyer dialog's preload", () => {
  it("is not fetched when the page goes idle, even with buyer fields missing", async () => {
    const idle = vi.fn((callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 0));
    vi.stubGlobal("requestIdleCallback", idle);
    vi.stubGlobal("cancelIdleCallback", (id: number) => clearTimeout(id));
    renderWith(<PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(chunk.loads).toBe(0);
  });

  it("is not fetched on intent when the buyer fields are all given", async () => {
    renderWith(<PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} customer={{ fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" }} />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    fireEvent.pointerDown(screen.getByRole("button"));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(chunk.loads).toBe(0);
  });

  it("is fetched on a phone's pointer-down when buyer fields are missing", async () => {
    renderWith(<PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} />, { sdk: sandboxHarness("mobile").sdk, device: "mobile" });
    fireEvent.pointerDown(screen.getByRole("button"));
    await waitFor(() => expect(chunk.loads).toBe(1));
  });
});
