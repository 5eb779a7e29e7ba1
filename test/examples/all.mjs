// npm run test:examples: the example apps on Chromium (run.mjs: install, type-check, build, serve,
// every check and scenario), then the same apps' scenarios on WebKit (webkit.mjs, reusing that
// install and build). Both always run; exits 1 when either failed. Options go to both
// (--app=, --scenario=, --skip-install); EXAMPLES_WEBKIT=0 leaves the WebKit run out. The WebKit
// engine is installed first when missing (scripts/ensure-webkit.mjs, as Chromium is).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const argv = process.argv.slice(2);
const chromium = spawnSync(process.execPath, [here("./run.mjs"), ...argv], { stdio: "inherit" });
let webkit = { status: 0 };
if (process.env.EXAMPLES_WEBKIT === "0") console.log("\nEXAMPLES_WEBKIT=0: the WebKit run is left out");
else {
  console.log("");
  webkit = spawnSync(process.execPath, [here("../../scripts/ensure-webkit.mjs")], { stdio: "inherit" });
  if (webkit.status === 0) webkit = spawnSync(process.execPath, [here("./webkit.mjs"), "--reuse", ...argv], { stdio: "inherit" });
}
process.exit(chromium.status === 0 && webkit.status === 0 ? 0 : 1);
