import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations, renderWith, sandboxHarness } from "../../test/support/harness";
import type { InicisOptions } from "../core/bypass";
import { InicisBypassEditor } from "./InicisBypassEditor";

function Stateful({ initial = {}, device, onValue }: { initial?: InicisOptions; device?: "pc" | "mobile" | "both"; onValue?: (v: InicisOptions) => void }) {
  const [value, setValue] = useState<InicisOptions>(initial);
  return (
    <InicisBypassEditor
      value={value}
      device={device}
      onChange={(v) => {
        setValue(v);
        onValue?.(v);
      }}
    />
  );
}
const preview = (d: "pc" | "mobile") => JSON.parse(screen.getByTestId(`bypass-preview-${d}`).textContent ?? "null") as unknown;
const setup = (ui: React.ReactElement, locale: "ko" | "en" = "ko") => renderWith(ui, { sdk: sandboxHarness("pc").sdk, device: "pc", locale });

describe("InicisBypassEditor", () => {
  it("offers one labelled control per option, each saying which device it affects, with contract badges", () => {
    setup(<Stateful />, "en");
    for (const label of [/Window colour/, /Main logo URL/, /Sub logo URL/, /Guardian e-mail/, /SSGPAY push number/, /Allow under 1,000 KRW/, /OK Cashback field/, /Card window as popup/, /Hide progress bar/, /Hide easy pay/, /Mall-point cards/, /Preselected card/, /Merchant name/, /VISA 3D secure/, /Android intent return/, /Card use, billing key only/]) {
      expect(screen.getAllByLabelText(label).length).toBeGreaterThan(0);
    }
    expect(screen.getByRole("group", { name: /Partial interest-free/ })).toBeInTheDocument();
    expect(screen.getAllByText("Contract required")).toHaveLength(3);
    expect(screen.getByText(/OK Cashback field/).parentElement).toHaveTextContent("PC");
    expect(screen.getByText(/Merchant name/).closest("label")).toHaveTextContent("Mobile");
  });

  it("updates both previews on every change, each holding only its device's keys", async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    setup(<Stateful onValue={onValue} />);
    expect(preview("pc")).toEqual({ inicis_v2: {} });
    await user.click(screen.getByLabelText(/간편결제 숨김/));
    expect(onValue).toHaveBeenLastCalledWith({ hideEasyPay: true });
    expect(preview("pc")).toEqual({ inicis_v2: { acceptmethod: ["noeasypay"] } });
    expect(preview("mobile")).toEqual({ inicis_v2: { P_RESERVED: ["noeasypay=Y"] } });
    await user.type(screen.getByLabelText(/가맹점 이름/), "포트원");
    expect(preview("mobile")).toEqual({ inicis_v2: { P_MNAME: "포트원", P_RESERVED: ["noeasypay=Y"] } });
    expect(preview("pc")).toEqual({ inicis_v2: { acceptmethod: ["noeasypay"] } });
    await user.click(screen.getByRole("button", { name: "행 추가" }));
    const months = screen.getByLabelText("개월");
    await user.clear(months);
    await user.type(months, "2,3,6");
    expect(preview("pc")).toEqual({ inicis_v2: { acceptmethod: ["noeasypay", "slimquota(11-2:3:6)"] } });
    await user.click(screen.getByLabelText(/간편결제 숨김/));
    expect(onValue).toHaveBeenLastCalledWith({ merchantName: "포트원", partialInterestFree: [{ cardCode: "11", months: [2, 3, 6] }] });
  });

  it("shows the core's messages inline for invalid values, and no preview while an option is wrong", async () => {
    const user = userEvent.setup();
    setup(<Stateful />);
    const logo = screen.getByLabelText(/메인 로고 URL/);
    await user.type(logo, "javascript:alert(1)");
    expect(logo).toHaveAttribute("aria-invalid", "true");
    expect(logo).toHaveAccessibleDescription("메인 로고 URL은(는) https: 로 시작하는 절대 URL이어야 합니다.");
    expect(screen.getAllByRole("alert")[0]).toHaveTextContent("옵션에 오류가 있어 bypass를 만들 수 없습니다.");
    const skin = screen.getByLabelText(/결제창 색상/, { selector: "input:not([type=color])" });
    await user.type(skin, "#fff):ocb");
    expect(skin).toHaveAccessibleDescription(/#RRGGBB/);
  });

  it("with every option set, renders both previews from the value it is given", () => {
    const all: InicisOptions = {
      skinColor: "#C1272C",
      logoUrl: "https://a.example/l.png",
      allowBelow1000: true,
      showOcb: true,
      partialInterestFree: [{ cardCode: "11", months: [2, 3] }],
      mallPointCards: ["11", "34"],
      preselectCard: "14",
      merchantName: "포트원",
      androidIntentScheme: true,
      cardUse: "cocard",
    };
    setup(<InicisBypassEditor value={all} onChange={vi.fn()} />);
    expect(preview("pc")).toEqual({ inicis_v2: { logo_url: "https://a.example/l.png", acceptmethod: ["SKIN(#C1272C)", "below1000", "ocb", "slimquota(11-2:3)", "mallpoint(11:34)"] } });
    expect(preview("mobile")).toEqual({
      payment: { inicis_v2: { P_CARD_OPTION: "selcode=14", P_MNAME: "포트원", P_RESERVED: ["below1000=Y", "apprun_check=Y"] } },
      billingKey: { inicis_v2: { carduse: "cocard" } },
    });
  });

  it("device=pc shows only what reaches the PC module", () => {
    setup(<Stateful device="pc" />);
    expect(screen.queryByLabelText(/가맹점 이름/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/1,000원 미만/)).toBeInTheDocument();
    expect(screen.queryByTestId("bypass-preview-mobile")).not.toBeInTheDocument();
  });

  it("copies a preview to the clipboard", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    setup(<Stateful initial={{ hideProgressBar: true }} />);
    await user.click(screen.getByRole("button", { name: "복사 (PC)" }));
    expect(writeText).toHaveBeenCalledWith(JSON.stringify({ inicis_v2: { acceptmethod: ["hidebar"] } }, null, 2));
    expect(await screen.findByText("복사했습니다")).toBeInTheDocument();
  });

  it("works with the keyboard alone, and axe finds nothing", async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    const { container } = setup(<Stateful onValue={onValue} initial={{ partialInterestFree: [{ cardCode: "11", months: [2] }] }} />);
    await expectNoAxeViolations(container);
    await user.tab();
    expect(screen.getByLabelText(/결제창 색상/, { selector: "input:not([type=color])" })).toHaveFocus();
    await user.keyboard("#00AA55");
    expect(onValue).toHaveBeenLastCalledWith(expect.objectContaining({ skinColor: "#00AA55" }));
    const checkbox = screen.getByLabelText(/진행 막대 숨김/);
    checkbox.focus();
    await user.keyboard(" ");
    expect(onValue).toHaveBeenLastCalledWith(expect.objectContaining({ hideProgressBar: true }));
    const row = screen.getByRole("group", { name: /부분 무이자 \(slimquota\) #1/ });
    within(row).getByRole("button", { name: /행 삭제/ }).focus();
    await user.keyboard("{Enter}");
    expect(onValue).toHaveBeenLastCalledWith(expect.not.objectContaining({ partialInterestFree: expect.anything() }));
    await expectNoAxeViolations(container);
  });
});
