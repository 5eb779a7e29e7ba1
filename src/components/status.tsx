import type { CSSProperties, ReactNode } from "react";
import type { UiText } from "../core/format";
import type { ButtonState, StatusLine, statusView } from "../flow/status";
import type { FlowStatus } from "../react/flow-hook";

export type { ButtonState, StatusLine } from "../flow/status";

/**
 * The state and line of a flow component: the engine's `statusView` once it has loaded; before
 * that a component is idle, waiting, or (the engine could not load) showing the load failure.
 */
export function viewOf(hub: { engine: () => { statusView: typeof statusView } | null }, ...args: Parameters<typeof statusView>): { state: ButtonState; line: StatusLine | null } {
  const engine = hub.engine();
  if (engine) return engine.statusView(...args);
  const [status, , , ui] = args as [FlowStatus, unknown, unknown, UiText | null | undefined];
  if (status !== "failure") return { state: status === "idle" ? "idle" : "pending", line: null };
  return { state: "error", line: ui ? { role: "alert", tone: "error", text: ui.loadFailed } : null };
}

/** Renders a status line with the right role: an alert for errors, a polite status otherwise. */
export function StatusMessage({ line, className, style }: { line: StatusLine | null; className: string | undefined; style?: CSSProperties }): ReactNode {
  if (!line) return null;
  return (
    <div className={className} style={style} role={line.role} data-state={line.tone}>
      {line.text}
    </div>
  );
}
