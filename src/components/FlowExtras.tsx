import type { CSSProperties, ReactNode } from "react";
import type { UiText } from "../core/format";
import type { Outcome } from "../core/outcome";
import type { LocalizedIssue, MessageLocale } from "../core/types";
import { STATUS_CSS, type StatusLine } from "../flow/status";
import { ErrorSummary } from "./parts";
import { StatusMessage } from "./status";
import { useStyleSheet } from "./styles";
import { VirtualAccountDetails } from "./VirtualAccountDetails";

// What a flow button shows once an attempt has started, loaded as a chunk of its own when the
// button first leaves `idle`: the status line, the issues of invalid input, an issued account's
// details, and their styles. A page whose buyer never clicks never downloads it.

/** Props of the status view (the flow button computes them). */
export interface FlowExtrasProps {
  line: StatusLine | null;
  /** Issues of invalid input (errors only); shown instead of the line when there are any. */
  issues: readonly LocalizedIssue[];
  outcome: Outcome | null;
  ui: UiText | null | undefined;
  locale: MessageLocale;
  unstyled: boolean | undefined;
  style: CSSProperties;
}

/** The status view of a flow button. */
export default function FlowExtras({ line, issues, outcome, ui, locale, unstyled, style }: FlowExtrasProps): ReactNode {
  const cls = (name: string): string | undefined => (unstyled ? undefined : name);
  const stylesheet = useStyleSheet(unstyled, ["status", STATUS_CSS]);
  return (
    <>
      {stylesheet}
      {issues.length > 0 ? (
        <div className={cls("pi-root pi-message")} style={style}>
          <ErrorSummary issues={issues} title={ui?.errorSummary ?? ""} />
        </div>
      ) : (
        <StatusMessage line={line} className={cls(line?.role === "alert" ? "pi-root pi-alert" : "pi-root pi-message")} style={style} />
      )}
      {outcome?.status === "virtualAccountIssued" && outcome.virtualAccount && ui ? <VirtualAccountDetails account={outcome.virtualAccount} ui={ui} locale={locale} unstyled={unstyled} style={style} /> : null}
    </>
  );
}

/** The styles of the status view: the spinner, the status line, alerts and the account details. */
export const css = STATUS_CSS;

/** The status view's module, as the flow buttons load it. */
export type FlowExtrasModule = { default: typeof FlowExtras; css: string };
