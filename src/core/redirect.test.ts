import { describe, expect, it } from "vitest";
import { hasResultQuery, RESULT_KEYS, withoutResultKeys } from "./redirect";

describe("the result keys of a redirect", () => {
  it("withoutResultKeys drops every PortOne key, keeping the merchant's own and the hash", () => {
    const query = RESULT_KEYS.map((k) => `${k}=v`).join("&");
    expect(RESULT_KEYS).toHaveLength(12);
    expect(withoutResultKeys(`https://shop.example/done?order=7&${query}#top`)).toBe("https://shop.example/done?order=7#top");
    expect(withoutResultKeys("https://shop.example/done?identityVerificationId=a&identityVerificationTxId=b&x=1")).toBe("https://shop.example/done?x=1");
  });
  it("withoutResultKeys leaves a string that is no URL as it is", () => {
    expect(withoutResultKeys("/done?paymentId=1")).toBe("/done?paymentId=1");
    expect(withoutResultKeys("")).toBe("");
  });
  it("hasResultQuery: a paymentId, billingKey or code key, and only as a whole key", () => {
    for (const q of ["?paymentId=p", "?x=1&billingKey=b", "&code=FAILURE_TYPE_PG"]) expect(hasResultQuery(q), q).toBe(true);
    for (const q of ["", "?order=1", "?mypaymentId=p", "?xcode=1", "?paymentId"]) expect(hasResultQuery(q), q).toBe(false);
  });
});
