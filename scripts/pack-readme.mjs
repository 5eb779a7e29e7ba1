// The README that npm publishes. npmjs.com resolves relative links and images only through a GitHub
// `repository` URL, and this package has none, so the packed README points them at the same files
// inside the published tarball on jsDelivr (https://cdn.jsdelivr.net/npm/<name>@<version>/<path>).
// The README in git keeps its relative links (they work on GitHub and in an editor).
//
//   node scripts/pack-readme.mjs --prepack    rewrite README.md, keeping the original aside
//   node scripts/pack-readme.mjs --postpack   put the original back
//
// test/pack-checks.mjs checks that every relative target is a file the tarball ships.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = `${root}README.md`;
const stash = `${root}node_modules/.cache/react-portone-inicis/README.source.md`;

/** A link target that is not a URL, a root-independent `//host` or an anchor: a path inside the repository. */
export function isRelative(target) {
  return !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(target);
}

/** The repository path a relative target names, without `./`, a leading `/`, a query or an anchor. */
export function targetPath(target) {
  return decodeURI(target.replace(/[?#].*$/, "").replace(/^\.?\//, ""));
}

/**
 * Calls `visit(target)` for every link and image target outside code (inline `[x](t)`, `![x](t)`,
 * reference definitions `[x]: t`, HTML `src=`/`href=`) and returns the text with each target
 * replaced by what `visit` returns.
 */
export function mapLinkTargets(markdown, visit) {
  const out = [];
  let fence = null;
  for (const line of markdown.split("\n")) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
      out.push(line);
      continue;
    }
    if (opening) {
      fence = opening[1];
      out.push(line);
      continue;
    }
    // inline code spans stay as written; links are rewritten in the text between them
    const parts = line.split(/(`+[^`]*`+)/);
    out.push(
      parts
        .map((part, i) => {
          if (i % 2 === 1) return part;
          return part
            .replace(/(\]\(\s*<?)([^)\s>]+)/g, (_, lead, target) => lead + visit(target))
            .replace(/^(\s{0,3}\[[^\]]+\]:\s*<?)(\S+?)(>?(\s|$))/, (_, lead, target, tail) => lead + visit(target) + tail)
            .replace(/(\b(?:src|href)=["'])([^"']+)/gi, (_, lead, target) => lead + visit(target));
        })
        .join(""),
    );
  }
  return out.join("\n");
}

/** The README as published: relative targets become jsDelivr URLs of the same files in this version's tarball. */
export function packedReadme(markdown, { name, version }) {
  return mapLinkTargets(markdown, (target) => (isRelative(target) ? `https://cdn.jsdelivr.net/npm/${name}@${version}/${target.replace(/^\.?\//, "")}` : target));
}

function prepack() {
  if (existsSync(stash)) postpack(); // an earlier pack stopped before postpack
  const source = readFileSync(readme, "utf8");
  const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
  const packed = packedReadme(source, pkg);
  if (packed === source) return;
  mkdirSync(dirname(stash), { recursive: true });
  writeFileSync(stash, source);
  writeFileSync(readme, packed);
}

function postpack() {
  if (!existsSync(stash)) return;
  const source = readFileSync(stash, "utf8");
  const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
  if (readFileSync(readme, "utf8") === packedReadme(source, pkg)) {
    writeFileSync(readme, source);
    rmSync(stash);
  } else {
    renameSync(stash, `${stash}.kept`);
    console.warn(`README.md changed while npm packed it, so it is left as it is; the README from before the pack is in ${stash}.kept`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--prepack")) prepack();
  else if (process.argv.includes("--postpack")) postpack();
  else {
    console.error("usage: node scripts/pack-readme.mjs --prepack | --postpack");
    process.exit(1);
  }
}
