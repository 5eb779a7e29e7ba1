import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Outcome } from "../core/outcome";
import type { LocalizedIssue } from "../core/types";
import { createAttemptController, type AttemptController } from "./machine";
import { IDLE, type AttemptCallbacks, type AttemptPhase, type AttemptState } from "./state";

// One component's attempts: what the component shows (the published phases), which of the
// merchant's callbacks runs and how often, and what the click's promise gives.

const SUCCESS: Outcome = { status: "success", flow: "payment", paymentId: "pay-1" };
const MISSING_EMAIL: LocalizedIssue = { field: "customer.email", code: "required", severity: "error", params: {}, message: "이메일을 입력해 주세요." };
const INVALID: Outcome = { status: "invalid", flow: "payment", issues: [MISSING_EMAIL] };

/** A deferred promise: the SDK's answer, given when the test says. */
function later<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(initial: AttemptState = IDLE): { machine: AttemptController; phases: AttemptPhase[]; published: AttemptState[]; callbacks: Required<{ [K in keyof AttemptCallbacks]: ReturnType<typeof vi.fn> }> } {
  const published: AttemptState[] = [];
  const callbacks = { onSuccess: vi.fn(), onFailure: vi.fn(), onCancel: vi.fn(), onVirtualAccountIssued: vi.fn() };
  const machine = createAttemptController({ flow: "payment", initial, publish: (s) => published.push(s), callbacks: () => callbacks });
  return {
    machine,
    published,
    get phases() {
      return published.map((s) => s.phase);
    },
    callbacks,
  };
}

