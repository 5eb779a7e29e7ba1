import type { MessageLocale } from "./types";

const FORMATS = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/** Formats an amount for a label: KRW as `₩1,000`; USD from cents as `$10.00`. */
export function formatAmount(amount: number, currency = "KRW", locale: MessageLocale = "ko"): string {
  const code = currency.replace(/^CURRENCY_/, "");
  const minor = code === "USD" ? 100 : 1;
  const key = `${locale} ${code}`;
  try {
    // a NumberFormat costs a few hundred µs to make: one per locale and currency, made once
    let format = FORMATS.get(key);
    if (!format) FORMATS.set(key, (format = new Intl.NumberFormat(locale === "en" ? "en-US" : "ko-KR", { style: "currency", currency: code })));
    return format.format(amount / minor);
  } catch {
    return `${amount} ${code}`;
  }
}
