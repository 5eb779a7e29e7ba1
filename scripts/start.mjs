// `npm start`: Storybook with the sandbox SDK on http://127.0.0.1:6006.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync(new URL("../.storybook/main.ts", import.meta.url))) {
  console.log("Storybook is not configured yet.");
  process.exit(0);
}
const child = spawn("npx", ["storybook", "dev", "--port", "6006", "--host", "127.0.0.1", "--ci", "--no-open", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1" },
});
child.on("exit", (code) => process.exit(code ?? 0));
