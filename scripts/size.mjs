// Size budgets, measured like the comparison figures: esbuild bundle, minified ESM, gzip -9, React
// external, lazily loaded chunks (dynamic import) and PortOne's remote script not counted.
// Prints every measured size; exits 1 when a budget is broken. --why lists the biggest modules.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
const why = process.argv.includes("--why");
// --report: print the table but do not fail (npm test, while the budgets of issue 6 are still open)
const reportOnly = process.argv.includes("--report");
const KB = 1024;

/** Static size of an entry: the entry chunk plus every chunk it imports statically, transitively. */
async function staticSize(contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    splitting: true,
    format: "esm",
    outdir: "/tmp/react-portone-inicis-size",
    write: false,
    minify: true,
    platform: "browser",
    metafile: true,
    external: ["react", "react-dom", "react/jsx-runtime", ...external],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const outputs = result.metafile.outputs;
  const fileOf = (key) => result.outputFiles.find((f) => f.path.endsWith(key.replace(/^.*?react-portone-inicis-size/, "react-portone-inicis-size")));
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint);
  const seen = new Set();
  const walk = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imp of outputs[key].imports) if (imp.kind === "import-statement" && outputs[imp.path]) walk(imp.path);
  };
  walk(entry);
  let gzip = 0;
  let text = "";
  const modules = new Map();
  for (const key of seen) {
    const file = fileOf(key);
    gzip += gzipSync(file.contents, { level: 9 }).length;
    text += file.text;
    for (const [input, info] of Object.entries(outputs[key].inputs)) modules.set(input, (modules.get(input) ?? 0) + info.bytesInOutput);
  }
  const lazy = Object.keys(outputs).filter((k) => !seen.has(k) && k.endsWith(".js"));
  return { gzip, text, modules, lazy };
}

const budgets = [
  { name: "PortOneProvider + PayButton", contents: 'export { PortOneProvider, PayButton } from "./src/index.ts";', limit: 4 * KB },
  { name: "whole browser entry (Radix external)", contents: 'export * from "./src/index.ts";', limit: 15 * KB, external: ["@radix-ui/*"] },
];

let broken = 0;
const rows = [];
for (const b of budgets) {
  const r = await staticSize(b.contents, b.external);
  const radix = [...r.modules.keys()].some((m) => m.includes("@radix-ui"));
  const leaks = ["@portone/server-sdk", "src/server/", "src/testing/"].filter((m) => [...r.modules.keys()].some((k) => k.includes(m)));
  const ok = r.gzip <= b.limit && !radix && leaks.length === 0;
  if (!ok) broken++;
  rows.push([b.name, `${(r.gzip / KB).toFixed(2)} KB`, `${(b.limit / KB).toFixed(0)} KB`, radix ? "yes" : "no", ok ? "ok" : "OVER"]);
  if (leaks.length) console.error(`${b.name}: contains ${leaks.join(", ")}`);
  if (why) {
    console.log(`\n${b.name}: biggest modules (minified bytes)`);
    for (const [m, bytes] of [...r.modules].sort((a, b2) => b2[1] - a[1]).slice(0, 15)) console.log(`  ${String(bytes).padStart(6)}  ${m}`);
  }
}
const widths = [38, 10, 8, 15, 6];
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(" ");
console.log(line(["bundle (min + gzip -9, react external)", "size", "budget", "radix static?", "result"]));
for (const r of rows) console.log(line(r));
if (broken && reportOnly) console.log(`size: ${broken} budget(s) over; reported, not enforced (npm run size enforces)`);
process.exit(broken && !reportOnly ? 1 : 0);
