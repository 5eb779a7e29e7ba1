// What the example runners (run.mjs, webkit.mjs) share to keep a hang from becoming a CI timeout:
// - a tag in the environment of every process a runner starts (tagRun), so what it started can be
//   found and ended even when it left its process group or lost its parent (processesWith, killTagged);
// - a deadline on one await (deadline), whose error names what did not answer;
// - a watchdog on a whole run (watchdog): past its limit it prints where the run was, ends what the
//   run started and exits 1.
// Linux only, as the runners are: processes are found through /proc/<pid>/environ.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";

/** The environment variable that marks a runner's processes. */
export const RUN_TAG = "EXAMPLES_RUN_TAG";

/** Tags this runner: every process it starts from now on inherits `EXAMPLES_RUN_TAG=<tag>`. */
export function tagRun(name) {
  const tag = `${name}-${process.pid}-${randomBytes(4).toString("hex")}`;
  process.env[RUN_TAG] = tag;
  return tag;
}

/** Pids of the live processes (this one aside) whose environment holds `name=value`. */
export function processesWith(name, value) {
  const needle = `${name}=${value}`;
  const found = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let environ;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, "utf8");
    } catch {
      continue; // gone meanwhile, or not ours to read
    }
    // a zombie's environment reads empty: it is dead already, only not reaped
    if (environ.split("\0").includes(needle)) found.push(Number(entry));
  }
  return found;
}

/** A process's command line, shortened, for a report. */
export function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ").slice(0, 120);
  } catch {
    return "(gone)";
  }
}

/** Sends `signal` to a process group; false when there is none left. */
export function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILLs every live process whose environment holds `name=value`; returns their descriptions. */
export function killTagged(name, value) {
  const killed = [];
  for (const pid of processesWith(name, value)) {
    const what = `${pid} ${commandOf(pid)}`;
    try {
      process.kill(pid, "SIGKILL");
      killed.push(what);
    } catch {
      // ended meanwhile
    }
  }
  return killed;
}

/**
 * Resolves once no live process holds `name=value` (polling /proc, as Linux tells no one else
 * about a process that is not its child), or after `ms` with the ones still there.
 */
export async function gone(name, value, ms = 5_000) {
  const until = Date.now() + ms;
  for (;;) {
    const left = processesWith(name, value);
    if (!left.length || Date.now() >= until) return left;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Raised by `deadline` when what it waited for did not answer in time. */
export class DeadlineError extends Error {}

/**
 * `promise`'s outcome, or a DeadlineError saying that `what` did not answer within `ms`. The
 * promise itself is not stopped: whoever called this ends what it waits on (a driver, a browser),
 * and a late rejection of it is handled here, so it does not surface as an unhandled rejection.
 */
export function deadline(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what} did not answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** The whole-run limit in minutes: EXAMPLES_RUN_LIMIT_MINUTES, 20 unless set. */
export function runLimitMinutes() {
  const set = Number(process.env.EXAMPLES_RUN_LIMIT_MINUTES);
  return Number.isFinite(set) && set > 0 ? set : 20;
}

/**
 * Calls `fire(minutes)` when the run takes more than `minutes`, then exits 1 whatever `fire` did.
 * `fire` says where the run was (the row, what it waited for) and ends what the run started,
 * synchronously. The timer holds the process until it fires: a run ends with `stop()` or process.exit.
 */
export function watchdog(fire, minutes = runLimitMinutes()) {
  const timer = setTimeout(() => {
    try {
      fire(minutes);
    } finally {
      process.exit(1);
    }
  }, minutes * 60_000);
  return { minutes, stop: () => clearTimeout(timer) };
}

/**
 * Runs a command in its own process group with `env`, collecting its output; it is added to
 * `children` while it runs. Past `timeoutMs` it gets SIGTERM (SIGKILL 10 s later) and the output says so.
 */
export function runCommand(cmd, argv, { cwd, env, children, timeoutMs = 600_000 }) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    children.add(child);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    let hard;
    const timer = setTimeout(() => {
      out += `\n(${cmd} ${argv.join(" ")} did not finish in ${timeoutMs / 1000} s: stopped)`;
      signalGroup(child.pid, "SIGTERM");
      hard = setTimeout(() => signalGroup(child.pid, "SIGKILL"), 10_000);
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      clearTimeout(hard);
      children.delete(child);
      resolveRun({ code, out });
    });
  });
}
