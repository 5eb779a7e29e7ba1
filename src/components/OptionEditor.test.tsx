import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, expectTypeOf, it } from "vitest";
import { renderWith, sandboxHarness } from "../../test/support/harness";
import { IssueCollector } from "../core/collect";
import { decodeOptionValues, encodeOptionValues, flag, optionDevices, optionValuesFor, param, text, token, validateOptionValues, type OptionRow, type OptionValues } from "../core/option-schema";
import { OptionEditor } from "./OptionEditor";

// Issue 9: everything about an option follows from its row. A made-up table with two rows that
// exist nowhere else: if any of type, validation, build, parse or editor needed a second edit
// somewhere, this test would not see the new option there.
const row = <V,>(r: OptionRow<V>): OptionRow<V> => r;
const fixture = {
  /** PC and mobile: gift-wrap the order (contract). */
  giftWrap: row({ kind: flag, contract: true, flow: "payment", pc: token("acceptmethod", "giftwrap"), mobile: token("P_RESERVED", "giftwrap=Y") }),
  /** PC and mobile: a card message, at most 20 characters. */
  giftMessage: row({ kind: text(20), contract: false, flow: "payment", pc: param("giftmsg"), mobile: param("P_GIFTMSG") }),
};
const texts = {
  ko: { giftWrap: { label: "선물 포장 (giftwrap)", hint: "주문을 선물 포장합니다" }, giftMessage: { label: "선물 메시지 (giftmsg)", hint: "20자 이내" } },
  en: { giftWrap: { label: "Gift wrap (giftwrap)", hint: "Wraps the order" }, giftMessage: { label: "Gift message (giftmsg)", hint: "At most 20 characters" } },
};

const check = (values: unknown, device?: "pc" | "mobile") => {
  const out = new IssueCollector();
  validateOptionValues(fixture, values, out, { prefix: "inicis", flow: "payment", device });
  return out.issues.map((i) => `${i.field}:${i.code}:${i.severity}`);
};

describe("a made-up option row (issue 9)", () => {
  // checked by the type checker (npm run typecheck), where expectTypeOf fails on a wrong type
  it("type: the values type has the new keys with the row's value types", () => {
    expectTypeOf<OptionValues<typeof fixture>>().toEqualTypeOf<{ giftWrap?: boolean; giftMessage?: string }>();
    expectTypeOf<OptionValues<typeof fixture>["giftWrap"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("validation: value kinds, limits, unknown keys and the contract warning come from the rows", () => {
    expect(check({ giftWrap: true, giftMessage: "축하해요" }, "pc")).toEqual(["inicis.giftWrap:contract.required:warning"]);
    expect(check({ giftWrap: false }, "pc")).toEqual([]);
    expect(check({ giftWrap: "Y" }).filter((i) => i.endsWith(":error"))).toEqual(["inicis.giftWrap:type.boolean:error"]);
    expect(check({ giftMessage: " " })).toEqual(["inicis.giftMessage:required:error"]);
    expect(check({ giftMessage: "x".repeat(21) })).toEqual(["inicis.giftMessage:text.tooLong:error"]);
    expect(check({ giftMessage: 7 })).toEqual(["inicis.giftMessage:type.string:error"]);
    expect(check({ giftwrap: true, mobile: { giftMesage: "x" } })).toEqual(["inicis.mobile.giftMesage:inicis.unknownOption:error", "inicis.giftwrap:inicis.unknownOption:error"]);
    expect(optionDevices(fixture.giftWrap)).toEqual(["pc", "mobile"]);
  });

  it("build: each device gets its own encoding", () => {
    const values = { giftWrap: true, giftMessage: "축하해요" };
    expect(encodeOptionValues(fixture, values, "pc", "payment")).toEqual({ giftmsg: "축하해요", acceptmethod: ["giftwrap"] });
    expect(encodeOptionValues(fixture, values, "mobile", "payment")).toEqual({ P_GIFTMSG: "축하해요", P_RESERVED: ["giftwrap=Y"] });
    expect(encodeOptionValues(fixture, { giftWrap: false }, "pc", "payment")).toEqual({});
    expect(encodeOptionValues(fixture, values, "pc", "billingKey")).toEqual({});
    expect(optionValuesFor(fixture, { giftMessage: "공용", mobile: { giftMessage: "모바일" } }, "mobile")).toEqual({ giftMessage: "모바일" });
  });

  it("parse: what was sent reads back, per device where the devices differ", () => {
    expect(decodeOptionValues(fixture, { acceptmethod: ["giftwrap"], P_RESERVED: ["giftwrap=Y"], giftmsg: "축하", P_GIFTMSG: "축하" }, "payment")).toEqual({
      options: { giftWrap: true, giftMessage: "축하" },
      unknown: [],
    });
    expect(decodeOptionValues(fixture, { P_RESERVED: ["giftwrap=Y", "gift=Y"], giftmsg: "PC", P_GIFTMSG: "모바일", wrap: "Y" }, "payment")).toEqual({
      options: { mobile: { giftWrap: true, giftMessage: "모바일" }, pc: { giftMessage: "PC" } },
      unknown: ["P_RESERVED[1]", "wrap"],
    });
  });

  it("editor: a labelled checkbox and text input with a contract badge; changing them changes the previews", async () => {
    const user = userEvent.setup();
    let last: Record<string, unknown> = {};
    function Stateful() {
      const [value, setValue] = useState<Record<string, unknown>>({});
      return (
        <OptionEditor
          schema={fixture}
          texts={texts}
          value={value}
          onChange={(v) => {
            last = v;
            setValue(v);
          }}
        />
      );
    }
    renderWith(<Stateful />, { sdk: sandboxHarness("pc").sdk, device: "pc" });
    const preview = () => JSON.parse(screen.getByTestId("bypass-preview").textContent ?? "null") as unknown;
    expect(preview()).toEqual({ inicis_v2: {} });

    const wrap = screen.getByRole("checkbox", { name: /선물 포장 \(giftwrap\)/ });
    expect(wrap).toHaveAccessibleName(/별도 계약 필요/);
    expect(wrap).toHaveAccessibleDescription("주문을 선물 포장합니다");
    await user.click(wrap);
    expect(last).toEqual({ giftWrap: true });
    expect(preview()).toEqual({ inicis_v2: { acceptmethod: ["giftwrap"], P_RESERVED: ["giftwrap=Y"] } });

    const message = screen.getByRole("textbox", { name: /선물 메시지 \(giftmsg\)/ });
    await user.type(message, "축하해요");
    expect(preview()).toEqual({ inicis_v2: { giftmsg: "축하해요", acceptmethod: ["giftwrap"], P_GIFTMSG: "축하해요", P_RESERVED: ["giftwrap=Y"] } });

    await user.type(message, " 생일 축하합니다 정말 정말로요!!");
    await waitFor(() => expect(message).toHaveAccessibleDescription("선물 메시지 (giftmsg)가 너무 깁니다(최대 20자)."));
    expect(message).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByTestId("bypass-preview")).not.toBeInTheDocument();
  });
});
