// Docs that compile (run after `npm run build`): every ```ts and ```tsx block of README.md becomes its
// own module and is type-checked with TypeScript (strict) against the BUILT package: imports of
// "react-portone-inicis" resolve through package.json `exports` to dist/*.d.ts, as in a merchant's
// app (moduleResolution "bundler", no `paths` to src).
//
// How a block becomes a module:
//   - its `import` lines stay at the top; the rest becomes the body of `function Snippet()` (async
//     when it awaits), since README blocks are fragments: bare hook calls, JSX statements, awaits.
//     A block with its own top-level `export` is already a module and is left whole;
//   - a name the block uses without defining is imported: from "react-portone-inicis" when the
//     package exports it (a block may skip the import line the first block showed), from "react"
//     for React's own (useState...), or from readme-snippets.prelude.d.ts, which declares the
//     merchant's side (verifyOnServer, save, paymentId, ...) with a comment per name. Anything
//     else is reported as an error. A block may also import the merchant's own module "./shop",
//     which re-exports that prelude;
//   - a block tagged as a file of the README's Next.js app (see test/readme-blocks.mjs) is written
//     as that file, as it is (nothing added: the file must be complete), beside the other tagged
//     files, so `./providers` and `@/lib/portone` resolve to them; `next/navigation` is the one
//     Next.js module they use, declared in readme-snippets.next.d.ts (test/next-readme-trial.mjs
//     builds the same files against the real `next`).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { codeBlocks } from "./readme-blocks.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
// inside the repository, so "react-portone-inicis" resolves to this package by its own name
// (and its exports map); under node_modules/.cache, so no lint, typecheck or git sees the files
const dir = join(root, "node_modules", ".cache", "react-portone-inicis", "readme-snippets");
const prelude = join(root, "test", "readme-snippets.prelude.d.ts");
const nextStub = join(root, "test", "readme-snippets.next.d.ts");
const nextApp = join(dir, "next-app");
const started = Date.now();

/** One module per block; `map[i]` is the README line of generated line i (null for our own lines). */
function toModule(block, imports) {
  if (block.file) {
    const lines = [["// generated from README.md: do not edit", null], ...block.lines.map((text, i) => [text, block.line + i])];
    return { text: `${lines.map(([text]) => text).join("\n")}\n`, map: lines.map(([, line]) => line) };
  }
  const head = [];
  const body = [];
  let inImport = false;
  block.lines.forEach((text, i) => {
    const line = block.line + i;
    if (inImport || /^import\s/.test(text)) {
      head.push([text, line]);
      inImport = !/(from\s+["'][^"']+["']|^import\s+["'][^"']+["']);?\s*$/.test(text);
    } else body.push([text, line]);
  });
  const isModule = body.some(([text]) => /^export\s/.test(text));
  const out = [["// generated from README.md: do not edit", null], ...imports.map((text) => [text, null]), ...head, ["export {};", null]];
  if (isModule) out.push(...body);
  else {
    const awaits = body.some(([text]) => /\bawait\b/.test(text));
    out.push([awaits ? "export async function snippet() {" : "export function Snippet() {", null], ...body, ["}", null]);
  }
  return { text: `${out.map(([text]) => text).join("\n")}\n`, map: out.map(([, line]) => line) };
}

const options = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noEmit: true,
  // @portone/browser-sdk's own .d.ts does not type-check without it (see shared/toolchain.md); ours is checked by attw and the build
  skipLibCheck: true,
  types: ["node"], // the /server block runs in Node (process.env)
  isolatedModules: true,
  paths: { "@/*": [join(nextApp, "*")] }, // create-next-app's alias, for the Next.js app's files
};

const blocks = codeBlocks(readFileSync(join(root, "README.md"), "utf8"));
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const preludeImport = relative(dir, prelude).replace(/\.d\.ts$/, "");
const files = blocks.map((block, i) => ({ block, path: block.file ? join(nextApp, block.file) : join(dir, `block-${String(i + 1).padStart(2, "0")}-line-${block.line}.${block.lang}`), imports: [] }));
const shop = join(dir, "shop.ts");
const probe = join(dir, "exports-probe.ts");
const sources = [
  ["react-portone-inicis", "react-portone-inicis"],
  ["react", "react"],
  ["the prelude", preludeImport],
];

function compile(oldProgram) {
  for (const f of files) {
    f.module = toModule(f.block, f.imports);
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.module.text);
  }
  writeFileSync(shop, `// the merchant's own module, as the README's blocks import it\nexport * from "${preludeImport}";\n`);
  writeFileSync(probe, sources.map(([, from], i) => `import * as m${i} from "${from}";\nexport { m${i} };`).join("\n"));
  return ts.createProgram({ rootNames: [...files.map((f) => f.path), probe, nextStub], options, oldProgram });
}

const MISSING = new Set([2304, 2552, 18004]); // cannot find name; ... did you mean; no value for a shorthand property
try {
  // pass 1: which names does each block use without defining, and who exports them?
  const first = compile();
  const checker = first.getTypeChecker();
  const probeFile = first.getSourceFile(probe);
  const exported = probeFile.statements.filter(ts.isImportDeclaration).map((d, i) => {
    const module = checker.getSymbolAtLocation(d.moduleSpecifier);
    if (!module) throw new Error(`cannot resolve ${sources[i][0]} from ${relative(root, dir)}${i === 0 ? ": run npm run build first" : ""}`);
    return new Set(checker.getExportsOfModule(module).map((s) => s.name));
  });
  for (const f of files.filter((file) => !file.block.file)) {
    const source = first.getSourceFile(f.path);
    const wanted = new Map();
    for (const d of first.getSemanticDiagnostics(source)) {
      if (!MISSING.has(d.code)) continue;
      const name = source.text.slice(d.start, d.start + d.length);
      const from = sources.findIndex((_, i) => exported[i].has(name));
      if (from < 0) continue; // left for pass 2 to report
      wanted.set(from, new Set([...(wanted.get(from) ?? []), name]));
    }
    f.imports = [...wanted].sort(([a], [b]) => a - b).map(([from, names]) => `import { ${[...names].sort().join(", ")} } from "${sources[from][1]}";`);
  }

  // pass 2: the real check
  const second = compile(first);
  const problems = [];
  for (const f of files) {
    const source = second.getSourceFile(f.path);
    for (const d of [...second.getSyntacticDiagnostics(source), ...second.getSemanticDiagnostics(source)]) {
      const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
      const where = f.module.map[line] ? `README.md:${f.module.map[line]}` : `README.md block at line ${f.block.line}`;
      problems.push(`${where}: TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n  ")}\n    ${source.text.split("\n")[line]?.trim()}`);
    }
  }
  for (const d of second.getGlobalDiagnostics()) problems.push(`TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n  ")}`);
  if (problems.length > 0) {
    console.error(`README: ${problems.length} type error(s) in ${blocks.length} snippets (modules under ${relative(root, dir)}):\n${problems.join("\n")}`);
    process.exitCode = 1;
  } else {
    const imported = files.reduce((n, f) => n + f.imports.length, 0);
    console.log(`README: ${blocks.length} snippets type-check (strict, against dist through the package's exports; ${imported} import line(s) added for names the blocks use without importing) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  // kept on failure (or with KEEP_SNIPPETS=1) to read what was compiled
  if (!process.exitCode && !process.env.KEEP_SNIPPETS) rmSync(dir, { recursive: true, force: true });
}
