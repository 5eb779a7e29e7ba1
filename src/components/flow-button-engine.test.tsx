// Issue 16: a flow button is a shell whose attempt machinery comes with the lazily loaded engine.
// A click before the engine has come must not be lost, must not open two windows, and an engine
// that cannot load must end the attempt as a failure the buyer is told about, retryable.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWith, sandboxHarness } from "../../test/support/harness";
import { PayButton } from "./PayButton";

const gate = vi.hoisted(() => {
  let open: () => void = () => undefined;
  const state = { fail: true, imports: 0, opened: new Promise<void>((resolve) => (open = resolve)), open: () => open() };
  return state;
});
// the engine chunk: the first import fails (offline), the next ones wait for the test to open the gate
vi.mock("../flow/index", async (importOriginal) => {
  gate.imports++;
  if (gate.fail) throw new Error("chunk offline");
  await gate.opened;
  return importOriginal();
});

afterEach(() => vi.restoreAllMocks());

const buyer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };

// the loader keeps a loaded engine for the page's life: the failing case comes first
describe("a flow button before its engine", () => {
  it("an engine that cannot load: onFailure gets SDK_LOAD_FAILED once (its throw is logged, not raised), the buyer reads why, nothing is sent", async () => {
    const h = sandboxHarness("pc");
    const bug = new Error("merchant's onFailure broke");
    const onFailure = vi.fn((_outcome: unknown) => {
      throw bug;
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const onSuccess = vi.fn();
    renderWith(<PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} customer={buyer} onFailure={onFailure} onSuccess={onSuccess} />, { sdk: h.sdk, device: "pc" });
    fireEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onFailure).toHaveBeenCalledOnce());
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ status: "failure", flow: "payment", code: "SDK_LOAD_FAILED" });
    expect(await screen.findByRole("alert")).toHaveTextContent("결제 모듈을 불러오지 못했습니다");
    expect(screen.getByRole("button")).toHaveAttribute("data-state", "error");
    expect(screen.getByRole("button")).not.toBeDisabled();
    expect(h.calls()).toHaveLength(0);
    expect(onSuccess).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledWith(bug);
  });

  it("a click while the engine loads waits busy, is sent once when it comes (a second click opens nothing), and succeeds", async () => {
    gate.fail = false;
    const h = sandboxHarness("pc");
    const onSuccess = vi.fn();
    renderWith(<PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} customer={buyer} onSuccess={onSuccess} />, { sdk: h.sdk, device: "pc" });
    const button = screen.getByRole("button");
    const before = gate.imports;
    fireEvent.click(button);
    // busy at once, before the engine: the buyer sees the click was taken
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute("data-state", "pending");
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.click(button);
    await waitFor(() => expect(gate.imports).toBe(before + 1));
    expect(h.calls()).toHaveLength(0);
    await act(async () => gate.open());
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(h.calls()).toHaveLength(1);
    expect(h.calls()[0]!.request).toMatchObject({ orderName: "운동화", totalAmount: 1000 });
    expect(button).toHaveAttribute("data-state", "success");
  });
});
