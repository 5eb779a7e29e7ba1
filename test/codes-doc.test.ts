// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CANCEL_CODES, LIBRARY_FAILURE_CODES } from "../src/core/codes";
import { en } from "../src/core/locales/en";
import { ko } from "../src/core/locales/ko";
import { SERVER_ERROR_CODES } from "../src/server/errors";
import { VERIFY_VERDICTS, WEBHOOK_VERDICTS } from "../src/server/handlers";

// docs/codes.md is the reference a merchant reads; each section must list exactly the codes of its table.
const doc = readFileSync(new URL("../docs/codes.md", import.meta.url), "utf8");

/** The first-column codes of the table under a `## heading`. */
function section(heading: string): string[] {
  const start = doc.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`docs/codes.md has no "## ${heading}" section`);
  const end = doc.indexOf("\n## ", start + 3);
  const body = doc.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!);
}

const SECTIONS: { heading: string; codes: readonly string[] }[] = [
  { heading: "Outcome statuses", codes: ["success", "virtualAccountIssued", "failure", "invalid", "cancelled"] },
  { heading: "Failure codes made by this library", codes: LIBRARY_FAILURE_CODES },
  { heading: "Cancel codes", codes: CANCEL_CODES },
  { heading: "Issue codes (validation)", codes: Object.keys(ko.issues) },
  { heading: "`/server` error codes (ours)", codes: SERVER_ERROR_CODES },
  { heading: "`verify` verdicts", codes: VERIFY_VERDICTS },
  { heading: "`webhook` verdicts", codes: WEBHOOK_VERDICTS },
];

describe("docs/codes.md", () => {
  it.each(SECTIONS)("$heading: one row per code, and no row for a code that does not exist", ({ heading, codes }) => {
    const rows = section(heading);
    expect([...rows].sort()).toEqual([...codes].sort());
    expect(new Set(rows).size).toBe(rows.length);
  });

  it("every issue code has a Korean and an English sentence", () => {
    expect(Object.keys(en.issues).sort()).toEqual(Object.keys(ko.issues).sort());
  });

  it("is linked from the README", () => {
    expect(readFileSync(new URL("../README.md", import.meta.url), "utf8")).toContain("docs/codes.md");
  });
});
