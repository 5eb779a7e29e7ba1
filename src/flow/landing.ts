import { currencyCode } from "../core/checks";
import { failureOutcome, readRedirectQuery, toOutcome, type Outcome } from "../core/outcome";
import { splitLanding } from "../core/redirect";
import type { Flow } from "../core/types";
import type { AttemptRecord, AttemptStore } from "./store";
import { verifyOutcome } from "./verify";

// The landing router: on the page a redirecting window came back to, PortOne's result is read
// once, matched to the attempt this browser recorded by what it was for, verified as that attempt
// asked, and delivered once to the component that owns it, whenever that component mounts. The
// page's observers (`onRedirectResult`, `usePaymentRedirect`) see the final outcome without taking
// it from its component; a landing no recorded attempt matches goes to them at once.

/** What a component is about to ask for: its flow and, when it knows it, its request's summary. */
export interface RequestSummary {
  orderName?: string | undefined;
  amount?: number | undefined;
  currency?: string | undefined;
}

/** A landing's news for the component that owns it. */
export type LandingEvent = { type: "verifying" } | { type: "outcome"; outcome: Outcome };

/** A mounted component that may own a landing. */
export interface Claimant {
  flow: Flow;
  /** The merchant's `attemptKey`, if any. */
  key: () => string | undefined;
  /** The component's current request, or null when it cannot say (a hook with no request yet). */
  summary: () => RequestSummary | null;
  deliver: (event: LandingEvent) => void;
}

/** The page's side of the router: who is mounted, and who observes final outcomes. */
export interface LandingHub {
  claimants: () => Iterable<Claimant>;
  /** Every landing's final outcome, once. */
  observe: (outcome: Outcome) => void;
}

/** The browser parts the router reads and writes. */
export interface LandingPage {
  search: string;
  /** Replaces the address bar's query (the page's own keys stay, PortOne's go). */
  replaceSearch: (search: string) => void;
}

/** A running landing: tell it when components mount, unmount or change their request. */
export interface LandingRouter {
  /** Matches again (a component mounted, unmounted or changed its request). */
  changed: () => void;
}


/** The claimant that owns a recorded attempt: by key, else the one whose request matches, else the one that cannot say. */
export function findOwner(record: AttemptRecord, claimants: Iterable<Claimant>): Claimant | null {
  const same = [...claimants].filter((c) => c.flow === record.flow);
  if (record.key !== undefined) return same.find((c) => c.key() === record.key) ?? null;
  const free = same.filter((c) => c.key() === undefined);
  const matching = free.filter((c) => {
    const s = c.summary();
    return s !== null && s.orderName === record.orderName && s.amount === record.amount && currencyCode(s.currency) === currencyCode(record.currency);
  });
  if (matching.length === 1) return matching[0]!;
  const silent = free.filter((c) => c.summary() === null);
  return matching.length === 0 && silent.length === 1 && free.length === 1 ? silent[0]! : null;
}

/** The recorded attempt a landing belongs to, if any. */
function findRecord(flow: Flow, query: { paymentId: string | undefined; issueId: string | undefined }, records: AttemptRecord[]): AttemptRecord | undefined {
  const same = records.filter((r) => r.flow === flow);
  // a billing-key landing carries the billing key, not the issue id: the latest billing-key attempt is the one
  const found = flow === "billingKey" ? same.filter((r) => query.issueId === undefined || r.id === query.issueId) : same.filter((r) => r.id === query.paymentId);
  return found.pop();
}

/**
 * Starts routing the landing on this page. Returns null when the page is not PortOne's landing.
 * The address bar loses PortOne's keys at once; the record is taken out of the store, so a
 * reload or the same URL opened again delivers nothing a second time.
 */
export function routeLanding(page: LandingPage, store: AttemptStore, hub: LandingHub): LandingRouter | null {
  const first = splitLanding(page.search);
  const guess = readRedirectQuery(first.result);
  if (!guess) return null;
  const records = store.list();
  const record = findRecord(guess.flow, guess, records);
  // with the record's redirectUrl, PortOne's keys are exactly what it added (the page's own `code` stays)
  const { result, rest } = record ? splitLanding(page.search, record.redirectUrl) : first;
  const query = (record && readRedirectQuery(result)) || guess;
  const search = rest.toString();
  page.replaceSearch(search ? `?${search}` : "");

  if (!record) {
    const flow: Flow = query.flow;
    hub.observe(
      failureOutcome(flow, "REDIRECT_UNMATCHED", "This page was opened with a payment result that no attempt in this browser started; check the order on your server.", {
        paymentId: query.paymentId,
        billingKey: query.billingKey,
      }),
    );
    return { changed: () => undefined };
  }
  store.drop(record.flow, record.id);

  let verifying = false;
  let final: Outcome | null = null;
  let owner: Claimant | null = null;
  let delivered = false;
  const route = (): void => {
    if (delivered) return;
    const found = findOwner(record, hub.claimants());
    if (found !== owner) {
      owner = found;
      if (owner && verifying) owner.deliver({ type: "verifying" });
    }
    if (owner && final) {
      delivered = true;
      owner.deliver({ type: "outcome", outcome: final });
    }
  };

  const ids = record.flow === "billingKey" ? { issueId: record.id } : { paymentId: record.id };
  const outcome = toOutcome(record.flow, query.response, ids);
  const expected = record.amount !== undefined ? { amount: record.amount, currency: record.currency } : undefined;
  void verifyOutcome(
    outcome,
    record.verifyUrl,
    expected,
    () => {
      verifying = true;
      route();
    },
    record.payMethod,
  ).then((settled) => {
    final = settled;
    hub.observe(settled);
    route();
  });
  return { changed: route };
}
