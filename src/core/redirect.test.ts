import { describe, expect, it } from "vitest";
import { isPortOneLanding, RESULT_KEYS, splitLanding, withoutResultKeys } from "./redirect";

describe("the result keys of a redirect", () => {
  it("are exactly what PortOne's SDKs parse from a redirect, and the manual-confirm tokens", () => {
    expect(RESULT_KEYS).toEqual(["paymentId", "txId", "transactionType", "billingKey", "code", "message", "pgCode", "pgMessage", "paymentToken", "billingIssueToken"]);
  });
  it("withoutResultKeys drops PortOne's keys from a landing, keeping the merchant's own and the hash", () => {
    const query = RESULT_KEYS.map((k) => `${k}=v`).join("&");
    expect(withoutResultKeys(`https://shop.example/done?order=7&${query}#top`)).toBe("https://shop.example/done?order=7#top");
  });
  // issue 16: a page that is no landing keeps its own code and message in the default redirectUrl
  it("withoutResultKeys keeps every key of a page that is no PortOne landing", () => {
    expect(withoutResultKeys("https://shop.example/cart?code=SUMMER10&message=hi")).toBe("https://shop.example/cart?code=SUMMER10&message=hi");
    expect(withoutResultKeys("https://shop.example/cb?code=abc&state=xyz")).toBe("https://shop.example/cb?code=abc&state=xyz");
  });
  it("withoutResultKeys keeps the page's own code beside PortOne's (PortOne appends its keys)", () => {
    expect(withoutResultKeys("https://shop.example/cart?code=SUMMER10&paymentId=p&transactionType=PAYMENT&code=FAILURE_TYPE_PG")).toBe("https://shop.example/cart?code=SUMMER10");
  });
  it("withoutResultKeys leaves a string that is no URL as it is", () => {
    expect(withoutResultKeys("/done?paymentId=1")).toBe("/done?paymentId=1");
    expect(withoutResultKeys("")).toBe("");
  });
  it("isPortOneLanding: transactionType with paymentId or billingKey, nothing less", () => {
    for (const q of ["?transactionType=PAYMENT&paymentId=p", "?x=1&billingKey=b&transactionType=ISSUE_BILLING_KEY"]) expect(isPortOneLanding(q), q).toBe(true);
    for (const q of ["", "?order=1", "?paymentId=p", "?code=abc&state=xyz", "?transactionType=PAYMENT", "?transactionType=&paymentId=p", "?transactionType=PAYMENT&paymentId="]) expect(isPortOneLanding(q), q).toBe(false);
  });
  it("splitLanding with the sent redirectUrl: PortOne's part is exactly what it added", () => {
    const { result, rest } = splitLanding("?code=SUMMER10&item=1&paymentId=p&transactionType=PAYMENT&txId=t", "https://shop.example/c?code=SUMMER10&item=1");
    expect(Object.fromEntries(result)).toEqual({ paymentId: "p", transactionType: "PAYMENT", txId: "t" });
    expect(rest.toString()).toBe("code=SUMMER10&item=1");
    const failed = splitLanding("?code=SUMMER10&paymentId=p&transactionType=PAYMENT&code=FAILURE_TYPE_PG", "https://shop.example/c?code=SUMMER10");
    expect(failed.result.get("code")).toBe("FAILURE_TYPE_PG");
    expect(failed.rest.toString()).toBe("code=SUMMER10");
  });
  it("splitLanding without it: the last value of each result key is PortOne's", () => {
    const { result, rest } = splitLanding("?code=SUMMER10&paymentId=p&transactionType=PAYMENT&code=FAILURE_TYPE_PG&utm=a");
    expect(result.get("code")).toBe("FAILURE_TYPE_PG");
    expect(rest.toString()).toBe("code=SUMMER10&utm=a");
  });
});
