// Issue 10, item 6: the buyer dialog is a chunk of its own. When it cannot be loaded (a deploy
// replaced the chunk, the network dropped) or fails to render, the merchant's page must stay, the
// button must come back usable with a localised, retryable alert, and a later click must try again.
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderWith, sandboxHarness } from "../../test/support/harness";
import { PayButton } from "./PayButton";

const chunk = vi.hoisted(() => ({ failing: false, loads: 0, renderFails: false }));
vi.mock("./BuyerDialog", async (importOriginal) => {
  chunk.loads++;
  if (chunk.failing) throw new TypeError("Failed to fetch dynamically imported module: /assets/BuyerDialog-3f9a.js");
  return importOriginal();
});
vi.mock("./BuyerFields", async (importOriginal) => {
  const real = await importOriginal<typeof import("./BuyerFields")>();
  return {
    BuyerFieldInputs: (props: Parameters<typeof real.BuyerFieldInputs>[0]) => {
      if (chunk.renderFails) throw new Error("render failed");
      return real.BuyerFieldInputs(props);
    },
  };
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on("unhandledRejection", onUnhandled);
});
afterEach(() => {
  process.off("unhandledRejection", onUnhandled);
  chunk.failing = false;
  chunk.renderFails = false;
});

function Page({ onFailure }: { onFailure: (o: unknown) => void }) {
  return (
    <main>
      <h1>장바구니</h1>
      <PayButton payMethod="CARD" orderName="운동화" totalAmount={1000} customer={{ fullName: "홍길동", phoneNumber: "010-1234-5678" }} onFailure={onFailure} />
    </main>
  );
}

// the loader keeps a loaded chunk for the page's life: the cases that need it missing come first
describe("a lost buyer-dialog chunk", () => {
  it("in English, the alert is English (and the button is usable again)", async () => {
    chunk.failing = true;
    const user = userEvent.setup();
    renderWith(<PayButton payMethod="CARD" orderName="x" totalAmount={1000} customer={{ fullName: "Hong", phoneNumber: "010-1234-5678" }} />, { sdk: sandboxHarness("pc").sdk, device: "pc", locale: "en" });
    await user.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent("The payment module could not be loaded. Check the connection and try again.");
    await waitFor(() => expect(screen.getByRole("button")).toBeEnabled());
  });

  it("keeps the page, brings the button back with a retryable alert and COMPONENT_LOAD_FAILED; a later click loads it and the dialog opens", async () => {
    chunk.failing = true;
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    const onFailure = vi.fn();
    renderWith(<Page onFailure={onFailure} />, { sdk: h.sdk, device: "pc" });
    await user.click(screen.getByRole("button", { name: "1,000원 결제하기" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("결제 모듈을 불러오지 못했습니다. 네트워크를 확인하고 다시 시도해 주세요.");
    expect(screen.getByRole("heading", { name: "장바구니" })).toBeInTheDocument();
    const button = screen.getByRole("button", { name: "1,000원 결제하기" });
    await waitFor(() => expect(button).toBeEnabled());
    expect(button).toHaveAttribute("data-state", "idle");
    expect(button).not.toHaveAttribute("aria-busy");
    expect(onFailure).toHaveBeenCalledOnce();
    expect(onFailure.mock.calls[0]![0]).toMatchObject({ status: "failure", flow: "payment", code: "COMPONENT_LOAD_FAILED" });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(h.calls()).toHaveLength(0);
    const failedLoads = chunk.loads;
    expect(failedLoads).toBeGreaterThan(0);

    chunk.failing = false;
    await user.click(button);
    const dialog = await screen.findByRole("dialog", { name: "구매자 정보" });
    expect(chunk.loads).toBeGreaterThan(failedLoads);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(onFailure).toHaveBeenCalledOnce();
    await user.type(within(dialog).getByLabelText(/이메일/), "buyer@example.com");
    await user.click(within(dialog).getByRole("button", { name: "계속" }));
    await waitFor(() => expect(h.calls()).toHaveLength(1));
    // the attempt's last event, then one turn of the event loop: Node reports a promise left
    // unhandled once the microtasks of its turn have run, so any would be reported by then
    await waitFor(() => expect(button).toHaveAttribute("data-state", "success"));
    await act(() => new Promise((r) => setImmediate(r)));
    expect(unhandled).toEqual([]);
  });

});

describe("a buyer dialog that fails to render", () => {
  it("is caught: the page stays, the button is usable, onFailure gets COMPONENT_LOAD_FAILED, and the next click opens it", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    chunk.renderFails = true;
    const h = sandboxHarness("pc");
    const user = userEvent.setup();
    const onFailure = vi.fn();
    renderWith(<Page onFailure={onFailure} />, { sdk: h.sdk, device: "pc" });
    await user.click(screen.getByRole("button"));
    expect(await screen.findByRole("alert")).toHaveTextContent("결제 모듈을 불러오지 못했습니다.");
    expect(screen.getByRole("heading", { name: "장바구니" })).toBeInTheDocument();
    await waitFor(() => expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ status: "failure", code: "COMPONENT_LOAD_FAILED" })));
    const button = screen.getByRole("button", { name: "1,000원 결제하기" });
    await waitFor(() => expect(button).toBeEnabled());
    chunk.renderFails = false;
    await user.click(button);
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
  });
});
