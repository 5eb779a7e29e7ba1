// The README that npm publishes. The README in git keeps relative links (they work on GitHub and in
// an editor); npmjs.com shows the packed README away from the repository, so at prepack every
// relative link or image becomes an absolute URL:
//   - a file the tarball ships (package.json `files`: the pictures, docs/codes.md) points at that
//     file inside this version's tarball on jsDelivr (https://cdn.jsdelivr.net/npm/<name>@<version>/<path>),
//     so it always shows what was published;
//   - any other repository file (examples/, test/...) points at it on GitHub, on the repository's
//     main branch (package.json `repository`): `blob/` for a file, `tree/` for a folder.
// A relative target that is not in the repository stops the pack: it would be a dead link.
//
//   node scripts/pack-readme.mjs --prepack    rewrite README.md, keeping the original aside
//   node scripts/pack-readme.mjs --postpack   put the original back
//
// test/pack-checks.mjs checks the packed README: no relative link left, every jsDelivr link names a
// file in the tarball, every GitHub link names a file or folder git tracks.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

/** The branch GitHub links of the packed README point at. */
export const GITHUB_BRANCH = "main";

/** The repository's web address from package.json `repository` (`git+https://github.com/o/r.git` -> `https://github.com/o/r`). */
export function repositoryUrl(pkg) {
  const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(\.git)?\/?$/.exec(url ?? "");
  if (!match) throw new Error(`package.json needs a GitHub "repository" (the packed README links repository files there); it has ${JSON.stringify(pkg.repository)}`);
  return `https://github.com/${match[1]}/${match[2]}`;
}

/** Whether npm ships a repository path: one of package.json's `files` (a file, or anything under a folder), or package.json itself. */
export function isShipped(path, pkg) {
  const entries = ["package.json", ...(pkg.files ?? [])].map((f) => f.replace(/^\.?\//, "").replace(/\/$/, ""));
  const clean = path.replace(/\/$/, "");
  return entries.some((entry) => clean === entry || clean.startsWith(`${entry}/`));
}

/**
 * The README as published: a relative target becomes the jsDelivr URL of the same file in this
 * version's tarball when npm ships it, else its GitHub URL (`kindOf(path)` says `"file"` or
 * `"folder"`, or null for a path the repository does not have, which throws).
 */
export function packedReadme(markdown, pkg, kindOf) {
  const github = repositoryUrl(pkg);
  const missing = [];
  const packed = mapLinkTargets(markdown, (target) => {
    if (!isRelative(target)) return target;
    const bare = target.replace(/^\.?\//, "");
    const path = targetPath(target);
    if (isShipped(path, pkg)) return `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/${bare}`;
    const kind = kindOf(path);
    if (!kind) missing.push(target);
    const suffix = bare.slice(bare.search(/[?#]|$/)); // an anchor such as #L10 stays
    return `${github}/${kind === "folder" ? "tree" : "blob"}/${GITHUB_BRANCH}/${encodeURI(path.replace(/\/$/, ""))}${suffix}`;
  });
  if (missing.length > 0) throw new Error(`README.md links to paths the repository does not have: ${missing.join(", ")}`);
  return packed;
}

/** `kindOf` for {@link packedReadme} from the files on disk under `dir`. */
export function kindOnDisk(dir) {
  return (path) => {
    try {
      return statSync(join(dir, path)).isDirectory() ? "folder" : "file";
    } catch {
      return null;
    }
  };
}

function prepack() {
  if (existsSync(stash)) postpack(); // an earlier pack stopped before postpack
  const source = readFileSync(readme, "utf8");
  const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
  const packed = packedReadme(source, pkg, kindOnDisk(root));
  if (packed === source) return;
  mkdirSync(dirname(stash), { recursive: true });
  writeFileSync(stash, source);
  writeFileSync(readme, packed);
}

function postpack() {
  if (!existsSync(stash)) return;
  const source = readFileSync(stash, "utf8");
  const pkg = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
  if (readFileSync(readme, "utf8") === packedReadme(source, pkg, kindOnDisk(root))) {
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
