// Where the WebKit engine for the example apps' WebKit run is, from Debian's packages.
//
// WEBKIT_ENGINE picks it:
// - "gtk" (the default): WebKitGTK 2.50 (`webkit2gtk-driver`, /usr/bin/WebKitWebDriver driving its
//   MiniBrowser) under a private Xvfb display. Bookworm keeps it current with security updates, so
//   its JavaScriptCore is of the generation of today's iPhone Safari.
// - "wpe": WPE WebKit 2.38 (`wpewebkit-driver`, /usr/bin/WPEWebDriver driving `cog` on its headless
//   platform, no display). Bookworm's WPE is from early 2023, about Safari 16.0: it runs the Vite
//   example, but not the Next.js 16 example, whose own client code uses class static blocks
//   (Safari 16.4, Next 16's stated minimum).
// WEBKIT_DRIVER_PATH and WEBKIT_BROWSER_PATH override the two paths. Both engines take every
// request through a proxy (the browser's --proxy flag) and accept the fake CDN's certificate.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const ENGINES = {
  gtk: {
    name: "WebKitGTK",
    driver: "/usr/bin/WebKitWebDriver",
    browser: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
    capability: "webkitgtk:browserOptions",
    // automation mode browses with an ephemeral website data store
    args: ["--automation"],
    packages: ["webkit2gtk-driver", "xvfb", "openssl"],
    versionPackage: "libwebkit2gtk-4.1-0",
    driverPackage: "webkit2gtk-driver",
    display: true,
  },
  wpe: {
    name: "WPE WebKit",
    driver: "/usr/bin/WPEWebDriver",
    browser: "/usr/bin/cog",
    capability: "wpe:browserOptions",
    args: ["--automation", "--platform=headless"],
    packages: ["wpewebkit-driver", "cog", "openssl"],
    versionPackage: "libwpewebkit-1.1-0",
    driverPackage: "wpewebkit-driver",
    display: false,
  },
};

export const WEBKIT_ENGINE = process.env.WEBKIT_ENGINE || "gtk";
if (!ENGINES[WEBKIT_ENGINE]) throw new Error(`WEBKIT_ENGINE=${WEBKIT_ENGINE}: use "gtk" (WebKitGTK, the default) or "wpe" (WPE WebKit)`);
const engine = ENGINES[WEBKIT_ENGINE];

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || engine.driver;
export const WEBKIT_BROWSER_PATH = process.env.WEBKIT_BROWSER_PATH || engine.browser;
/** Debian packages that bring the engine, its driver, a display where it needs one, and openssl for the fake CDN's certificate. */
export const WEBKIT_PACKAGES = engine.packages;

const has = (cmd, argv) => spawnSync(cmd, argv, { stdio: "ignore" }).status === 0;
export const webkitAvailable = () =>
  existsSync(WEBKIT_DRIVER_PATH) && existsSync(WEBKIT_BROWSER_PATH) && has("openssl", ["version"]) && (!engine.display || has("sh", ["-c", "command -v Xvfb"]));

/**
 * The WebDriver capabilities of one session: the browser, its flags (every request through
 * `proxy`, a user agent when given) and acceptance of the fake CDN's self-signed certificate.
 */
export function webkitCapabilities({ proxy, userAgent } = {}) {
  const args = [...engine.args];
  if (proxy) args.push(`--proxy=${proxy}`);
  if (userAgent) args.push(`--user-agent=${userAgent}`);
  return { acceptInsecureCerts: true, pageLoadStrategy: "normal", [engine.capability]: { binary: WEBKIT_BROWSER_PATH, args } };
}

const dpkgVersion = (pkg) => {
  const r = spawnSync("dpkg-query", ["-W", "-f=${Version}", pkg], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
};

/** The engine's name and version, and the Debian packages of the engine and its driver. */
export function webkitVersions() {
  const lib = dpkgVersion(engine.versionPackage);
  const drv = dpkgVersion(engine.driverPackage);
  return {
    engine: `${engine.name} ${lib ? lib.replace(/-.*$/, "") : "(version unknown)"}`,
    packages: [lib && `${engine.versionPackage} ${lib}`, drv && `${engine.driverPackage} ${drv}`].filter(Boolean).join(", ") || WEBKIT_DRIVER_PATH,
  };
}

/**
 * A display for the engine when it needs one: a private Xvfb that picks its own free display
 * number. Returns the environment the driver runs with and a stop function.
 *
 * -noreset: by default an X server resets when its last client disconnects, and every session's
 * MiniBrowser is the only client, so each quit resets the server just as the next session's
 * MiniBrowser connects. A browser that connects during the reset gets "cannot open display" and
 * exits, and WebKitWebDriver 2.50 then never answers that POST /session (it keeps waiting for a
 * browser that is gone): the WebKit run hung there (1 session in 10 to 140 without the flag; none
 * in 400 with it).
 */
export async function startDisplay() {
  if (!engine.display) return { env: {}, stop: () => {} };
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-nolisten", "tcp", "-noreset", "-screen", "0", "1280x1024x24"], { stdio: ["ignore", "ignore", "pipe", "pipe"], detached: true });
  let log = "";
  xvfb.stderr.on("data", (d) => (log += d));
  const display = await new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display in 15 s: ${log.trim().slice(-200)}`)), 15_000);
    xvfb.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    xvfb.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${log.trim().slice(-200)}`));
    });
  });
  const stop = () => {
    try {
      process.kill(-xvfb.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  return { env: { DISPLAY: display }, stop, pid: xvfb.pid };
}