describe("the attempt controller", () => {
  it("starts from the state the component shows", () => {
    const shown: AttemptState = { phase: "settled", outcome: SUCCESS, collecting: null };
    expect(setup(shown).machine.state).toBe(shown);
  });

  it("an outcome known at once (an invalid input) settles without showing a pending state", async () => {
    const t = setup();
    const task = vi.fn(() => INVALID);
    const done = t.machine.run(task);
    expect(t.phases).toEqual(["settled"]);
    expect(t.machine.state).toEqual({ phase: "settled", outcome: INVALID, collecting: null });
    expect(t.callbacks.onFailure).toHaveBeenCalledExactlyOnceWith(INVALID);
    expect(await done).toBe(INVALID);
    expect(task).toHaveBeenCalledWith({});
  });

  it("an answer that comes later shows pending, then settles once with the merchant's callback", async () => {
    const t = setup();
    const sdk = later<Outcome | null>();
    const done = t.machine.run(() => sdk.promise);
    expect(t.phases).toEqual(["pending"]);
    expect(t.callbacks.onSuccess).not.toHaveBeenCalled();
    sdk.resolve(SUCCESS);
    expect(await done).toBe(SUCCESS);
    expect(t.phases).toEqual(["pending", "settled"]);
    expect(t.callbacks.onSuccess).toHaveBeenCalledExactlyOnceWith(SUCCESS);
    expect(t.callbacks.onFailure).not.toHaveBeenCalled();
  });

  it("runs one attempt at a time: a second click while one runs gets the running one", async () => {
    const t = setup();
    const sdk = later<Outcome | null>();
    const task = vi.fn(() => sdk.promise);
    const first = t.machine.run(task);
    const second = t.machine.run(vi.fn(() => SUCCESS));
    expect(second).toBe(first);
    expect(task).toHaveBeenCalledTimes(1);
    sdk.resolve(SUCCESS);
    await first;
    expect(t.callbacks.onSuccess).toHaveBeenCalledTimes(1);
    // once settled, a new click starts a new attempt
    const third = t.machine.run(() => INVALID);
    expect(third).not.toBe(first);
    expect(await third).toBe(INVALID);
  });

  it("a window that left the page shows redirecting, calls nothing, and the landing settles it", async () => {
    const t = setup();
    const done = t.machine.run(() => Promise.resolve(null));
    await vi.waitFor(() => expect(t.phases).toEqual(["pending", "redirecting"]));
    expect(Object.values(t.callbacks).every((c) => c.mock.calls.length === 0)).toBe(true);
    // still running: another click gets the same attempt
    expect(t.machine.run(() => INVALID)).toBe(done);
    t.machine.land({ type: "verifying" });
    expect(t.machine.state.phase).toBe("verifying");
    t.machine.land({ type: "outcome", outcome: SUCCESS });
    expect(await done).toBe(SUCCESS);
    expect(t.phases).toEqual(["pending", "redirecting", "verifying", "settled"]);
    expect(t.callbacks.onSuccess).toHaveBeenCalledExactlyOnceWith(SUCCESS);
  });

  it("a landing reaches a component that has just mounted (no attempt of its own running)", () => {
    const t = setup();
    t.machine.land({ type: "verifying" });
    t.machine.land({ type: "outcome", outcome: SUCCESS });
    expect(t.phases).toEqual(["verifying", "settled"]);
    expect(t.callbacks.onSuccess).toHaveBeenCalledExactlyOnceWith(SUCCESS);
  });

  it("a task that rejects or throws ends as an UNKNOWN_ERROR failure, through the same settle", async () => {
    const t = setup();
    const rejected = await t.machine.run(() => Promise.reject(new Error("network down")));
    expect(rejected).toEqual({ status: "failure", flow: "payment", code: "UNKNOWN_ERROR", message: "Error: network down" });
    expect(t.phases).toEqual(["pending", "settled"]);
    const thrown = await t.machine.run(() => {
      throw new Error("bad request");
    });
    expect(thrown).toEqual({ status: "failure", flow: "payment", code: "UNKNOWN_ERROR", message: "Error: bad request" });
    expect(t.phases).toEqual(["pending", "settled", "settled"]);
    expect(t.callbacks.onFailure).toHaveBeenCalledTimes(2);
  });

  it("a callback that throws leaves the outcome settled and the click's promise resolved", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const t = setup();
    t.callbacks.onSuccess.mockImplementation(() => {
      throw new Error("fulfilment down");
    });
    expect(await t.machine.run(() => Promise.resolve(SUCCESS))).toBe(SUCCESS);
    expect(t.machine.state.phase).toBe("settled");
  });

  it("reads the latest callbacks when the outcome settles", async () => {
    const first = { onSuccess: vi.fn() };
    const second = { onSuccess: vi.fn() };
    let current: AttemptCallbacks = first;
    const machine = createAttemptController({ flow: "payment", initial: IDLE, publish: () => undefined, callbacks: () => current });
    const sdk = later<Outcome | null>();
    const done = machine.run(() => sdk.promise);
    current = second;
    sdk.resolve(SUCCESS);
    await done;
    expect(first.onSuccess).not.toHaveBeenCalled();
    expect(second.onSuccess).toHaveBeenCalledOnce();
  });

  describe("the buyer dialog", () => {
    const collecting = { fields: ["email"], initial: { fullName: "홍길동" } };

    it("an input the buyer can fix opens the dialog instead of settling; what they type runs the attempt again", async () => {
      const t = setup();
      const task = vi.fn((patch: object) => (Object.keys(patch).length ? Promise.resolve(SUCCESS) : INVALID));
      const collect = vi.fn(() => collecting);
      const done = t.machine.run(task, collect);
      expect(collect).toHaveBeenCalledWith([MISSING_EMAIL]);
      expect(t.machine.state).toEqual({ phase: "collecting", outcome: null, collecting });
      expect(t.callbacks.onFailure).not.toHaveBeenCalled();
      t.machine.collected({ email: "buyer@example.com" });
      expect(task).toHaveBeenLastCalledWith({ email: "buyer@example.com" });
      expect(t.machine.state.phase).toBe("pending");
      expect(await done).toBe(SUCCESS);
      expect(t.phases).toEqual(["collecting", "pending", "settled"]);
      expect(t.callbacks.onSuccess).toHaveBeenCalledExactlyOnceWith(SUCCESS);
    });

    it("the dialog may ask again when the typed fields are still not right", async () => {
      const t = setup();
      const task = vi.fn(() => INVALID);
      t.machine.run(task, () => collecting);
      t.machine.collected({ email: "nope" });
      expect(task).toHaveBeenCalledTimes(2);
      expect(t.machine.state.phase).toBe("collecting");
      expect(t.callbacks.onFailure).not.toHaveBeenCalled();
    });

    it("closing the dialog is a cancel, through the one settle (onCancel once)", async () => {
      const t = setup();
      const done = t.machine.run(() => INVALID, () => collecting);
      t.machine.collected(null);
      expect(await done).toEqual({ status: "cancelled", flow: "payment", code: "BUYER_CANCELLED" });
      expect(t.machine.state.phase).toBe("settled");
      expect(t.callbacks.onCancel).toHaveBeenCalledOnce();
      expect(t.callbacks.onFailure).not.toHaveBeenCalled();
      // a second close (a double click on cancel) does nothing more
      t.machine.collected(null);
      t.machine.collected({ email: "late@example.com" });
      expect(t.callbacks.onCancel).toHaveBeenCalledOnce();
    });

    it("a dialog that cannot load is a COMPONENT_LOAD_FAILED failure, through the one settle", async () => {
      const t = setup();
      const done = t.machine.run(() => INVALID, () => collecting);
      t.machine.dialogFailed(new Error("chunk failed"));
      expect(await done).toEqual({ status: "failure", flow: "payment", code: "COMPONENT_LOAD_FAILED", message: "The buyer dialog could not be loaded: Error: chunk failed" });
      expect(t.callbacks.onFailure).toHaveBeenCalledOnce();
      t.machine.dialogFailed(new Error("again"));
      expect(t.callbacks.onFailure).toHaveBeenCalledOnce();
    });

    it("a dialog event with no dialog open does nothing", () => {
      const t = setup();
      t.machine.collected(null);
      t.machine.dialogFailed(new Error("x"));
      t.machine.collected({ email: "a@b.c" });
      expect(t.published).toEqual([]);
      expect(Object.values(t.callbacks).every((c) => c.mock.calls.length === 0)).toBe(true);
    });

    it("an invalid input settles when the rules say the buyer cannot fix it (or there is no dialog)", async () => {
      const t = setup();
      expect(await t.machine.run(() => INVALID, () => null)).toBe(INVALID);
      expect(await t.machine.run(() => INVALID)).toBe(INVALID);
      expect(t.callbacks.onFailure).toHaveBeenCalledTimes(2);
    });

    it("a failure is never taken for a dialog's question", async () => {
      const t = setup();
      const collect = vi.fn(() => collecting);
      const failure: Outcome = { status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", message: "no" };
      expect(await t.machine.run(() => failure, collect)).toBe(failure);
      expect(collect).not.toHaveBeenCalled();
    });
  });

  it("reset: back to idle after an outcome, not while an attempt runs", async () => {
    const t = setup();
    await t.machine.run(() => INVALID);
    t.machine.reset();
    expect(t.machine.state).toBe(IDLE);
    const sdk = later<Outcome | null>();
    void t.machine.run(() => sdk.promise);
    const count = t.published.length;
    t.machine.reset();
    expect(t.machine.state.phase).toBe("pending");
    expect(t.published).toHaveLength(count);
  });

  it("after dispose (unmounted) nothing is published, though the attempt still ends", async () => {
    const t = setup();
    const sdk = later<Outcome | null>();
    const done = t.machine.run(() => sdk.promise);
    t.machine.dispose();
    sdk.resolve(SUCCESS);
    expect(await done).toBe(SUCCESS);
    expect(t.phases).toEqual(["pending"]);
    expect(t.machine.state.phase).toBe("settled");
    t.machine.reset();
    t.machine.land({ type: "verifying" });
    expect(t.phases).toEqual(["pending"]);
  });
});

