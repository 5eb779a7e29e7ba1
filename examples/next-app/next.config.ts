import type { NextConfig } from "next";

const config: NextConfig = {
  // this folder is its own project (its own lockfile), even inside the library's repository
  turbopack: { root: __dirname },
  outputFileTracingRoot: __dirname,
  // loaded by Node at run time, not bundled: PGlite reads its WebAssembly and data files beside its module
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // `npm run typecheck` checks the types on its own; CI that already ran it sets NEXT_SKIP_TYPECHECK=1
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
};

export default config;
