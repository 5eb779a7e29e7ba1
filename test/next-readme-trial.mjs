// The README's Next.js app, built as a merchant would (run after `npm run build`):
//   1. packs the library (`npm pack`, the tarball a merchant installs);
//   2. writes a fresh Next.js app in a temporary folder: package.json (next, react and react-dom at
//      examples/next-app's versions, the tarball, @portone/server-sdk), create-next-app's
//      tsconfig.json (examples/next-app's, with its `@/*` alias), and the README's blocks tagged
//      <!-- next-readme-trial --> as the files their first line names (test/readme-blocks.mjs);
//      nothing else;
//   3. installs it from the npm registry (`--prefer-offline`: what npm's cache holds is not fetched again);
//   4. runs `next build` with NO PortOne variable set (no PORTONE_API_SECRET), as a CI or a first
//      deploy does, and NEXT_TELEMETRY_DISABLED=1: it must succeed;
//   5. checks the browser's chunks hold no server code (`createInicisServer`, `@portone/server-sdk`).
//
//   node test/next-readme-trial.mjs [--readme=path/to/README.md] [--keep]
//
// --readme builds another README's blocks (e.g. an older one from git); --keep leaves the app folder.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { codeBlocks, NEXT_TRIAL_TAG } from "./readme-blocks.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")).map(([k, v]) => [k, v ?? true]));
const readmePath = args.has("readme") ? resolve(String(args.get("readme"))) : join(root, "README.md");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const example = JSON.parse(readFileSync(join(root, "examples", "next-app", "package.json"), "utf8"));
const exampleTsconfig = readFileSync(join(root, "examples", "next-app", "tsconfig.json"), "utf8");
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const tmp = mkdtempSync(join(tmpdir(), "react-portone-inicis-next-trial-"));

function run(command, argv, options = {}) {
  const result = spawnSync(command, argv, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}
function mustRun(command, argv, options) {
  const result = run(command, argv, options);
  assert.equal(result.status, 0, `${command} ${argv.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

let failed = true;
try {
  // the README's app, before anything slow: a README without it fails at once
  const files = codeBlocks(readFileSync(readmePath, "utf8")).filter((b) => b.file);
  assert.ok(files.length > 0, `${readmePath} has no block tagged ${NEXT_TRIAL_TAG}`);
  const paths = files.map((b) => b.file);
  assert.deepEqual(paths.filter((p, i) => paths.indexOf(p) !== i), [], "two README blocks name the same file");
  for (const needed of ["app/layout.tsx", "app/api/portone/verify/route.ts"]) assert.ok(paths.includes(needed), `the README's Next.js app has no ${needed}`);

  // 1. the tarball
  let since = Date.now();
  const packed = mustRun("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: root });
  const tarball = join(tmp, JSON.parse(packed.stdout)[0].filename);
  console.log(`next-readme-trial: packed ${tarball.split("/").pop()} (${seconds(since)})`);

  // 2. the app: package.json, tsconfig.json and the README's files
  const app = join(tmp, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify(
      {
        name: "readme-next-app",
        private: true,
        scripts: { build: "next build", start: "next start" },
        dependencies: {
          next: example.dependencies.next,
          react: example.dependencies.react,
          "react-dom": example.dependencies["react-dom"],
          "react-portone-inicis": `file:${tarball}`,
          // the README's Install: an optional peer, installed where /server is used
          "@portone/server-sdk": pkg.devDependencies["@portone/server-sdk"],
        },
        devDependencies: Object.fromEntries(["typescript", "@types/node", "@types/react", "@types/react-dom"].map((name) => [name, example.devDependencies[name]])),
      },
      null,
      2,
    ),
  );
  writeFileSync(join(app, "tsconfig.json"), exampleTsconfig);
  for (const block of files) {
    mkdirSync(dirname(join(app, block.file)), { recursive: true });
    writeFileSync(join(app, block.file), `${block.lines.join("\n")}\n`);
  }
  console.log(`next-readme-trial: ${files.length} files from ${readmePath === join(root, "README.md") ? "README.md" : readmePath}: ${paths.join(", ")}`);

  // 3. install
  since = Date.now();
  mustRun("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: app });
  const installed = JSON.parse(readFileSync(join(app, "node_modules", "next", "package.json"), "utf8")).version;
  console.log(`next-readme-trial: npm install (next ${installed}, the packed library) ${seconds(since)}`);

  // 4. next build, without any PortOne variable
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(PORTONE_|NEXT_PUBLIC_PORTONE_|NEXT_SKIP_TYPECHECK$)/.test(name)));
  since = Date.now();
  const build = run(process.execPath, [join(app, "node_modules", "next", "dist", "bin", "next"), "build"], { cwd: app, env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  const output = `${build.stdout}\n${build.stderr}`;
  if (build.status !== 0) {
    const lines = output.split("\n");
    const reason = [/Failed to collect page data/, /Type error/, /Error:/].map((re) => lines.find((l) => re.test(l))).find(Boolean);
    console.error(output.trim().split("\n").slice(-40).join("\n"));
    assert.fail(`next build of the README's Next.js app failed without PORTONE_API_SECRET${reason ? `: ${reason.trim()}` : ""}`);
  }
  for (const route of ["/checkout", "/api/portone/verify"]) assert.match(output, new RegExp(`${route.replaceAll("/", "\\/")}\\b`), `next build lists ${route}`);
  console.log(`next-readme-trial: next build with no PORTONE_API_SECRET succeeds (type check included) ${seconds(since)}`);

  // 5. no server code in the browser's chunks
  const chunks = [];
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".js") && chunks.push(join(dir, e.name))));
  walk(join(app, ".next", "static"));
  const leaked = chunks.filter((file) => /createInicisServer|@portone\/server-sdk|PORTONE_API_SECRET/.test(readFileSync(file, "utf8")));
  assert.deepEqual(leaked, [], "the browser's chunks hold server code");
  console.log(`next-readme-trial: ${chunks.length} browser chunks, none with server code`);
  console.log(`next-readme-trial: passed in ${seconds(started)}`);
  failed = false;
} catch (error) {
  console.error(`next-readme-trial: ${error instanceof assert.AssertionError ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
} finally {
  if (args.has("keep")) console.log(`next-readme-trial: the app is kept in ${join(tmp, "app")}`);
  else rmSync(tmp, { recursive: true, force: true });
  if (failed) console.error(`next-readme-trial: FAILED after ${seconds(started)}`);
}
