// A self-check of the WebKit runner's hang handling, run by hand (not part of npm test):
//
//   node test/examples/webkit-hang-check.mjs
//
// (after one `npm run test:webkit`, whose Vite example install and build it reuses). It runs
// `webkit.mjs --hang-check --app=vite --reuse` with short deadlines: first the scenarios of
// hang-scenarios.mjs, which make the MiniBrowser exit at its start (no display), stop the driver
// or its MiniBrowser (SIGSTOP) or wait for what never comes, then a few usual scenarios. It checks that each hanging row says what it must (a FAIL that
// names what it waited for, or a PASS after the driver was restarted), that the usual scenarios
// after them pass, that the run ends on its own, and that nothing the run started is left running
// (every process below it carries HANG_CHECK_TAG in its environment). Exits 1 when one does not hold.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { WEBKIT_BROWSER_PATH } from "../../scripts/webkit.mjs";
import { HANG_SCENARIOS, THEN } from "./hang-scenarios.mjs";
import { commandOf, deadline, gone, killTagged } from "./procs.mjs";

const TAG = `hang-check-${process.pid}-${randomBytes(4).toString("hex")}`;
const LIMIT_MS = 12 * 60_000;
const started = Date.now();
// the browser, behind a wrapper that makes its next start fail to open a display once the marker
// file exists (hang-browser-start)
const dir = mkdtempSync(join(tmpdir(), "webkit-hang-check-"));
const wrapper = join(dir, "browser");
writeFileSync(
  wrapper,
  `#!/bin/sh
if [ -e ${JSON.stringify(join(dir, "fail-next-start"))} ]; then
  rm -f ${JSON.stringify(join(dir, "fail-next-start"))}
  exec ${JSON.stringify(WEBKIT_BROWSER_PATH)} "$@" --display=:65535
fi
exec ${JSON.stringify(WEBKIT_BROWSER_PATH)} "$@"
`,
);
chmodSync(wrapper, 0o755);
const child = spawn(process.execPath, [fileURLToPath(new URL("./webkit.mjs", import.meta.url)), "--hang-check", "--app=vite", "--reuse"], {
  env: { ...process.env, HANG_CHECK_TAG: TAG, HANG_CHECK_DIR: dir, WEBKIT_BROWSER_PATH: wrapper, WEBKIT_SCENARIO_SECONDS: "20", WEBKIT_OPEN_SECONDS: "15", WEBKIT_CLOSE_SECONDS: "10", EXAMPLES_RUN_LIMIT_MINUTES: "10" },
  stdio: ["ignore", "pipe", "inherit"],
});
let out = "";
child.stdout.on("data", (d) => {
  out += d;
  process.stdout.write(d);
});
const code = await deadline(new Promise((resolve) => child.on("close", resolve)), LIMIT_MS, "webkit.mjs --hang-check").catch((error) => {
  console.log(`\n${error.message}: the runner itself hung`);
  killTagged("HANG_CHECK_TAG", TAG);
  return "hung";
});
const seconds = ((Date.now() - started) / 1000).toFixed(0);

// each row with the notes printed under it
const rows = [];
for (const line of out.split("\n")) {
  const m = /^(PASS|FAIL|XFAIL|XPASS)\s+(\S+)\s+(\S+)\s+(\S+)\s+(.*)$/.exec(line);
  if (m) rows.push({ mark: m[1], app: m[2], device: m[3], name: m[4], rest: m[5], notes: [] });
  else if (/^ {6}\S/.test(line) && rows.length) rows.at(-1).notes.push(line.trim());
}
const results = [];
const expect = (ok, what) => results.push({ ok, what });
for (const spec of HANG_SCENARIOS) {
  const r = rows.find((x) => x.name === spec.name);
  if (!r) {
    expect(false, `${spec.name}: no row`);
    continue;
  }
  const e = spec.expect;
  expect(r.mark === e.mark, `${spec.name}: ${e.mark} (got ${r.mark})`);
  if (e.detail) expect(e.detail.test(r.rest), `${spec.name}: detail matches ${e.detail} (got "${r.rest.slice(0, 300)}")`);
  if (e.state) expect(e.state.test(r.rest), `${spec.name}: state matches ${e.state}`);
  if (e.note) expect(r.notes.some((n) => e.note.test(n)), `${spec.name}: a note matches ${e.note} (got ${JSON.stringify(r.notes).slice(0, 400)})`);
}
for (const name of THEN) {
  const r = rows.filter((x) => x.name === name);
  expect(r.length > 0 && r.every((x) => x.mark === "PASS"), `${name} after the hangs: PASS (got ${r.map((x) => x.mark).join(", ") || "no row"})`);
}
expect(code === 1, `the runner ended on its own with exit 1 for the two FAIL rows (got ${code})`);
expect(!/STILL RUNNING/.test(out), "every killed driver's processes ended (no STILL RUNNING note)");
const left = await gone("HANG_CHECK_TAG", TAG);
expect(left.length === 0, `nothing the run started is left running (left: ${left.map((pid) => `${pid} ${commandOf(pid)}`).join(", ") || "none"})`);
killTagged("HANG_CHECK_TAG", TAG);
rmSync(dir, { recursive: true, force: true });

console.log(`\nHang self-check (${seconds} s):`);
for (const r of results) console.log(`  ${r.ok ? "ok  " : "FAIL"} ${r.what}`);
const failed = results.filter((r) => !r.ok).length;
console.log(failed ? `${failed} of ${results.length} checks failed` : `all ${results.length} checks hold`);
process.exit(failed ? 1 : 0);
