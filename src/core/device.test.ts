import { describe, expect, it } from "vitest";
import { classifyDevice, detectDevice, mayOpen, windowsFor } from "./device";

const IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
const ANDROID = "Mozilla/5.0 (Linux; Android 14; SM-S918N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36";
const MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15";
// Chrome on an Android tablet (reduced UA: Android, no "Mobile"); it reports userAgentData.mobile false
const ANDROID_TABLET = "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
const FIREFOX_ANDROID_TABLET = "Mozilla/5.0 (Android 14; Tablet; rv:121.0) Gecko/121.0 Firefox/121.0";
// Chrome for Android asking for the desktop site: a Linux desktop UA, userAgentData still says Android
const LINUX_DESKTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
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

describe("classifyDevice", () => {
  it.each([
    ["nothing known (server)", undefined, "pc"],
    ["null", null, "pc"],
    ["Windows desktop", { userAgent: WINDOWS, maxTouchPoints: 10 }, "pc"],
    ["Windows desktop whose userAgentData agrees", { userAgent: WINDOWS, userAgentData: { mobile: false, platform: "Windows" } }, "pc"],
    ["a Mac without touch", { userAgent: MAC, maxTouchPoints: 0 }, "pc"],
    ["a Mac with one touch point", { userAgent: MAC, maxTouchPoints: 1 }, "pc"],
    ["iPhone", { userAgent: IPHONE, maxTouchPoints: 5 }, "mobile"],
    ["iPad (old UA)", { userAgent: "Mozilla/5.0 (iPad; CPU OS 12_0 like Mac OS X)" }, "mobile"],
    ["Android phone", { userAgent: ANDROID }, "mobile"],
    ["Android phone whose userAgentData agrees", { userAgent: ANDROID, userAgentData: { mobile: true, platform: "Android" } }, "mobile"],
    // the two devices of issue 17: the library's detectDevice and a plain user-agent test disagree on them
    ["Chrome on an Android tablet", { userAgent: ANDROID_TABLET, maxTouchPoints: 5, userAgentData: { mobile: false, platform: "Android" } }, "ambiguous"],
    ["Chrome on an Android tablet, no userAgentData", { userAgent: ANDROID_TABLET }, "ambiguous"],
    ["Firefox on an Android tablet", { userAgent: FIREFOX_ANDROID_TABLET, maxTouchPoints: 5 }, "ambiguous"],
    ["Safari on an iPad asking for the desktop site (Macintosh + touch)", { userAgent: MAC, maxTouchPoints: 5 }, "ambiguous"],
    ["userAgentData.mobile true behind a desktop UA", { userAgent: WINDOWS, userAgentData: { mobile: true } }, "ambiguous"],
    ["userAgentData.mobile false behind a phone UA", { userAgent: ANDROID, userAgentData: { mobile: false } }, "ambiguous"],
    ["Chrome for Android asking for the desktop site (platform Android, Linux UA)", { userAgent: LINUX_DESKTOP, maxTouchPoints: 5, userAgentData: { mobile: false, platform: "Android" } }, "ambiguous"],
    ["userAgentData without a boolean mobile is not read", { userAgent: IPHONE, userAgentData: { mobile: "no" as unknown as boolean } }, "mobile"],
    ["a user agent that is not a string is not read", { userAgent: ["iPhone"] as unknown as string }, "pc"],
  ])("%s -> %s", (_name, nav, expected) => {
    expect(classifyDevice(nav)).toBe(expected);
  });

  it("on the two devices of issue 17, detectDevice guesses one window and a plain user-agent test the other: both are ambiguous", () => {
    const uaTest = (ua: string) => (/Android|iPhone|iPad|iPod|Mobile/i.test(ua) ? "mobile" : "pc");
    const tablet = { userAgent: ANDROID_TABLET, userAgentData: { mobile: false } };
    const ipad = { userAgent: MAC, maxTouchPoints: 5 };
    expect([detectDevice(tablet), uaTest(ANDROID_TABLET), classifyDevice(tablet)]).toEqual(["pc", "mobile", "ambiguous"]);
    expect([detectDevice(ipad), uaTest(MAC), classifyDevice(ipad)]).toEqual(["mobile", "pc", "ambiguous"]);
  });
});

describe("windowsFor / mayOpen", () => {
  it("a known device opens its own window; an ambiguous one may open either", () => {
    expect(windowsFor("pc")).toEqual(["pc"]);
    expect(windowsFor("mobile")).toEqual(["mobile"]);
    expect(windowsFor("ambiguous")).toEqual(["pc", "mobile"]);
    expect([mayOpen("pc", "pc"), mayOpen("pc", "mobile"), mayOpen("mobile", "pc"), mayOpen("mobile", "mobile")]).toEqual([true, false, false, true]);
    expect([mayOpen("ambiguous", "pc"), mayOpen("ambiguous", "mobile")]).toEqual([true, true]);
  });

  it("a device value it does not know (a JavaScript caller) is treated as ambiguous: both windows' rules apply", () => {
    expect(windowsFor("tablet" as never)).toEqual(["pc", "mobile"]);
    expect(windowsFor("constructor" as never)).toEqual(["pc", "mobile"]);
  });
});
