import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { createSandboxSdk } from "./sandbox";
import { createSimulatedWindow, SimulatedPaymentWindow } from "./simulated-window";

// issue 17: the simulated window shows the Inicis options its own module received
describe("SimulatedPaymentWindow", () => {
  const bypass = { inicis_v2: { logo_url: "https://x.example/l.png", acceptmethod: ["SKIN(#C1272C)", "below1000"], P_MNAME: "포트원", P_RESERVED: ["below1000=Y", "noeasypay=Y"] } };
  const request = { storeId: "s", channelKey: "c", paymentId: "pay-1", orderName: "껌", totalAmount: 900, currency: "KRW", payMethod: "CARD", customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" }, bypass } as const;

  it.each([
    ["pc", ["logo_url: https://x.example/l.png", "acceptmethod: SKIN(#C1272C), below1000"]],
    ["mobile", ["P_MNAME: 포트원", "P_RESERVED: below1000=Y, noeasypay=Y"]],
  ] as const)("the %s window lists the keys its module read, and none of the other's", async (window, lines) => {
    const win = createSimulatedWindow();
    const sdk = createSandboxSdk({ window, decide: win.decide, navigate: () => undefined });
    render(<SimulatedPaymentWindow controller={win} />);
    let answer: Promise<unknown> = Promise.resolve();
    act(() => {
      answer = sdk.requestPayment(request);
    });
    const dialog = await screen.findByRole("dialog", { name: new RegExp(`KG이니시스 결제창 \\(시뮬레이션 · ${window === "pc" ? "PC" : "모바일"}\\)`) });
    const list = within(dialog).getByRole("list", { name: "받은 옵션" });
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(lines);
    await userEvent.click(within(dialog).getByRole("button", { name: "승인" }));
    await expect(answer).resolves.toMatchObject({ transactionType: "PAYMENT", paymentId: "pay-1" });
  });
});
