// @vitest-environment node
// The webhook handler's memory of handled webhook-ids (issue 18, finding 4): bounded, oldest first.
import { describe, expect, it } from "vitest";
import { createWebhookMemory, REMEMBERED_WEBHOOKS } from "../../src/server/webhook-memory";

const ok = () => Promise.resolve(new Response("ok"));
const failed = () => Promise.resolve(new Response("no", { status: 500 }));
const dup = () => new Response("dup", { status: 299 });

describe("webhook memory", () => {
  it("remembers 10,000 ids by default", () => {
    expect(REMEMBERED_WEBHOOKS).toBe(10_000);
  });

  it("is bounded: past the limit the oldest id is forgotten and runs again, the others stay duplicates", async () => {
    const once = createWebhookMemory(3);
    for (const id of ["a", "b", "c", "d"]) expect((await once(id, ok, dup)).status).toBe(200);
    expect((await once("b", ok, dup)).status).toBe(299);
    expect((await once("d", ok, dup)).status).toBe(299);
    expect((await once("a", ok, dup)).status).toBe(200);
    expect((await once("b", ok, dup)).status).toBe(200);
  });

  it("exactly at the limit nothing is forgotten", async () => {
    const once = createWebhookMemory(3);
    for (const id of ["a", "b", "c"]) await once(id, ok, dup);
    expect((await once("a", ok, dup)).status).toBe(299);
  });

  it("a failed id is forgotten; one that arrives while the first runs waits for its result", async () => {
    const once = createWebhookMemory();
    expect((await once("a", failed, dup)).status).toBe(500);
    let release!: () => void;
    const slow = () => new Promise<Response>((r) => (release = () => r(new Response("ok"))));
    const first = once("a", slow, dup);
    const second = once("a", ok, dup);
    release();
    expect([(await first).status, (await second).status]).toEqual([200, 299]);
  });

  it("a failing delivery whose id was forgotten and handled again meanwhile does not forget that success", async () => {
    const once = createWebhookMemory(1);
    let release!: () => void;
    const slowFail = () => new Promise<Response>((r) => (release = () => r(new Response("no", { status: 500 }))));
    const first = once("a", slowFail, dup);
    await once("b", ok, dup); // "a" is forgotten (limit 1)
    expect((await once("a", ok, dup)).status).toBe(200); // and handled again, successfully
    release();
    expect((await first).status).toBe(500);
    expect((await once("a", ok, dup)).status).toBe(299);
  });

  it("a second delivery while a failing first runs does the work itself, and its success is kept", async () => {
    const once = createWebhookMemory();
    let release!: () => void;
    const slowFail = () => new Promise<Response>((r) => (release = () => r(new Response("no", { status: 500 }))));
    const first = once("a", slowFail, dup);
    const second = once("a", ok, dup);
    release();
    expect([(await first).status, (await second).status]).toEqual([500, 200]);
    expect((await once("a", ok, dup)).status).toBe(299);
  });
});
