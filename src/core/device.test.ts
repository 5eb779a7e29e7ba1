import { describe, expect, it } from "vitest";
import { detectDevice } from "./device";

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const ANDROID = "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";
const MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";
const WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";

describe("detectDevice", () => {
  it.each([
    ["nothing known (server)", undefined, "pc"],
    ["userAgentData.mobile true wins over a desktop UA", { userAgent: WINDOWS, userAgentData: { mobile: true } }, "mobile"],
    ["userAgentData.mobile false wins over a mobile UA", { userAgent: ANDROID, userAgentData: { mobile: false } }, "pc"],
    ["iPhone", { userAgent: IPHONE }, "mobile"],
    ["Android", { userAgent: ANDROID }, "mobile"],
    ["iPod", { userAgent: "Mozilla/5.0 (iPod touch; CPU iPhone OS 12_0 like Mac OS X)" }, "mobile"],
    ["iPad (old UA)", { userAgent: "Mozilla/5.0 (iPad; CPU OS 12_0 like Mac OS X)" }, "mobile"],
    ["iPadOS reporting a Mac with touch", { userAgent: MAC, maxTouchPoints: 5 }, "mobile"],
    ["a Mac without touch", { userAgent: MAC, maxTouchPoints: 0 }, "pc"],
    ["Windows desktop", { userAgent: WINDOWS, maxTouchPoints: 10 }, "pc"],
    ["a Mac with one touch point (a touch bar or pen, not an iPad)", { userAgent: MAC, maxTouchPoints: 1 }, "pc"],
    ["a Mac with two touch points", { userAgent: MAC, maxTouchPoints: 2 }, "mobile"],
    ["a Mac whose maxTouchPoints is not a number", { userAgent: MAC, maxTouchPoints: "5" as unknown as number }, "pc"],
    ["a Mac without maxTouchPoints", { userAgent: MAC }, "pc"],
    ["a user agent that is not a string is not read", { userAgent: ["iPhone"] as unknown as string }, "pc"],
    ["userAgentData without a boolean mobile falls back to the UA", { userAgent: IPHONE, userAgentData: { mobile: "no" as unknown as boolean } }, "mobile"],
    ["null", null, "pc"],
  ])("%s -> %s", (_name, nav, expected) => {
    expect(detectDevice(nav)).toBe(expected);
  });
});
