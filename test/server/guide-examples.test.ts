// @vitest-environment node
// The guide's own REST examples (seed-kg-inicis-portone-v2.txt, "API 수기(키인)결제 요청하기" on),
// fed through the server entry: the wire body must be the guide's object, field by field, except
// for the smallest fixes where the guide breaks its own rules (each listed with its reason), and
// the unfixed example must be refused naming each broken rule, before any request.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInicisServer, InicisServerError, type InicisServer } from "../../src/server/index";
import { PortOneStandIn } from "./standin";

const NOW = new Date("2026-11-28T00:00:00+09:00");
const standIn = new PortOneStandIn();
let server: InicisServer;
let baseUrl = "";

beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});
beforeEach(() => {
  standIn.requests.length = 0;
  standIn.reply = () => ({ status: 200, body: {} });
  // no storeId and no default channel key: the wire holds only what the guide's object holds
  server = createInicisServer({ secret: "guide-secret", baseUrl, now: () => NOW, onWarning: () => undefined });
});

/** One change to the guide's object: where, to what, and why. `issue` is what the unfixed example is refused with. */
interface Fix {
  path: string;
  to: unknown;
  why: string;
  issue: [field: string, code: string];
}
/** A value the library sends differently from how it was given, on purpose. */
interface Normalised {
  path: string;
  to: unknown;
  why: string;
}
interface Example {
  title: string;
  endpoint: string;
  /** The `data` object of the guide's axios call, verbatim. */
  guide: Record<string, unknown>;
  run: (s: InicisServer, data: Record<string, unknown>) => Promise<unknown>;
  fixes: Fix[];
  normalised: Normalised[];
  warnings: string[];
}

const EXAMPLES: Example[] = [
  {
    title: "수기(키인) 결제: virtual account",
    endpoint: "POST /payments/guide-pay-1/instant",
    guide: {
      channelKey: "channel-key-9987cb87-****-****-****-********896d",
      orderName: "나이키 와플 트레이너 2 SD",
      amount: { total: 10000 },
      currency: "KRW",
      customer: { name: { full: "홍길동" }, email: "test@test.com", phoneNumber: "010-1234-0000" },
      method: {
        virtualAccount: {
          bank: `SHINHAN`,
          expiry: { dueDate: `2024-11-12T00:00:00+09+00` },
          cashReceipt: { type: `PERSONAL`, customerIdentityNumber: `010-1234-0000` },
          remitteeName: `테스트`,
        },
      },
      productCount: 1,
    },
    run: (s, data) => s.payInstantly({ paymentId: "guide-pay-1", ...data } as never),
    fixes: [
      { path: "method.virtualAccount.expiry.dueDate", to: "2026-12-12T00:00:00+09:00", why: "`+09+00` is no RFC 3339 offset, and 2024-11-12 is past; the guide itself says only a future time works", issue: ["method.virtualAccount.expiry.dueDate", "date.invalid"] },
      { path: "method.virtualAccount.option", to: { type: "NORMAL" }, why: "`option` is required by the SDK and listed by the guide, but missing from its example", issue: ["method.virtualAccount.option.type", "oneOf"] },
    ],
    normalised: [{ path: "method.virtualAccount.cashReceipt.customerIdentityNumber", to: "01012340000", why: "a cash-receipt number is sent as digits; the guide's dashed form is accepted" }],
    warnings: ["method.virtualAccount"],
  },
  {
    title: "API 빌링키 발급",
    endpoint: "POST /billing-keys",
    guide: {
      channelKey: "channel-key-9987cb87-****-****-****-********896d",
      customer: { id: "customer-1234" },
      method: { card: { credential: { number: "1111111111111111", expiryMonth: "01", expiryYear: "20", birthOrBusinessRegistrationNumber: "900101", passwordTwoDigits: "00" } } },
    },
    run: (s, data) => s.issueBillingKey(data as never),
    fixes: [
      { path: "customer.name", to: { full: "홍길동" }, why: "the guide says KG Inicis requires name.full or name.separated", issue: ["customer.name", "required"] },
      { path: "customer.phoneNumber", to: "010-1234-5678", why: "the guide says KG Inicis requires phoneNumber", issue: ["customer.phoneNumber", "required"] },
      { path: "customer.email", to: "test@test.com", why: "the guide says KG Inicis requires email", issue: ["customer.email", "required"] },
      { path: "method.card.credential.number", to: "1111111111111117", why: "the placeholder fails the Luhn check every card number passes; last digit changed", issue: ["method.card.credential.number", "card.number"] },
      { path: "method.card.credential.expiryYear", to: "30", why: "expiry 01/20 is past: the card has expired", issue: ["method.card.credential.expiry", "card.expired"] },
    ],
    normalised: [],
    warnings: ["method.card"],
  },
  {
    title: "빌링키 단건 결제",
    endpoint: "POST /payments/guide-pay-2/billing-key",
    guide: {
      billingKey: "billing-key-1",
      orderName: "월간 이용권 정기결제",
      customer: { id: "customer-1234", phoneNumber: `010-1234-5678`, email: `test@test.com` },
      amount: { total: 10000 },
      currency: "KRW",
      productCount: 1,
    },
    run: (s, data) => s.payWithBillingKey({ paymentId: "guide-pay-2", ...data } as never),
    fixes: [{ path: "customer.name", to: { full: "홍길동" }, why: "the guide says KG Inicis requires name.full or name.separated", issue: ["customer.name", "required"] }],
    normalised: [],
    warnings: [],
  },
  {
    title: "빌링키 예약 결제",
    endpoint: "POST /payments/guide-pay-3/schedule",
    guide: {
      payment: { billingKey: "billing-key-1", orderName: "월간 이용권 정기결제", customer: { id: "customer-1234" }, amount: { total: 10000 }, currency: "KRW" },
      timeToPay: "2023-01-01 00:00:00",
    },
    run: (s, data) => s.schedulePayment({ paymentId: "guide-pay-3", ...data } as never),
    fixes: [
      { path: "payment.customer.name", to: { full: "홍길동" }, why: "the guide says KG Inicis requires name.full or name.separated", issue: ["payment.customer.name", "required"] },
      { path: "payment.customer.phoneNumber", to: "010-1234-5678", why: "the guide says KG Inicis requires phoneNumber", issue: ["payment.customer.phoneNumber", "required"] },
      { path: "payment.customer.email", to: "test@test.com", why: "the guide says KG Inicis requires email", issue: ["payment.customer.email", "required"] },
      { path: "timeToPay", to: "2026-12-01T00:00:00+09:00", why: "`2023-01-01 00:00:00` has no T and no offset (not RFC 3339), and is past", issue: ["timeToPay", "date.invalid"] },
    ],
    normalised: [],
    warnings: [],
  },
];

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = target;
  for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

