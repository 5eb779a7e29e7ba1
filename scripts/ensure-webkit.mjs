// Makes sure the WebKit run of the example apps has its engine (scripts/webkit.mjs): Debian's
// webkit2gtk-driver, xvfb and openssl (or, with WEBKIT_ENGINE=wpe, wpewebkit-driver, cog and
// openssl), through apt when running as root, otherwise one clear line saying what to install.
// WEBKIT_DRIVER_PATH / WEBKIT_BROWSER_PATH override the paths. Mirrors scripts/ensure-chromium.mjs.
import { spawnSync } from "node:child_process";
import { WEBKIT_BROWSER_PATH, WEBKIT_DRIVER_PATH, WEBKIT_PACKAGES, webkitAvailable } from "./webkit.mjs";

if (webkitAvailable()) process.exit(0);
if (process.env.WEBKIT_DRIVER_PATH || process.env.WEBKIT_BROWSER_PATH) {
  console.error(`WEBKIT_DRIVER_PATH=${WEBKIT_DRIVER_PATH} or WEBKIT_BROWSER_PATH=${WEBKIT_BROWSER_PATH} does not exist (or openssl is missing): fix them, or unset them to use Debian's.`);
  process.exit(1);
}
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (!root) {
  console.error(`WebKit is missing: run \`sudo apt-get install -y ${WEBKIT_PACKAGES.join(" ")}\`, then run the WebKit tests again.`);
  process.exit(1);
}
console.log(`Installing Debian's ${WEBKIT_PACKAGES.join(", ")} with apt (about half a minute)...`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", ...WEBKIT_PACKAGES]]) {
  const r = spawnSync("apt-get", args, { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`apt-get ${args.join(" ")} failed (exit ${r.status}): install ${WEBKIT_PACKAGES.join(" ")} by hand.`);
    process.exit(1);
  }
}
if (!webkitAvailable()) {
  console.error(`apt installed ${WEBKIT_PACKAGES.join(", ")} but ${WEBKIT_DRIVER_PATH} or ${WEBKIT_BROWSER_PATH} is still missing.`);
  process.exit(1);
}
console.log(`WebKit ready: ${WEBKIT_DRIVER_PATH} driving ${WEBKIT_BROWSER_PATH}`);
