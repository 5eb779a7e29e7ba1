// The one Next.js module the README's Next.js app imports, for test/readme-snippets.mjs (the
// repository does not install `next`). test/next-readme-trial.mjs builds the same files against
// the real `next`, so a mismatch here cannot hide a broken block.
declare module "next/navigation" {
  /** The page's query, read-only (Next.js' `ReadonlyURLSearchParams`). */
  export function useSearchParams(): Omit<URLSearchParams, "append" | "delete" | "set" | "sort">;
}
