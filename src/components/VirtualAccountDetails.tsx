import { useState, type CSSProperties, type ReactNode } from "react";
import type { UiText } from "../core/format";
import type { MessageLocale } from "../core/types";
import { formatAmount } from "../core/ui-text";
import type { VirtualAccountInstructions } from "../core/verify-contract";

/** Props of {@link VirtualAccountDetails}. */
export interface VirtualAccountDetailsProps {
  account: VirtualAccountInstructions;
  /** The loaded pack's UI text. */
  ui: UiText;
  locale: MessageLocale;
  unstyled?: boolean | undefined;
  style?: CSSProperties;
}

function dueText(iso: string, locale: MessageLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === "en" ? "en-US" : "ko-KR", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Seoul" }).format(date);
}

/**
 * What the buyer needs to pay into an issued virtual account: bank, account number (with a copy
 * button), amount, due date and account holder, as your server read them from PortOne's record.
 */
export function VirtualAccountDetails({ account, ui, locale, unstyled, style }: VirtualAccountDetailsProps): ReactNode {
  const [copied, setCopied] = useState<"copied" | "failed" | null>(null);
  const cls = (name: string): string | undefined => (unstyled ? undefined : name);
  const copy = (): void => {
    const done = navigator.clipboard?.writeText(account.accountNumber);
    if (!done) return setCopied("failed");
    done.then(
      () => setCopied("copied"),
      () => setCopied("failed"),
    );
  };
  const row = (label: string, value: ReactNode): ReactNode => (
    <div className={cls("pi-account-row")}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const t = ui.account;
  return (
    <div className={cls("pi-root pi-account")} style={style}>
      <dl>
        {account.bank ? row(t.bank, ui.banks[account.bank] ?? account.bank) : null}
        {row(
          t.number,
          <>
            <span className={cls("pi-account-number")}>{account.accountNumber}</span>{" "}
            <button type="button" className={cls("pi-secondary")} onClick={copy}>
              {t.copy}
            </button>
          </>,
        )}
        {row(t.amount, formatAmount(account.amount, account.currency, locale))}
        {account.dueDate ? row(t.due, dueText(account.dueDate, locale)) : null}
        {account.holder ? row(t.holder, account.holder) : null}
      </dl>
      <p role="status" className={cls("pi-message")}>
        {copied === "copied" ? t.copied : copied === "failed" ? t.copyFailed : ""}
      </p>
    </div>
  );
}
