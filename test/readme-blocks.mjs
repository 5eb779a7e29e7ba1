// The code blocks of README.md, for test/readme-snippets.mjs (every ts/tsx block type-checks) and
// test/next-readme-trial.mjs (the Next.js blocks build as an app).
//
// A block is a file of the README's Next.js app when the line before its fence (blank lines
// aside) is the HTML comment below, which neither GitHub nor npmjs.com shows; its first line names
// the file as readers see it: `// app/checkout/page.tsx` (an optional note may follow the path).
//
//   <!-- next-readme-trial -->
//   ```tsx
//   // app/layout.tsx
//   ...

/** The HTML comment that marks a README block as a file of the Next.js app. */
export const NEXT_TRIAL_TAG = "<!-- next-readme-trial -->";

/**
 * The ```ts / ```tsx blocks of a Markdown text: `lang`, `line` (the README line of their first code
 * line), `lines`, and `file` (the app path a tagged block names, else null).
 */
export function codeBlocks(markdown) {
  const blocks = [];
  let open = null;
  let previous = ""; // the last non-blank line outside a block
  markdown.split("\n").forEach((line, i) => {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      if (fence && fence[1][0] === open.fence[0] && fence[1].length >= open.fence.length && !fence[2]) {
        const file = open.tagged ? fileOf(open) : null;
        if (open.lang) blocks.push({ lang: open.lang, line: open.line, lines: open.lines, file });
        open = null;
        previous = "";
      } else open.lines.push(line);
    } else if (fence) {
      const lang = { ts: "ts", typescript: "ts", tsx: "tsx" }[fence[2]];
      open = { fence: fence[1], lang, line: i + 2, lines: [], tagged: previous.trim() === NEXT_TRIAL_TAG };
    } else if (line.trim() !== "") previous = line;
  });
  return blocks;
}

function fileOf(block) {
  const named = /^\/\/ ((?:app|lib)\/[\w@.[\]()/-]+\.tsx?)(\s|$)/.exec(block.lines[0] ?? "");
  if (!block.lang || !named) throw new Error(`README.md:${block.line}: a block tagged ${NEXT_TRIAL_TAG} must be ts or tsx and start with "// app/..." or "// lib/..." naming its file`);
  return named[1];
}
