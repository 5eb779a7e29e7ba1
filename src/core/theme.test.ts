import { describe, expect, it } from "vitest";
import { themeToCssVars } from "./theme";

describe("themeToCssVars", () => {
  it("every theme key becomes its --pi-* property; numbers are pixels", () => {
    expect(
      themeToCssVars({
        colorPrimary: "#123456",
        colorPrimaryText: "#fff",
        colorText: "#111",
        colorMuted: "#777",
        colorDanger: "#c00",
        colorBorder: "#ddd",
        colorBackground: "white",
        radius: 8,
        fontFamily: "Pretendard, sans-serif",
        fontSize: "15px",
      }),
    ).toStrictEqual({
      "--pi-color-primary": "#123456",
      "--pi-color-primary-text": "#fff",
      "--pi-color-text": "#111",
      "--pi-color-muted": "#777",
      "--pi-color-danger": "#c00",
      "--pi-color-border": "#ddd",
      "--pi-color-background": "white",
      "--pi-radius": "8px",
      "--pi-font-family": "Pretendard, sans-serif",
      "--pi-font-size": "15px",
    });
    expect(themeToCssVars({ fontSize: 0 })).toStrictEqual({ "--pi-font-size": "0px" });
  });

  it("later themes win; empty, missing and odd values are skipped", () => {
    expect(themeToCssVars(undefined, { colorPrimary: "#111111", radius: 4 }, undefined, { colorPrimary: "#222222" })).toStrictEqual({ "--pi-color-primary": "#222222", "--pi-radius": "4px" });
    expect(themeToCssVars({ colorPrimary: "", radius: undefined, colorText: null as unknown as string, fontFamily: ["a"] as unknown as string })).toStrictEqual({});
    expect(themeToCssVars({ colorPrimary: "#111111" }, { colorPrimary: "" })).toStrictEqual({ "--pi-color-primary": "#111111" });
    expect(themeToCssVars({ unknownKey: "x" } as never)).toStrictEqual({});
  });

  it.each(["red; background: url(x)", "red}", "{red", "</style>", "a>b"])("a value that could break out of its declaration (%j) is dropped", (value) => {
    expect(themeToCssVars({ colorPrimary: value, colorText: "#000" })).toStrictEqual({ "--pi-color-text": "#000" });
  });
});
