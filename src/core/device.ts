import type { Device } from "./types";

/** The parts of `navigator` that device detection reads. */
export interface NavigatorLike {
  userAgent?: string;
  maxTouchPoints?: number;
  userAgentData?: { mobile?: boolean } | undefined;
}

const MOBILE_UA = /Android|iPhone|iPod|iPad|Mobile/i;

/**
 * Chooses the Inicis module for a browser: `userAgentData.mobile` when the browser reports it,
 * then the user agent, then iPadOS (a Macintosh user agent with a touch screen).
 * With nothing known (a server render) it answers `"pc"`.
 */
export function detectDevice(nav?: NavigatorLike | null): Device {
  if (!nav) return "pc";
  if (typeof nav.userAgentData?.mobile === "boolean") return nav.userAgentData.mobile ? "mobile" : "pc";
  const ua = typeof nav.userAgent === "string" ? nav.userAgent : "";
  if (MOBILE_UA.test(ua)) return "mobile";
  if (/Macintosh/i.test(ua) && typeof nav.maxTouchPoints === "number" && nav.maxTouchPoints > 1) return "mobile";
  return "pc";
}
