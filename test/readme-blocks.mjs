// The TypeScript code blocks of a Markdown text (README.md): test/readme-snippets.mjs type-checks
// them all, test/readme-walkthrough.mjs runs the walkthrough's server files.

/**
 * The ```ts / ```tsx blocks of a Markdown text, with the README line of their first code line and
 * the `walkthrough=<path>` of their info string, when they have one.
 */
export function codeBlocks(markdown) {
  const blocks = [];
  let open = null;
  markdown.split("\n").forEach((line, i) => {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      if (fence && fence[1][0] === open.fence[0] && fence[1].length >= open.fence.length && !fence[2]) {
        if (open.lang) blocks.push({ lang: open.lang, line: open.line, lines: open.lines, ...(open.file && { file: open.file }) });
        open = null;
      } else open.lines.push(line);
    } else if (fence) {
      const lang = { ts: "ts", typescript: "ts", tsx: "tsx" }[fence[2]];
      const file = /\swalkthrough=(\S+)/.exec(line)?.[1];
      open = { fence: fence[1], lang, line: i + 2, lines: [], file };
    }
  });
  return blocks;
}
