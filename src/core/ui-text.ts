import type { MessageLocale } from "./types";

const FORMATS = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/**
 * Formats an amount for a label. Korean writes won as Korean shops do, `9,900원`; English keeps
 * `₩9,900`. Other currencies use the locale's currency format: USD from cents as `$10.00`
 * (`US$10.00` in Korean).
 */
export function formatAmount(amount: number, currency = "KRW", locale: MessageLocale = "ko"): string {
  const code = currency.replace(/^CURRENCY_/, "");
  const minor = code === "USD" ? 100 : 1;
  const won = locale !== "en" && code === "KRW";
  const key = `${locale} ${code}`;
  try {
    // a NumberFormat costs a few hundred µs to make: one per locale and currency, made once
    let format = FORMATS.get(key);
    if (!format) FORMATS.set(key, (format = new Intl.NumberFormat(locale === "en" ? "en-US" : "ko-KR", won ? undefined : { style: "currency", currency: code })));
    const text = format.format(amount / minor);
    return won ? `${text}원` : text;
  } catch {
    return `${amount} ${code}`;
  }
}
