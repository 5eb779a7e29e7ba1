// Makes sure a Chromium is there for the browser tests: Debian's package through apt when running
// as root, otherwise one clear line saying what to install. CHROMIUM_PATH overrides the path.
import { spawnSync } from "node:child_process";
import { CHROMIUM_PATH, chromiumAvailable } from "./chromium.mjs";

// --fonts: screenshots also need Korean glyphs (Debian's fonts-noto-cjk)
const wantFonts = process.argv.includes("--fonts");
const hasCjkFont = () => spawnSync("fc-list", [":lang=ko"], { encoding: "utf8" }).stdout?.trim().length > 0;
if (chromiumAvailable() && (!wantFonts || hasCjkFont())) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${CHROMIUM_PATH} does not exist: point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium.`);
  process.exit(1);
}
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (!root) {
  console.error("Chromium is missing: run `sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary), then npm test again.");
  process.exit(1);
}
console.log("Installing Debian's chromium and fonts-noto-cjk with apt (about a minute)...");
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
for (const args of [["update", "-qq"], ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-noto-cjk"]]) {
  const r = spawnSync("apt-get", args, { stdio: "inherit", env });
  if (r.status !== 0) {
    console.error(`apt-get ${args.join(" ")} failed (exit ${r.status}): install Debian's chromium by hand, or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
if (!chromiumAvailable()) {
  console.error(`apt installed chromium but ${CHROMIUM_PATH} is still missing: set CHROMIUM_PATH.`);
  process.exit(1);
}
console.log(`Chromium ready at ${CHROMIUM_PATH}`);
