// Checks of an installed and built example app, for run.mjs: plain functions over its folder that
// return null when all is well, or a sentence saying what is wrong.
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";

/** tsc's errors as `file(line): the reason`, the reason being the most specific line tsc gave. */
export function summarizeTypeErrors(out) {
  const errors = [];
  for (const line of out.split("\n")) {
    const m = /^([\w/.-]+\.(?:tsx?|mjs))\((\d+),\d+\): error TS\d+: (.*)$/.exec(line.trim());
    if (m) errors.push({ at: `${m[1]}(${m[2]})`, reason: m[3] });
    else if (errors.length && /^\s+\S/.test(line) && /does not exist|not assignable to parameter|implicitly/.test(line)) errors.at(-1).reason = line.trim();
  }
  return errors.map((e) => `${e.at}: ${e.reason.replace(/ on type '.*$/, "").slice(0, 110)}`);
}

/** The library is a copy (not a link to the repository), and it and the app resolve one React. */
export function checkInstall(dir) {
  const lib = join(dir, "node_modules/react-portone-inicis");
  if (!existsSync(lib)) return "the example is not installed (run without --skip-install)";
  if (lstatSync(lib).isSymbolicLink()) return `node_modules/react-portone-inicis is a link to ${realpathSync(lib)}: install with --install-links`;
  const fromApp = createRequire(join(dir, "package.json")).resolve("react/package.json");
  const fromLib = createRequire(join(lib, "package.json")).resolve("react/package.json");
  if (fromApp !== fromLib) return `two Reacts: the app has ${fromApp}, the library ${fromLib}`;
  if (!fromApp.startsWith(dir)) return `React resolves outside the example: ${fromApp}`;
  return null;
}

/** Vite: every React module in the bundle's source maps comes from the example's own node_modules. */
export function checkViteBundleReact(dir, root) {
  const assets = join(dir, "dist/assets");
  const roots = new Set();
  for (const f of readdirSync(assets).filter((f) => f.endsWith(".map"))) {
    for (const source of JSON.parse(readFileSync(join(assets, f), "utf8")).sources) {
      const m = /^(.*node_modules\/(?:react|react-dom))\//.exec(source);
      if (m) roots.add(resolve(assets, m[1]));
    }
  }
  const outside = [...roots].filter((r) => !r.startsWith(join(dir, "node_modules")));
  if (roots.size === 0) return "no React module found in the source maps";
  if (roots.size > 2 || outside.length > 0) return `React modules from: ${[...roots].map((r) => relative(root, r)).join(", ")}`;
  return null;
}

/** What must never reach a browser: the /server entry and its SDK (plus the run's secrets, given). */
const SERVER_MARKERS = ["PortOneClient", "createInicisServer", "@portone/server-sdk", "portone-server-sdk-js", "needs the API secret"];
export function checkClientOutput(dir, secrets) {
  const found = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(js|mjs|css|html|json)$/.test(entry.name)) {
        const text = readFileSync(p, "utf8");
        for (const m of SERVER_MARKERS) if (text.includes(m)) found.push(`${relative(dir, p)}: ${m}`);
        for (const m of secrets) if (text.includes(m)) found.push(`${relative(dir, p)}: a secret`);
      }
    }
  };
  walk(dir);
  return found.length ? found.slice(0, 4).join("; ") : null;
}
