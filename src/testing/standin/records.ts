// PortOne's payment records as the stand-in keeps them: built from what a payment window did, changed
// by a deposit or a refund, and described by a webhook. Pure: the clock and the random ids come in.
import type { StandInCancellation, StandInPayment, StandInPaymentBase, StandInPaymentInput, StandInPaymentMethod, StandInWebhookType } from "./types";

/** What a refused card leaves in PortOne's record (and in the window's answer). */
export const REFUSED = { code: "FAILURE_TYPE_PG", message: "[V013] 카드 한도를 초과했습니다.", pgCode: "V013", pgMessage: "카드 한도를 초과했습니다." } as const;
/** The window's answer when the buyer closes it: nothing is recorded. */
export const CLOSED = { code: "FAILURE_TYPE_PG", message: "[V801] 사용자가 결제를 취소하였습니다.", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." } as const;

const STATUSES = new Set(["READY", "PAID", "VIRTUAL_ACCOUNT_ISSUED", "FAILED", "CANCELLED"]);
const CARD: StandInPaymentMethod = { type: "PaymentMethodCard", card: { publisher: "SHINHAN", issuer: "SHINHAN", brand: "VISA", type: "CREDIT", ownerType: "PERSONAL", name: "신한카드" } };
const DAY = 24 * 3600_000;

/** What the stand-in brings to a new record. */
export interface RecordContext {
  /** The stand-in's store (the API secret's). */
  storeId: string;
  /** Now, RFC 3339. */
  at: string;
  /** A fresh random token (hex). */
  random: () => string;
  /** The total to report instead of the amount charged (see `misreportNext`). */
  reportedAmount?: number;
}

const isAmount = (n: unknown): n is number => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;

/** Refuses input PortOne's window could never leave, naming the field (a bug in the test, not a payment). */
function check(input: StandInPaymentInput): void {
  const fail = (message: string): never => {
    throw new TypeError(`PortOne stand-in: pay(${message})`);
  };
  if (typeof input?.paymentId !== "string" || input.paymentId === "") fail("{ paymentId }) needs a non-empty string");
  if (!isAmount(input.amount)) fail(`{ amount }) needs a whole number >= 0, got ${String(input.amount)}`);
  if (input.currency !== undefined && input.currency !== "KRW" && input.currency !== "USD") fail(`{ currency }) is KRW or USD, got ${String(input.currency)}`);
  if (input.status !== undefined && !STATUSES.has(input.status)) fail(`{ status }) is one of ${[...STATUSES].join(", ")}, got ${String(input.status)}`);
  if (input.channel !== undefined && input.channel !== "LIVE" && input.channel !== "TEST") fail(`{ channel }) is LIVE or TEST, got ${String(input.channel)}`);
}

/** The account PortOne "issues" for a virtual-account payment: 신한은행, three days to deposit. */
function issuedAccount(at: string, random: () => string): StandInPaymentMethod {
  const digits = String(parseInt(random().slice(0, 8), 16)).padStart(10, "0").slice(-10);
  return { type: "PaymentMethodVirtualAccount", bank: "SHINHAN", accountNumber: `5621${digits}`, accountType: "NORMAL", remitteeName: "(주)테스트상점", expiredAt: new Date(Date.parse(at) + 3 * DAY).toISOString(), issuedAt: at };
}

const STATUS_FIELDS = ["status", "paidAt", "receiptUrl", "disputes", "cancellations", "cancelledAt", "failedAt", "failure"];
/** The fields every record has, without those of its status. */
function baseOf(record: StandInPayment): StandInPaymentBase {
  const out: Record<string, unknown> = { ...record };
  for (const key of STATUS_FIELDS) delete out[key];
  return out as unknown as StandInPaymentBase;
}

const amountOf = (total: number, paid: number, cancelled = 0) => {
  const vat = Math.round(total / 11);
  return { total, taxFree: 0, vat, supply: total - vat, discount: 0, paid, cancelled, cancelledTaxFree: 0 };
};

/** A new record, as PortOne keeps a payment after its window. */
export function recordOf(input: StandInPaymentInput, ctx: RecordContext): StandInPayment {
  check(input);
  const virtual = input.payMethod === "VIRTUAL_ACCOUNT";
  const status = input.status ?? (virtual ? "VIRTUAL_ACCOUNT_ISSUED" : "PAID");
  const charged = status === "PAID" || status === "VIRTUAL_ACCOUNT_ISSUED";
  const total = charged && ctx.reportedAmount !== undefined ? ctx.reportedAmount : input.amount;
  const transactionId = input.transactionId ?? `tx-${ctx.random()}`;
  const base: StandInPaymentBase = {
    id: input.paymentId,
    transactionId,
    merchantId: "merchant-standin",
    storeId: input.storeId ?? ctx.storeId,
    method: virtual ? issuedAccount(ctx.at, ctx.random) : CARD,
    channel: { type: input.channel ?? "LIVE", id: "channel-id-standin", key: input.channelKey ?? "channel-key-standin", name: "KG이니시스", pgProvider: "INICIS_V2", pgMerchantId: "INIpayTest" },
    version: "V2",
    requestedAt: ctx.at,
    updatedAt: ctx.at,
    statusChangedAt: ctx.at,
    orderName: input.orderName ?? "테스트 주문",
    amount: amountOf(total, 0),
    currency: input.currency ?? "KRW",
    customer: { ...input.customer },
    pgTxId: `pg-${transactionId}`,
  };
  switch (status) {
    case "READY": {
      const { method: _method, pgTxId: _pgTxId, ...ready } = base;
      return { ...ready, status };
    }
    case "VIRTUAL_ACCOUNT_ISSUED":
      return { ...base, status };
    case "PAID":
      return { ...base, status, amount: amountOf(total, total), paidAt: ctx.at, receiptUrl: "http://127.0.0.1/receipt", disputes: [] };
    case "FAILED": {
      const { pgTxId: _pgTxId, ...failed } = base;
      return { ...failed, status, failedAt: ctx.at, failure: { reason: REFUSED.message, pgCode: REFUSED.pgCode, pgMessage: REFUSED.pgMessage } };
    }
    case "CANCELLED":
      return { ...base, status, amount: amountOf(total, total, total), paidAt: ctx.at, cancelledAt: ctx.at, cancellations: [refund(`cancel-${ctx.random()}`, total, "테스트 취소", ctx.at)] };
  }
}

/** The buyer's deposit: an issued account's record becomes PAID, with the same account. */
export function deposited(record: StandInPayment, at: string): StandInPayment {
  if (record.status !== "VIRTUAL_ACCOUNT_ISSUED") throw new Error(`PortOne stand-in: deposit(${record.id}) needs an issued virtual account; the record is ${record.status}`);
  const total = record.amount.total;
  return { ...record, status: "PAID", amount: amountOf(total, total), updatedAt: at, statusChangedAt: at, paidAt: at, receiptUrl: "http://127.0.0.1/receipt", disputes: [] };
}

function refund(id: string, amount: number, reason: string, at: string): StandInCancellation {
  return { status: "SUCCEEDED", id, totalAmount: amount, taxFreeAmount: 0, vatAmount: Math.round(amount / 11), reason, requestedAt: at, cancelledAt: at };
}

/** An answer of the REST API: its status and JSON body. */
export interface Answer {
  status: number;
  body: unknown;
}

const error = (status: number, type: string, message: string): Answer => ({ status, body: { type, message } });

/**
 * `POST /payments/{paymentId}/cancel` on a record, as PortOne answers it: refuses a payment that is
 * not paid, a stale `currentCancellableAmount` and an amount above the refundable rest; otherwise
 * refunds (all of the rest when `amount` is omitted) and returns the changed record.
 */
export function cancelled(record: StandInPayment, body: unknown, at: string, id: string): { answer: Answer; record?: StandInPayment } {
  const b = (typeof body === "object" && body !== null ? body : {}) as { amount?: unknown; reason?: unknown; currentCancellableAmount?: unknown };
  if (typeof b.reason !== "string" || b.reason === "") return { answer: error(400, "INVALID_REQUEST", "reason은 필수입니다.") };
  if (b.amount !== undefined && (!isAmount(b.amount) || b.amount === 0)) return { answer: error(400, "INVALID_REQUEST", "amount가 올바르지 않습니다.") };
  if (record.status !== "PAID" && record.status !== "PARTIAL_CANCELLED") {
    return { answer: error(409, record.status === "CANCELLED" ? "PAYMENT_ALREADY_CANCELLED" : "PAYMENT_NOT_PAID", "취소할 수 없는 결제입니다.") };
  }
  const cancellable = record.amount.total - record.amount.cancelled;
  if (b.currentCancellableAmount !== undefined && b.currentCancellableAmount !== cancellable) {
    return { answer: error(409, "CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN", "취소 가능 잔액 검증에 실패했습니다.") };
  }
  const amount = (b.amount as number | undefined) ?? cancellable;
  if (amount > cancellable) return { answer: error(400, "CANCEL_AMOUNT_EXCEEDS_CANCELLABLE_AMOUNT", "취소 금액이 취소 가능 금액을 초과했습니다.") };
  const cancellation = refund(id, amount, b.reason, at);
  const cancellations = [...(record.cancellations ?? []), cancellation];
  const total = record.amount.cancelled + amount;
  const changed: StandInPayment = {
    ...baseOf(record),
    ...(record.paidAt !== undefined && { paidAt: record.paidAt }),
    status: total === record.amount.total ? "CANCELLED" : "PARTIAL_CANCELLED",
    amount: { ...record.amount, cancelled: total },
    updatedAt: at,
    statusChangedAt: at,
    cancelledAt: at,
    cancellations,
  };
  return { answer: { status: 200, body: { cancellation } }, record: changed };
}

const EVENT_OF: Record<StandInPayment["status"], StandInWebhookType> = {
  READY: "Transaction.Ready",
  PAID: "Transaction.Paid",
  VIRTUAL_ACCOUNT_ISSUED: "Transaction.VirtualAccountIssued",
  FAILED: "Transaction.Failed",
  CANCELLED: "Transaction.Cancelled",
  PARTIAL_CANCELLED: "Transaction.PartialCancelled",
};

/** The webhook body PortOne sends about a record (current version, 2024-04-25): the last change's event, or `type`. */
export function webhookBody(record: StandInPayment, at: string, type: StandInWebhookType = EVENT_OF[record.status]): string {
  const data: Record<string, string> = { paymentId: record.id, storeId: record.storeId, transactionId: record.transactionId };
  const last = "cancellations" in record ? record.cancellations?.at(-1) : undefined;
  if ((type === "Transaction.Cancelled" || type === "Transaction.PartialCancelled") && last) data.cancellationId = last.id;
  return JSON.stringify({ type, timestamp: at, data });
}
