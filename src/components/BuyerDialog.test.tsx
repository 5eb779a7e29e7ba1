import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ko } from "../core/locales/ko";
import type { DeviceClass } from "../core/types";
import BuyerDialog from "./BuyerDialog";

// issue 17: on an ambiguous device the dialog asks for the union of both windows' buyer fields
describe("BuyerDialog", () => {
  const open = (device: DeviceClass, onDone = vi.fn()) => {
    render(<BuyerDialog fields={["phoneNumber", "email"]} flow="payment" initial={{ fullName: "홍길동" }} device={device} locale="ko" messages={ko} onDone={onDone} onError={vi.fn()} />);
    return { dialog: screen.getByRole("dialog", { name: "구매자 정보" }), onDone };
  };

  it.each([
    ["ambiguous", "필수"],
    ["pc", "필수"],
    ["mobile", "선택"],
  ] as const)("on a %s device, phone and e-mail are marked %s", (device, marker) => {
    const { dialog } = open(device);
    expect(within(dialog).getByLabelText(/휴대폰 번호/)).toHaveAccessibleName(`휴대폰 번호(${marker})`);
    expect(within(dialog).getByLabelText(/이메일/)).toHaveAccessibleName(`이메일(${marker})`);
  });

  it("on an ambiguous device, continuing without them is refused, then the filled fields are handed back", async () => {
    const user = userEvent.setup();
    const { dialog, onDone } = open("ambiguous");
    await user.click(within(dialog).getByRole("button", { name: "계속" }));
    expect(onDone).not.toHaveBeenCalled();
    expect(within(dialog).getByLabelText(/휴대폰 번호/)).toHaveFocus();
    await user.type(within(dialog).getByLabelText(/휴대폰 번호/), "01012345678");
    await user.type(within(dialog).getByLabelText(/이메일/), "buyer@example.com");
    await user.click(within(dialog).getByRole("button", { name: "계속" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith({ phoneNumber: "010-1234-5678", email: "buyer@example.com" }));
  });
});
