import { describe, expect, it } from "vitest";
import { formatAmount } from "./ui-text";

// issue 19, item 7: Korean shops write "9,900원", not "₩9,900"
describe("formatAmount", () => {
  it.each([
    { amount: 9900, currency: "KRW", locale: "ko", text: "9,900원" },
    { amount: 9900, currency: "CURRENCY_KRW", locale: "ko", text: "9,900원" },
    { amount: 1000000, currency: "KRW", locale: "ko", text: "1,000,000원" },
    { amount: 500, currency: "KRW", locale: "ko", text: "500원" },
    { amount: 9900, currency: "KRW", locale: "en", text: "₩9,900" },
    { amount: 1250, currency: "USD", locale: "en", text: "$12.50" },
    { amount: 1250, currency: "USD", locale: "ko", text: "US$12.50" },
  ] as const)("$amount $currency in $locale: $text", ({ amount, currency, locale, text }) => {
    expect(formatAmount(amount, currency, locale)).toBe(text);
  });

  it("Korean is the default locale, KRW the default currency", () => {
    expect(formatAmount(39000)).toBe("39,000원");
  });

  it("a code Intl does not know falls back to the number and the code", () => {
    expect(formatAmount(5, "NOT A CODE", "en")).toBe("5 NOT A CODE");
  });
});
