import type { Device, DeviceClass } from "./types";

/** The parts of `navigator` that device detection reads. */
export interface NavigatorLike {
  userAgent?: string;
  maxTouchPoints?: number;
  userAgentData?: { mobile?: boolean; platform?: string } | undefined;
}

const MOBILE_UA = /Android|iPhone|iPod|iPad|Mobile/i;

const userAgentOf = (nav: NavigatorLike): string => (typeof nav.userAgent === "string" ? nav.userAgent : "");
const touchMac = (nav: NavigatorLike, ua: string): boolean => /Macintosh/i.test(ua) && typeof nav.maxTouchPoints === "number" && nav.maxTouchPoints > 1;

/**
 * Chooses the Inicis module for a browser: `userAgentData.mobile` when the browser reports it,
 * then the user agent, then iPadOS (a Macintosh user agent with a touch screen).
 * With nothing known (a server render) it answers `"pc"`. See {@link classifyDevice} for the
 * answer that admits a doubt.
 */
export function detectDevice(nav?: NavigatorLike | null): Device {
  if (!nav) return "pc";
  if (typeof nav.userAgentData?.mobile === "boolean") return nav.userAgentData.mobile ? "mobile" : "pc";
  const ua = userAgentOf(nav);
  if (MOBILE_UA.test(ua)) return "mobile";
  if (touchMac(nav, ua)) return "mobile";
  return "pc";
}

/**
 * Classifies a browser as `pc`, `mobile`, or `ambiguous` when PortOne's script (which picks the
 * Inicis window by a rule it does not publish, apparently from the user agent) may disagree with
 * what the device is:
 *
 * - Android without "Mobile" in the user agent (Chrome and Firefox on tablets): the user agent
 *   says Android, the browser says it is not a phone;
 * - a Macintosh user agent with a touch screen (iPadOS asking for desktop sites): the user agent
 *   says PC, the device is a tablet;
 * - `userAgentData` disagreeing with the user agent (`mobile`, or an Android `platform` behind a
 *   desktop user agent, as Chrome's "desktop site" sends).
 *
 * An ambiguous device is checked against both windows' requirements (see {@link windowsFor}).
 * With nothing known (a server render) it answers `"pc"`.
 */
export function classifyDevice(nav?: NavigatorLike | null): DeviceClass {
  if (!nav) return "pc";
  const ua = userAgentOf(nav);
  const uaMobile = MOBILE_UA.test(ua);
  if (/Android/i.test(ua) && !/Mobile/i.test(ua)) return "ambiguous";
  if (touchMac(nav, ua)) return "ambiguous";
  const data = nav.userAgentData;
  if (typeof data?.mobile === "boolean" && data.mobile !== uaMobile) return "ambiguous";
  if (typeof data?.platform === "string" && /^android$/i.test(data.platform) && !uaMobile) return "ambiguous";
  return uaMobile ? "mobile" : "pc";
}

const PC: readonly Device[] = ["pc"];
const MOBILE: readonly Device[] = ["mobile"];
const BOTH: readonly Device[] = ["pc", "mobile"];

/**
 * The Inicis windows a request may open on a device: that device's own, or both when it is
 * ambiguous. Every device-dependent rule asks this, so an ambiguous device meets the union of
 * both windows' requirements.
 */
export function windowsFor(device: DeviceClass): readonly Device[] {
  // anything but a known device (a JavaScript caller's typo included) gets both windows' rules
  return device === "pc" ? PC : device === "mobile" ? MOBILE : BOTH;
}

/** True when `window` is one of the windows a request on `device` may open. */
export function mayOpen(device: DeviceClass, window: Device): boolean {
  return windowsFor(device).includes(window);
}
