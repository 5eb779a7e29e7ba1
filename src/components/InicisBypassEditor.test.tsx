import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
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
const preview = () => JSON.parse(screen.getByTestId("bypass-preview").textContent ?? "null") as unknown;
const readers = () => within(screen.getByRole("list", { name: /키를 읽는 결제창|Window reading each key/ })).getAllByRole("listitem").map((li) => li.textContent);
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

  // issue 17: the preview is the one object a request sends, on every device
  it("updates the one preview on every change: both windows' keys, each marked with the window that reads it", async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    setup(<Stateful onValue={onValue} />);
    expect(preview()).toEqual({ inicis_v2: {} });
    await user.click(screen.getByLabelText(/간편결제 숨김/));
    expect(onValue).toHaveBeenLastCalledWith({ hideEasyPay: true });
    expect(preview()).toEqual({ inicis_v2: { acceptmethod: ["noeasypay"], P_RESERVED: ["noeasypay=Y"] } });
    expect(readers()).toEqual(["acceptmethod PC", "P_RESERVED 모바일"]);
    await user.type(screen.getByLabelText(/가맹점 이름/), "포트원");
    expect(preview()).toEqual({ inicis_v2: { acceptmethod: ["noeasypay"], P_MNAME: "포트원", P_RESERVED: ["noeasypay=Y"] } });
    await user.click(screen.getByRole("button", { name: "행 추가" }));
    const months = screen.getByLabelText("개월");
    await user.clear(months);
    await user.type(months, "2,3,6");
    expect(preview()).toEqual({ inicis_v2: { acceptmethod: ["noeasypay", "slimquota(11-2:3:6)"], P_MNAME: "포트원", P_RESERVED: ["noeasypay=Y"] } });
    await user.click(screen.getByLabelText(/간편결제 숨김/));
    expect(onValue).toHaveBeenLastCalledWith({ merchantName: "포트원", partialInterestFree: [{ cardCode: "11", months: [2, 3, 6] }] });
  });

  it("shows the core's messages inline for invalid values, and no preview while an option is wrong", async () => {
    const user = userEvent.setup();
    setup(<Stateful />);
    const logo = screen.getByLabelText(/메인 로고 URL/);
    await user.type(logo, "javascript:alert(1)");
    expect(logo).toHaveAttribute("aria-invalid", "true");
    // the sentence comes with the locale pack, which loads when it is first needed
    await waitFor(() => expect(logo).toHaveAccessibleDescription("메인 로고 URL (logo_url)은 https: 로 시작하는 절대 URL이어야 합니다."));
    expect(screen.getAllByRole("alert")[0]).toHaveTextContent("옵션에 오류가 있어 bypass를 만들 수 없습니다.");
    const skin = screen.getByLabelText(/결제창 색상/, { selector: "input:not([type=color])" });
    await user.type(skin, "#fff):ocb");
    expect(skin).toHaveAccessibleDescription(/#RRGGBB/);
  });

  it("keeps per-device values it is given: the PC keys from the shared values and pc, the mobile keys from the shared values and mobile", () => {
    setup(<InicisBypassEditor value={{ hideEasyPay: true, mobile: { hideEasyPay: false, merchantName: "모바일 상점" }, pc: { skinColor: "#112233" } }} onChange={vi.fn()} />);
    expect(preview()).toEqual({ inicis_v2: { acceptmethod: ["SKIN(#112233)", "noeasypay"], P_MNAME: "모바일 상점" } });
  });

  it("with every option set, previews the payment's bypass and the card billing key's", () => {
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
    expect(preview()).toEqual({
      payment: {
        inicis_v2: {
          logo_url: "https://a.example/l.png",
          acceptmethod: ["SKIN(#C1272C)", "below1000", "ocb", "slimquota(11-2:3)", "mallpoint(11:34)"],
          P_CARD_OPTION: "selcode=14",
          P_MNAME: "포트원",
          P_RESERVED: ["below1000=Y", "apprun_check=Y"],
        },
      },
      billingKey: { inicis_v2: { carduse: "cocard" } },
    });
    expect(readers()).toEqual(["logo_url PC", "acceptmethod PC", "P_CARD_OPTION 모바일", "P_MNAME 모바일", "P_RESERVED 모바일", "carduse 모바일 (빌링키)"]);
  });

  it("device=pc shows only the controls of what reaches the PC module; the preview is still the whole object sent", () => {
    setup(<Stateful device="pc" initial={{ hideEasyPay: true, merchantName: "포트원" }} />);
    expect(screen.queryByLabelText(/가맹점 이름/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/1,000원 미만/)).toBeInTheDocument();
    expect(preview()).toEqual({ inicis_v2: { acceptmethod: ["noeasypay"], P_MNAME: "포트원", P_RESERVED: ["noeasypay=Y"] } });
  });

  it("copies the preview to the clipboard", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    setup(<Stateful initial={{ hideProgressBar: true }} />);
    await user.click(screen.getByRole("button", { name: "복사" }));
    expect(writeText).toHaveBeenCalledWith(JSON.stringify({ inicis_v2: { acceptmethod: ["hidebar"] } }, null, 2));
    expect(await screen.findByText("복사했습니다")).toBeInTheDocument();
  });

  it("a refused clipboard write shows a short message, and leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const user = userEvent.setup();
      const writeText = vi.fn(() => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")));
      Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
      setup(<Stateful initial={{ hideProgressBar: true }} />);
      await user.click(screen.getByRole("button", { name: "복사" }));
      expect(writeText).toHaveBeenCalledOnce();
      expect(await screen.findByText("복사하지 못했습니다. 직접 선택해 복사해 주세요.")).toBeInTheDocument();
      expect(screen.queryByText("복사했습니다")).not.toBeInTheDocument();
      // the preview stays, so the text can still be selected by hand
      expect(preview()).toEqual({ inicis_v2: { acceptmethod: ["hidebar"] } });
      // Node reports a promise left unhandled once the microtasks of its turn have run: one turn
      // of the event loop (setImmediate) after the message shows, any would have been reported
      await act(() => new Promise((r) => setImmediate(r)));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("says so when there is no clipboard at all (an insecure page)", async () => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    setup(<Stateful initial={{ hideProgressBar: true }} />, "en");
    await userEvent.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText("Could not copy. Please select the text and copy it yourself.")).toBeInTheDocument();
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

// issue 10, item 7: saved values come back from storage, a CMS or an older version of the page
describe("InicisBypassEditor never crashes on a malformed saved value", () => {
  afterEach(() => vi.restoreAllMocks());
  const errorOf = async (label: RegExp, text: string | RegExp) => {
    const input = screen.getAllByLabelText(label)[0]!;
    await waitFor(() => expect(input).toHaveAccessibleDescription(text));
    expect(input).toHaveAttribute("aria-invalid", "true");
  };

  it("mall-point cards saved as a string: rendered as text, with the message and no preview", async () => {
    const errors = vi.spyOn(console, "error");
    setup(<Stateful initial={{ mallPointCards: "11,34" as unknown as string[] }} />);
    expect(screen.getByLabelText(/몰포인트 카드/)).toHaveValue("11,34");
    await errorOf(/몰포인트 카드/, "몰포인트 카드 (mallpoint)는 목록(배열)이어야 합니다.");
    expect(screen.getAllByRole("alert")[0]).toHaveTextContent("옵션에 오류가 있어 bypass를 만들 수 없습니다.");
    expect(screen.queryByTestId("bypass-preview")).not.toBeInTheDocument();
    expect(errors).not.toHaveBeenCalled();
  });

  it("a plan whose months are a string: the row renders and says what is wrong; fixing it brings the preview back", async () => {
    const user = userEvent.setup();
    const onValue = vi.fn();
    setup(<Stateful onValue={onValue} initial={{ partialInterestFree: [{ cardCode: "11", months: "2,3" as unknown as number[] }] }} />);
    const months = screen.getByLabelText("개월");
    expect(months).toHaveValue("2,3");
    await waitFor(() => expect(months).toHaveAccessibleDescription(/개월 수는 2~36 사이의 정수 목록이어야 합니다\.$/));
    await user.clear(months);
    await user.type(months, "2,3");
    expect(onValue).toHaveBeenLastCalledWith({ partialInterestFree: [{ cardCode: "11", months: [2, 3] }] });
    expect(preview()).toEqual({ inicis_v2: { acceptmethod: ["slimquota(11-2:3)"] } });
  });

  it("wrong types in several fields at once: every control renders, each with its message", async () => {
    const errors = vi.spyOn(console, "error");
    const saved = {
      skinColor: 0xc1272c,
      logoUrl: { href: "https://x.example/l.png" },
      hideEasyPay: "Y",
      merchantName: ["포트원"],
      preselectCard: 14,
      partialInterestFree: [null, "11-2:3", { cardCode: 11, months: [2] }],
      cardUse: true,
      pc: "acceptmethod",
      mobile: [],
      acceptmethod: ["ocb"],
    } as unknown as InicisOptions;
    setup(<Stateful initial={saved} />);
    expect(screen.getByLabelText(/결제창 색상/, { selector: "input:not([type=color])" })).toHaveValue(String(0xc1272c));
    expect(screen.getByLabelText(/간편결제 숨김/)).not.toBeChecked();
    await errorOf(/결제창 색상/, /#RRGGBB/);
    await errorOf(/메인 로고 URL/, "메인 로고 URL (logo_url)은 문자열이어야 합니다.");
    await errorOf(/간편결제 숨김/, "간편결제 숨김 (noeasypay)은 true 또는 false여야 합니다.");
    await errorOf(/가맹점 이름/, "가맹점 이름 (P_MNAME)은 문자열이어야 합니다.");
    await errorOf(/우선 선택 카드/, /카드 코드는 두 자리 숫자/);
    await errorOf(/카드 구분/, "카드 구분, 빌링키 전용 (carduse)은 percard, cocard 중 하나여야 합니다.");
    expect(screen.getAllByRole("group", { name: /부분 무이자 \(slimquota\) #\d/ })).toHaveLength(3);
    expect(screen.getAllByRole("alert")[0]).toHaveTextContent("옵션에 오류가 있어 bypass를 만들 수 없습니다.");
    expect(errors).not.toHaveBeenCalled();
  });

  it.each([{ value: null }, { value: "hideEasyPay" }, { value: 42 }])("a whole value of $value renders an empty editor", ({ value }) => {
    setup(<InicisBypassEditor value={value as unknown as InicisOptions} onChange={vi.fn()} />);
    expect(preview()).toEqual({ inicis_v2: {} });
    expect(screen.getByLabelText(/간편결제 숨김/)).not.toBeChecked();
  });

  it("a whole value that is a list renders, says it is not an options object, and builds nothing", async () => {
    setup(<InicisBypassEditor value={["hideEasyPay"] as unknown as InicisOptions} onChange={vi.fn()} />);
    expect(screen.getByLabelText(/간편결제 숨김/)).not.toBeChecked();
    expect(screen.getAllByRole("alert")[0]).toHaveTextContent("옵션에 오류가 있어 bypass를 만들 수 없습니다.");
  });
});
