// npm run test:examples: the example apps on Chromium (run.mjs: install, type-check, build, serve,
// every check and scenario), then the same apps' scenarios on WebKit (webkit.mjs, reusing that
// install and build). Both always run; exits 1 when either failed. Options go to both
// (--app=, --scenario=, --skip-install); EXAMPLES_WEBKIT=0 leaves the WebKit run out. The WebKit
// engine is installed first when missing (scripts/ensure-webkit.mjs, as Chromium is).
// Each run stops itself after EXAMPLES_RUN_LIMIT_MINUTES (20) minutes, saying where it was; should
// one not (its event loop blocked), it is killed here 5 minutes later, with everything below it.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { killTagged, runLimitMinutes } from "./procs.mjs";

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const argv = process.argv.slice(2);
// every process below this one carries it, whatever the runs do with their own tags
const TAG = `all-${process.pid}-${randomBytes(4).toString("hex")}`;
process.env.EXAMPLES_ALL_TAG = TAG;
const BACKSTOP_MIN = runLimitMinutes() + 5;

/** Runs one step; past the backstop it is killed, with everything it started, and said so. */
function step(name, file, args = []) {
  const r = spawnSync(process.execPath, [here(file), ...args], { stdio: "inherit", timeout: BACKSTOP_MIN * 60_000, killSignal: "SIGKILL" });
  if (r.error?.code === "ETIMEDOUT") {
    const ended = killTagged("EXAMPLES_ALL_TAG", TAG);
    console.log(`\nFAIL  ${name} did not end within ${BACKSTOP_MIN} min (its own watchdog did not stop it): killed, with ${ended.length} process(es) it had started`);
    return { status: 1 };
  }
  return r;
}

const chromium = step("the Chromium run (run.mjs)", "./run.mjs", argv);
let webkit = { status: 0 };
if (process.env.EXAMPLES_WEBKIT === "0") console.log("\nEXAMPLES_WEBKIT=0: the WebKit run is left out");
else {
  console.log("");
  webkit = step("installing WebKit (scripts/ensure-webkit.mjs)", "../../scripts/ensure-webkit.mjs");
  if (webkit.status === 0) webkit = step("the WebKit run (webkit.mjs)", "./webkit.mjs", ["--reuse", ...argv]);
}
process.exit(chromium.status === 0 && webkit.status === 0 ? 0 : 1);
