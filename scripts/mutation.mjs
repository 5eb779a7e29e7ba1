#!/usr/bin/env node
// `npm run mutation`: Stryker on the rules layer (src/core), on /server and on the flow layer
// (src/flow), one scope after the other (each uses both cores), then a score per file and per
// scope in reports/mutation-summary.json and as a table here. Not part of `npm test`: a full run
// takes about half an hour on 2 cores.
//
//   node scripts/mutation.mjs                  every scope
//   node scripts/mutation.mjs --scope server   one scope (the summary keeps the other scope's last result)
//   node scripts/mutation.mjs --incremental    reuse the last run's results where code and tests did not change
//   node scripts/mutation.mjs --report-only    rebuild the summary from the last JSON reports
//
// Exits 1 when a scope is under its target (rules 90%, /server 80%). Every surviving mutant must be
// explained in reports/mutation-survivors.md (by file:line); the ones that are not are listed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const SCOPES = {
  core: { label: "rules (src/core)", target: 90 },
  server: { label: "/server (src/server)", target: 80 },
};
SCOPES.flow = { label: "flow layer (src/flow)", target: 90 };
const args = process.argv.slice(2);
const only = args.includes("--scope") ? args[args.indexOf("--scope") + 1] : undefined;
if (only !== undefined && !(only in SCOPES)) {
  console.error(`--scope must be one of ${Object.keys(SCOPES).join(", ")}`);
  process.exit(2);
}
const scopes = only ? [only] : Object.keys(SCOPES);
const summaryPath = `${root}reports/mutation-summary.json`;
const reportOf = (scope) => `${root}reports/mutation/${scope}.json`;
mkdirSync(`${root}reports/mutation`, { recursive: true });

const previous = existsSync(summaryPath) ? JSON.parse(readFileSync(summaryPath, "utf8")) : null;
const wall = {};
const started = Date.now();
if (!args.includes("--report-only")) {
  const stryker = `${root}node_modules/.bin/stryker`;
  for (const scope of scopes) {
    console.log(`\n=== mutation: ${SCOPES[scope].label} ===`);
    const t0 = Date.now();
    const run = spawnSync(stryker, ["run", "stryker.config.mjs"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, MUTATION_SCOPE: scope, MUTATION_INCREMENTAL: args.includes("--incremental") ? "1" : "0" },
    });
    wall[scope] = Math.round((Date.now() - t0) / 1000);
    if (run.status !== 0) {
      console.error(`Stryker failed on the ${scope} scope (exit ${run.status ?? run.signal}).`);
      process.exit(1);
    }
  }
}

// ---- the summary ----
const UNDETECTED = ["Survived", "NoCoverage"];
const COUNTS = { Killed: "killed", Timeout: "timeout", Survived: "survived", NoCoverage: "noCoverage", RuntimeError: "errors", CompileError: "errors", Ignored: "ignored" };
const score = (c) => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? 100 : Math.round(((c.killed + c.timeout) / valid) * 10000) / 100;
};
const zero = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0, total: 0 });

const explained = existsSync(`${root}reports/mutation-survivors.md`) ? readFileSync(`${root}reports/mutation-survivors.md`, "utf8") : "";
const unexplained = [];
const result = { ...(previous?.scopes ?? {}) };
for (const scope of Object.keys(SCOPES)) {
  if (!scopes.includes(scope) && result[scope]) continue;
  if (!existsSync(reportOf(scope))) continue;
  const report = JSON.parse(readFileSync(reportOf(scope), "utf8"));
  const files = {};
  const all = zero();
  for (const [file, data] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const c = zero();
    for (const m of data.mutants) {
      const key = COUNTS[m.status];
      if (key) c[key]++;
      c.total++;
      if (UNDETECTED.includes(m.status)) {
        const at = `${file}:${m.location.start.line}`;
        if (!explained.includes(`${at} `) && !explained.includes(`${at}|`) && !explained.includes(`${at},`)) unexplained.push(`${at} ${m.mutatorName} (${m.status}): ${JSON.stringify(m.replacement ?? "").slice(0, 80)}`);
      }
    }
    for (const k of Object.keys(all)) all[k] += c[k];
    files[file] = { score: score(c), ...c };
  }
  result[scope] = {
    label: SCOPES[scope].label,
    target: SCOPES[scope].target,
    score: score(all),
    ...all,
    wallClockSeconds: wall[scope] ?? previous?.scopes?.[scope]?.wallClockSeconds ?? null,
    files,
  };
}

const strykerVersion = createRequire(import.meta.url)("@stryker-mutator/core/package.json").version;
const summary = {
  generatedAt: new Date().toISOString(),
  stryker: strykerVersion,
  node: process.version,
  cores: (await import("node:os")).availableParallelism(),
  wallClockSeconds: Object.keys(wall).length ? Math.round((Date.now() - started) / 1000) : (previous?.wallClockSeconds ?? null),
  scoreIs: "(killed + timeout) / (killed + timeout + survived + noCoverage)",
  scopes: result,
};
writeFileSync(summaryPath, `${JSON.stringify(summary, null, 2)}\n`);

// ---- the table ----
const rows = [["file", "score", "killed", "timeout", "survived", "no cov", "total"]];
for (const s of Object.values(result)) {
  for (const [file, c] of Object.entries(s.files)) rows.push([file, c.score.toFixed(2), c.killed, c.timeout, c.survived, c.noCoverage, c.total]);
  rows.push([`${s.label} (target ${s.target}%)`, s.score.toFixed(2), s.killed, s.timeout, s.survived, s.noCoverage, s.total]);
  rows.push(null);
}
const widths = rows[0].map((_, i) => Math.max(...rows.filter(Boolean).map((r) => String(r[i]).length)));
const line = (r) => r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join(" | ");
console.log(`\nMutation scores (Stryker ${strykerVersion}, ${summary.node}, ${summary.cores} cores)`);
console.log(line(rows[0]));
console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
for (const r of rows.slice(1)) console.log(r ? line(r) : "");
const minutes = (s) => (s === null ? "?" : `${Math.floor(s / 60)} min ${s % 60} s`);
console.log(`wall clock: ${Object.entries(result).map(([k, s]) => `${k} ${minutes(s.wallClockSeconds)}`).join(", ")}${Object.keys(wall).length ? `; this run ${minutes(summary.wallClockSeconds)}` : ""}`);
console.log(`summary: reports/mutation-summary.json; details: reports/mutation/<scope>.html`);
writeFileSync(`${root}reports/mutation/unexplained.txt`, unexplained.map((u) => `${u}\n`).join(""));
if (unexplained.length) {
  console.log(`\n${unexplained.length} surviving mutant(s) not explained in reports/mutation-survivors.md (all in reports/mutation/unexplained.txt):`);
  for (const u of unexplained.slice(0, 40)) console.log(`  ${u}`);
  if (unexplained.length > 40) console.log(`  ... and ${unexplained.length - 40} more`);
}
const below = Object.entries(result).filter(([, s]) => s.score < s.target);
for (const [scope, s] of below) console.error(`${scope}: ${s.score}% is under the target of ${s.target}%`);
process.exit(below.length ? 1 : 0);
