// Issue 16, finding 8: BillingKeyForm mode="keyed-in". A card the merchant's server registered
// stays registered whatever the merchant's own onSuccess does afterwards (one settle guards the
// callbacks), and the card number never reaches the DOM's attributes, where serialised HTML, DOM
// snapshots and session-replay tools would pick it up.
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { BillingKeyForm, PortOneProvider } from "../src/index";
import { createSandboxSdk } from "../src/testing/index";

const buyer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const CARD = "4111111111111111";
// the number's digits in order, whatever groups them (spaces, dashes, dots, Unicode hyphens, none)
const CARD_IN_ANY_GROUPING = new RegExp(CARD.split("").join("[^0-9]{0,3}"));

function renderForm(props: { onSubmitCard: () => Promise<{ billingKey?: string } | void>; onSuccess?: () => void; onFailure?: () => void }) {
  return render(
    <PortOneProvider storeId="store-test" channelKeys={{ billingKey: "ck-bk" }} device="pc" sdk={createSandboxSdk({ device: "pc" })} preload={false}>
      <BillingKeyForm mode="keyed-in" customer={buyer} onSubmitCard={props.onSubmitCard} onSuccess={props.onSuccess} onFailure={props.onFailure} />
    </PortOneProvider>,
  );
}

async function fillCard(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.type(screen.getByLabelText(/카드 번호/), CARD);
  await user.type(screen.getByLabelText(/유효기간/), "1230");
  await user.type(screen.getByLabelText(/비밀번호 앞 2자리/), "12");
  await user.type(screen.getByLabelText(/생년월일 또는 사업자등록번호/), "900101");
}

describe("finding 8: keyed-in BillingKeyForm", () => {
  it("8: an onSuccess that throws leaves the registered card a success: data-state success, no CARD_SUBMIT_FAILED, the error on console.error", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const user = userEvent.setup();
    const thrown = new Error("merchant bug in onSuccess");
    const onSubmitCard = vi.fn(async () => ({ billingKey: "bk-from-server" }));
    const onSuccess = vi.fn(() => {
      throw thrown;
    });
    const onFailure = vi.fn();
    const { container } = renderForm({ onSubmitCard, onSuccess, onFailure });
    await fillCard(user);
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ status: "success", flow: "billingKey", billingKey: "bk-from-server" }));
    await waitFor(() => expect(container.querySelector("form")).toHaveAttribute("data-state", "success"));
    expect(await screen.findByRole("status")).toHaveTextContent("카드가 등록되었습니다.");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onFailure).not.toHaveBeenCalled();
    expect(onSubmitCard).toHaveBeenCalledOnce();
    const logged = consoleError.mock.calls.flat();
    expect(logged.some((arg) => arg === thrown || String(arg).includes(thrown.message))).toBe(true);
    expect(logged.map(String).join(" ")).not.toMatch(CARD_IN_ANY_GROUPING);
  });

  it("8: the card number is never mirrored into the input's value attribute nor anywhere in the form's HTML", async () => {
    const user = userEvent.setup();
    const onSubmitCard = vi.fn(async () => ({ billingKey: "bk-from-server" }));
    const { container } = renderForm({ onSubmitCard });
    const number = screen.getByLabelText(/카드 번호/) as HTMLInputElement;
    const noCardInHtml = (): void => {
      expect(number.getAttribute("value") ?? "").not.toMatch(/\d/);
      expect(container.innerHTML).not.toMatch(CARD_IN_ANY_GROUPING);
    };

    await user.type(number, CARD);
    // the input holds what the buyer typed (as its live value, not as an attribute)
    expect(number.value.replace(/\D/g, "")).toBe(CARD);
    noCardInHtml();
    await user.tab();
    noCardInHtml();

    // a submit the rules stop (no expiry yet) re-renders the form with its errors
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(onSubmitCard).not.toHaveBeenCalled();
    noCardInHtml();

    await user.type(screen.getByLabelText(/유효기간/), "1230");
    await user.click(screen.getByRole("button", { name: "카드 등록" }));
    await waitFor(() => expect(onSubmitCard).toHaveBeenCalledOnce());
    expect(onSubmitCard).toHaveBeenCalledWith(expect.objectContaining({ credential: expect.objectContaining({ number: CARD, expiryMonth: "12", expiryYear: "30" }) }));
    noCardInHtml();
  });
});