describe("Back from a window that left the page (the page restored from the back/forward cache)", () => {
  // a page of its own, in plain Node and in jsdom alike: the controller listens on `window`
  let page: EventTarget;
  const show = (persisted: boolean): void => void page.dispatchEvent(Object.defineProperty(new Event("pageshow"), "persisted", { value: persisted }));
  const hide = (): void => void page.dispatchEvent(new Event("pagehide"));
  const flush = (): Promise<void> => new Promise((r) => setImmediate(r));
  beforeEach(() => {
    page = new EventTarget();
    vi.stubGlobal("window", page);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("a pending attempt whose page comes back ends cancelled (BUYER_WENT_BACK), onCancel once, and the click's promise gives it", async () => {
    const t = setup();
    const done = t.machine.run(() => new Promise<Outcome | null>(() => undefined));
    hide();
    show(true);
    const outcome = await done;
    expect(outcome).toEqual({ status: "cancelled", flow: "payment", code: "BUYER_WENT_BACK" });
    expect(t.phases).toEqual(["pending", "settled"]);
    expect(t.callbacks.onCancel).toHaveBeenCalledExactlyOnceWith(outcome);
    expect(t.callbacks.onFailure).not.toHaveBeenCalled();
  });

  it("a redirecting attempt (the SDK answered nothing as the page left) ends cancelled too", async () => {
    const t = setup();
    const done = t.machine.run(() => Promise.resolve(null));
    await flush();
    expect(t.phases).toEqual(["pending", "redirecting"]);
    hide();
    show(true);
    expect(await done).toMatchObject({ status: "cancelled", code: "BUYER_WENT_BACK" });
  });

  it("a pageshow without the page having been hidden, or a page that was not restored from the cache, changes nothing", async () => {
    const t = setup();
    void t.machine.run(() => new Promise<Outcome | null>(() => undefined));
    show(true);
    hide();
    show(false);
    // the hide was spent on a fresh load: a restored page after it is not Back from this window
    show(true);
    await flush();
    expect(t.phases).toEqual(["pending"]);
    expect(t.callbacks.onCancel).not.toHaveBeenCalled();
  });

  it("after the attempt settled, or before any attempt, the page's coming and going changes nothing", async () => {
    const idle = setup();
    hide();
    show(true);
    expect(idle.phases).toEqual([]);

    const t = setup();
    const sdk = later<Outcome | null>();
    const done = t.machine.run(() => sdk.promise);
    sdk.resolve(SUCCESS);
    await done;
    hide();
    show(true);
    await flush();
    expect(t.phases).toEqual(["pending", "settled"]);
    expect(t.callbacks.onSuccess).toHaveBeenCalledOnce();
    expect(t.callbacks.onCancel).not.toHaveBeenCalled();
  });

  it("an answer that comes after Back ended the attempt is dropped: no second settle, no onSuccess", async () => {
    const t = setup();
    const sdk = later<Outcome | null>();
    const done = t.machine.run(() => sdk.promise);
    hide();
    show(true);
    expect(await done).toMatchObject({ status: "cancelled", code: "BUYER_WENT_BACK" });
    sdk.resolve(SUCCESS);
    await flush();
    expect(t.phases).toEqual(["pending", "settled"]);
    expect(t.callbacks.onSuccess).not.toHaveBeenCalled();
  });

  it("a hide during an attempt that then settled is forgotten: the next attempt is not cancelled by a restore without its own hide", async () => {
    const t = setup();
    const first = later<Outcome | null>();
    const done = t.machine.run(() => first.promise);
    hide();
    first.resolve(SUCCESS);
    await done;
    void t.machine.run(() => new Promise<Outcome | null>(() => undefined));
    show(true);
    await flush();
    expect(t.phases).toEqual(["pending", "settled", "pending"]);
    expect(t.callbacks.onCancel).not.toHaveBeenCalled();
  });

  it("stops listening once the attempt has settled (no listener left on the page)", async () => {
    const added: string[] = [];
    const removed: string[] = [];
    const add = page.addEventListener.bind(page);
    const remove = page.removeEventListener.bind(page);
    page.addEventListener = ((type: string, l: EventListener) => (added.push(type), add(type, l))) as typeof page.addEventListener;
    page.removeEventListener = ((type: string, l: EventListener) => (removed.push(type), remove(type, l))) as typeof page.removeEventListener;
    const t = setup();
    const sdk = later<Outcome | null>();
    const done = t.machine.run(() => sdk.promise);
    expect(added).toEqual(["pagehide", "pageshow"]);
    sdk.resolve(SUCCESS);
    await done;
    expect(removed).toEqual(["pagehide", "pageshow"]);
  });
});
