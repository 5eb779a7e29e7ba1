import type { MessageLocale } from "./types";

/** Formats an amount for a label: KRW as `₩1,000`; USD from cents as `$10.00`. */
export function formatAmount(amount: number, currency = "KRW", locale: MessageLocale = "ko"): string {
  const code = currency.replace(/^CURRENCY_/, "");
  const minor = code === "USD" ? 100 : 1;
  try {
    return new Intl.NumberFormat(locale === "en" ? "en-US" : "ko-KR", { style: "currency", currency: code }).format(amount / minor);
  } catch {
    return `${amount} ${code}`;
  }
}
