// What a merchant installs (run after `npm run build`): packs the tarball once, then checks
//   1. its file list, exactly: dist (no tests), README.md, CHANGELOG.md, LICENSE, package.json and
//      the shipped files the README links to; nothing from src, stories, .storybook, test, examples, bench;
//   2. the README's links as npmjs.com shows them: the packed README has no relative link or image
//      left (the registry page is not the repository, and an installed package has no examples/
//      or test/); a link to a shipped file points at it in this version's tarball on jsDelivr,
//      which holds it; a link to any other repository file points at GitHub (package.json
//      `repository`), and git tracks that file or folder;
//   3. a light install: the tarball installed into a temporary app WITHOUT @portone/server-sdk
//      (an optional peer dependency) leaves it out; importing `/server` (ESM and CJS) fails with one
//      sentence saying what to install; a browser-only app with PortOneProvider + PayButton
//      type-checks (tsc, strict) and bundles (esbuild) through the package's `exports`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { GITHUB_BRANCH, isRelative, isShipped, mapLinkTargets, repositoryUrl, targetPath } from "../scripts/pack-readme.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const MISSING_SERVER_SDK = `react-portone-inicis/server needs @portone/server-sdk: npm install @portone/server-sdk@${pkg.peerDependencies["@portone/server-sdk"].replace(/^[\^~]/, "").split(".").slice(0, 2).join(".")}`;
const started = Date.now();
const tmp = mkdtempSync(join(tmpdir(), "react-portone-inicis-pack-"));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.error) throw result.error;
  return result;
}
function mustRun(command, args, options) {
  const result = run(command, args, options);
  assert.equal(result.status, 0, `${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

try {
  const readmeBefore = readFileSync(join(root, "README.md"), "utf8");
  // --json is the same report as `npm pack --dry-run --json`; a real pack also gives the tarball for step 3
  const packed = mustRun("npm", ["pack", "--json", "--pack-destination", tmp], { cwd: root });
  const [report] = JSON.parse(packed.stdout);
  const tarball = join(tmp, report.filename);
  const files = report.files.map((f) => f.path).sort();
  assert.equal(readFileSync(join(root, "README.md"), "utf8"), readmeBefore, "postpack put README.md back as it was");

  // 1. the file list
  const readmeTargets = [];
  mapLinkTargets(readmeBefore, (target) => {
    if (isRelative(target)) readmeTargets.push(targetPath(target));
    return target;
  });
  const shippedTargets = [...new Set(readmeTargets.filter((t) => isShipped(t, pkg)))];
  const repoTargets = [...new Set(readmeTargets.filter((t) => !isShipped(t, pkg)))];
  const exported = new Set();
  const collect = (value) => (typeof value === "string" ? exported.add(value.replace(/^\.\//, "")) : value && Object.values(value).forEach(collect));
  collect(pkg.exports);
  for (const field of ["main", "module", "types"]) collect(pkg[field]);
  const required = ["package.json", "README.md", "CHANGELOG.md", "LICENSE", ...exported, ...shippedTargets];
  for (const file of required) assert.ok(files.includes(file), `the tarball must hold ${file}`);
  const allowed = (file) =>
    ["package.json", "README.md", "CHANGELOG.md", "LICENSE"].includes(file) ||
    shippedTargets.includes(file) ||
    (/^dist\/([\w-]+\/)*[^/]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/.test(file) && !/\.(test|spec|stories)\./.test(file));
  const stray = files.filter((file) => !allowed(file));
  assert.deepEqual(stray, [], `files that should not be in the tarball (src, stories, tests, examples, bench, docs the README does not link...): ${stray.join(", ")}`);
  for (const map of files.filter((f) => f.endsWith(".map"))) {
    assert.ok(files.includes(map.slice(0, -4)), `${map} ships without its JavaScript file`);
    const { sources, sourcesContent } = JSON.parse(readFileSync(join(root, map), "utf8"));
    const tests = sources.filter((s) => /\.(test|spec|stories)\.|\/test\/|\/stories\//.test(s));
    assert.deepEqual(tests, [], `${map} maps test or story sources`);
    assert.equal(sourcesContent?.filter((s) => typeof s === "string").length, sources.length, `${map} carries its sources' content (src/ is not shipped)`);
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`pack: ${report.entryCount} files, ${kb(report.unpackedSize)} unpacked, ${kb(report.size)} tarball: dist (${files.filter((f) => f.startsWith("dist/")).length}), README.md, CHANGELOG.md, LICENSE, package.json, ${shippedTargets.length} file(s) the README links (${shippedTargets.join(", ")}); nothing else`);

  // 2. the README as published
  mustRun("tar", ["-xzf", tarball, "-C", tmp, "package/README.md"]);
  const readmePacked = readFileSync(join(tmp, "package", "README.md"), "utf8");
  const cdn = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/`;
  const packedTargets = [];
  mapLinkTargets(readmePacked, (target) => {
    packedTargets.push(target);
    return target;
  });
  const left = packedTargets.filter(isRelative);
  assert.deepEqual(left, [], `relative links left in the packed README (npmjs.com cannot resolve them): ${left.join(", ")}`);
  for (const target of packedTargets.filter((t) => t.startsWith(cdn))) {
    const path = targetPath(target.slice(cdn.length));
    assert.ok(files.includes(path) || files.some((f) => f.startsWith(`${path.replace(/\/$/, "")}/`)), `the packed README links ${target}, which is not in the tarball`);
  }
  const github = `${repositoryUrl(pkg)}/`;
  const tracked = mustRun("git", ["ls-files", "-z"], { cwd: root }).stdout.split("\0").filter(Boolean);
  const onGithub = packedTargets.filter((t) => t.startsWith(github) && /^(blob|tree)\//.test(t.slice(github.length)));
  for (const target of onGithub) {
    const [, kind, branch, rest] = /^(blob|tree)\/([^/]+)\/(.*)$/.exec(target.slice(github.length));
    const path = targetPath(rest);
    assert.equal(branch, GITHUB_BRANCH, `${target} points at the branch ${branch}`);
    const ok = kind === "blob" ? tracked.includes(path) : tracked.some((f) => f.startsWith(`${path}/`));
    assert.ok(ok, `the packed README links ${target}, but git tracks no ${kind === "blob" ? "file" : "folder"} ${path}`);
    assert.ok(!files.includes(path), `${path} is in the tarball: the packed README should link it on jsDelivr, not GitHub`);
  }
  assert.ok(onGithub.length >= repoTargets.length, `every relative link to a repository file not shipped becomes a GitHub link (${repoTargets.join(", ")})`);
  console.log(`pack: the packed README has no relative link; ${shippedTargets.length} link(s) to shipped files point at ${cdn} (${shippedTargets.join(", ")}); ${repoTargets.length} to repository files at ${github}{blob,tree}/${GITHUB_BRANCH}/ (${repoTargets.join(", ")})`);

  // 3. a light install into a temporary app, without @portone/server-sdk
  const app = join(tmp, "app");
  mkdirSync(join(app, "src"), { recursive: true });
  const dev = pkg.devDependencies;
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "merchant-app", private: true, type: "module", dependencies: { "react-portone-inicis": `file:${tarball}`, react: dev.react, "react-dom": dev["react-dom"], "@types/react": dev["@types/react"], "@types/react-dom": dev["@types/react-dom"] } }, null, 2),
  );
  const installStarted = Date.now();
  mustRun("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], { cwd: app });
  const installSeconds = ((Date.now() - installStarted) / 1000).toFixed(1);
  assert.ok(existsSync(join(app, "node_modules", "react-portone-inicis", "package.json")), "the tarball is installed");
  assert.ok(!existsSync(join(app, "node_modules", "@portone", "server-sdk")), "an optional peer dependency must not be installed: node_modules/@portone/server-sdk is there");
  console.log(`install: the packed tarball installs without @portone/server-sdk (npm install ${installSeconds} s, node_modules/@portone holds ${JSON.stringify(spawnSync("ls", [join(app, "node_modules", "@portone")], { encoding: "utf8" }).stdout.trim().split("\n"))})`);

  const main = run(process.execPath, ["--input-type=module", "-e", "const m = await import('react-portone-inicis'); if (typeof m.PortOneProvider !== 'function') process.exit(2);"], { cwd: app });
  assert.equal(main.status, 0, `the main entry imports in plain Node without @portone/server-sdk:\n${main.stderr}`);
  for (const [format, code] of [
    ["ESM", "import('react-portone-inicis/server')"],
    ["CJS", "require('react-portone-inicis/server')"],
  ]) {
    const r = run(process.execPath, ["-e", code], { cwd: app });
    assert.notEqual(r.status, 0, `${format}: importing /server without @portone/server-sdk must fail`);
    const lines = r.stderr.split("\n").filter((l) => /^\[?Error\b/.test(l));
    assert.deepEqual(lines, [`Error: ${MISSING_SERVER_SDK}`], `${format}: one error line, the sentence; got:\n${r.stderr}`);
    assert.doesNotMatch(r.stderr, /Cannot find (package|module)|MODULE_NOT_FOUND/, `${format}: no raw module-not-found error:\n${r.stderr}`);
    assert.ok(r.stderr.split("\n").filter((l) => /^\s+at /.test(l)).length <= 1, `${format}: at most one stack frame (the guard):\n${r.stderr}`);
    const caught = run(process.execPath, ["--input-type=module", "-e", `import { createRequire } from "node:module"; try { ${format === "ESM" ? "await import" : "createRequire(process.cwd() + '/')"}('react-portone-inicis/server') } catch (e) { console.log(e.message) }`], { cwd: app });
    assert.equal(caught.stdout.trim(), MISSING_SERVER_SDK, `${format}: the error's message is exactly the sentence`);
    console.log(`install: ${format} \`node -e "${code}"\` exits ${r.status}: ${lines[0]}`);
  }

  writeFileSync(
    join(app, "src", "main.tsx"),
    `import { createRoot } from "react-dom/client";
import { PayButton, PortOneProvider, type PaymentOutcome } from "react-portone-inicis";

function Checkout() {
  return (
    <PortOneProvider storeId="store-00000000-0000-0000-0000-000000000000" channelKeys={{ payment: "channel-key-00000000-0000-0000-0000-000000000000" }}>
      <PayButton payMethod="CARD" orderName="테스트 주문" totalAmount={39000} onSuccess={(outcome: PaymentOutcome) => console.log(outcome.status)} />
    </PortOneProvider>
  );
}
createRoot(document.getElementById("root")!).render(<Checkout />);
`,
  );
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { target: "ES2022", lib: ["ES2022", "DOM", "DOM.Iterable"], module: "ESNext", moduleResolution: "Bundler", jsx: "react-jsx", strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ["src"] }, null, 2),
  );
  const tsc = run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", app], { cwd: app });
  assert.equal(tsc.status, 0, `the browser-only app must type-check:\n${tsc.stdout}${tsc.stderr}`);
  const bundle = await build({
    absWorkingDir: app,
    entryPoints: ["src/main.tsx"],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    jsx: "automatic",
    outdir: "dist",
    write: false,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const text = bundle.outputFiles.map((f) => f.text).join("\n");
  for (const marker of ["@portone/server-sdk", "PortOneClient", "createInicisServer"]) assert.ok(!text.includes(marker), `the browser app's bundle must not contain ${marker}`);
  console.log(`install: a browser-only app (PortOneProvider + PayButton) type-checks with tsc --strict and bundles with esbuild: ${kb(text.length)} minified, no server code`);
  console.log(`pack-checks: ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