/** Every leaf of a JSON value by its dotted path. */
function leaves(value: unknown, path = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  } else out.set(path, value);
  return out;
}

const under = (leaf: string, path: string) => leaf === path || leaf.startsWith(`${path}.`);

describe.each(EXAMPLES)("the guide's example: $title", (example) => {
  it("with the listed fixes, the wire body is the guide's object, field by field", async () => {
    const fixed = structuredClone(example.guide);
    for (const f of example.fixes) setPath(fixed, f.path, f.to);
    const result = (await example.run(server, fixed)) as { warnings: { field: string; code: string }[] };
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual(example.warnings.map((f) => [f, "contract.required"]));

    expect(standIn.requests).toHaveLength(1);
    const [request] = standIn.requests;
    expect(`${request!.method} ${request!.path}`).toBe(example.endpoint);

    const expected = structuredClone(fixed);
    for (const n of example.normalised) setPath(expected, n.path, n.to);
    const wire = leaves(request!.body);
    const want = leaves(expected);
    for (const path of new Set([...wire.keys(), ...want.keys()])) expect(wire.get(path), path).toEqual(want.get(path));

    // and against the guide as printed: every difference is one of the listed fixes or normalisations
    const guide = leaves(example.guide);
    const changed = [...new Set([...wire.keys(), ...guide.keys()])].filter((p) => wire.get(p) !== guide.get(p));
    const listed = [...example.fixes, ...example.normalised].map((c) => c.path);
    for (const p of changed) expect(listed.some((l) => under(p, l)), `${p} differs from the guide without a listed reason`).toBe(true);
    for (const l of listed) expect(changed.some((p) => under(p, l)), `${l} is listed but not changed`).toBe(true);
  });

  it("as printed, it is refused naming each broken rule, before any request", async () => {
    const error = await example.run(server, structuredClone(example.guide)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InicisServerError);
    const pairs = (error as InicisServerError).issues.map((i) => [i.field, i.code]);
    expect(pairs.sort()).toEqual(example.fixes.map((f) => f.issue).sort());
    expect(standIn.requests).toHaveLength(0);
    expect((error as InicisServerError).message).not.toContain("1111111111111111");
  });
});
