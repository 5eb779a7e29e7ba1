// The React 18 run of the suites needs React 18 where Node's own resolution inside react-dom and
// Testing Library finds it: a second small install in test/react18 (from its lockfile).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const dir = new URL("../test/react18/", import.meta.url).pathname;
if (existsSync(`${dir}node_modules/react/package.json`) && existsSync(`${dir}node_modules/react-dom/package.json`)) process.exit(0);
console.log("Installing React 18 for the React 18 run (test/react18)...");
const r = spawnSync("npm", ["ci", "--prefix", dir, "--no-audit", "--no-fund", "--omit=peer", "--legacy-peer-deps"], { stdio: "inherit" });
process.exit(r.status ?? 1);
