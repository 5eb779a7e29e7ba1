import { own } from "../core/collect";
import type { Flow } from "../core/types";

// The attempts that may come back by a redirect, kept in the browser's session storage so a new
// page load (the landing) can find what each was for. Plain TypeScript over a `Storage` port: the
// provider passes `sessionStorage`, tests pass a Map.

/** The part of the Web Storage API the store uses. */
export interface StoragePort {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What an attempt was for, recorded before its window opened. */
export interface AttemptRecord {
  flow: Flow;
  /** `paymentId` (payment, phone billing) or `issueId` (billing key): the attempt's id. */
  id: string;
  /** The merchant's `attemptKey`, for pages with several similar components. */
  key?: string | undefined;
  orderName?: string | undefined;
  amount?: number | undefined;
  currency?: string | undefined;
  payMethod?: string | undefined;
  /** The `verifyUrl` in force for this attempt, or false when verification was turned off. */
  verifyUrl: string | false;
  /** The `redirectUrl` sent, so the landing can tell PortOne's query keys from the page's own. */
  redirectUrl: string;
  at: number;
}

/** The attempts of this browser session that may land. */
export interface AttemptStore {
  /** Every live record, oldest first (records older than two hours are gone). */
  list(): AttemptRecord[];
  /** Records an attempt (replacing one with the same flow and id). */
  put(record: AttemptRecord): void;
  /** Removes the record of an attempt, if any. */
  drop(flow: Flow, id: string): void;
}

/** The storage key of the records. */
export const ATTEMPTS_KEY = "react-portone-inicis:attempts";
const MAX_AGE_MS = 2 * 60 * 60 * 1000;
const MAX_RECORDS = 20;
const FLOWS: Record<Flow, true> = { payment: true, billingKey: true, phoneBilling: true };

function valid(a: unknown, now: number): a is AttemptRecord {
  const r = a as AttemptRecord;
  return (
    typeof a === "object" &&
    a !== null &&
    typeof r.id === "string" &&
    typeof r.redirectUrl === "string" &&
    (typeof r.verifyUrl === "string" || r.verifyUrl === false) &&
    typeof r.at === "number" &&
    now - r.at < MAX_AGE_MS &&
    own(FLOWS, r.flow) === true
  );
}

/**
 * The attempt store over a storage port (none, or one that throws, as in some private modes:
 * nothing is recorded, and a landing is then reported as unmatched).
 */
export function createAttemptStore(storage: () => StoragePort | null, now: () => number = Date.now): AttemptStore {
  const read = (): AttemptRecord[] => {
    try {
      const list: unknown = JSON.parse(storage()?.getItem(ATTEMPTS_KEY) ?? "[]");
      const t = now();
      return Array.isArray(list) ? list.filter((a): a is AttemptRecord => valid(a, t)) : [];
    } catch {
      return [];
    }
  };
  const write = (list: AttemptRecord[]): void => {
    try {
      storage()?.setItem(ATTEMPTS_KEY, JSON.stringify(list.slice(-MAX_RECORDS)));
    } catch {
      // storage refused (private mode, quota): the landing then reports REDIRECT_UNMATCHED
    }
  };
  const other = (flow: Flow, id: string) => (a: AttemptRecord) => a.flow !== flow || a.id !== id;
  return {
    list: read,
    put: (record) => write([...read().filter(other(record.flow, record.id)), record]),
    drop: (flow, id) => {
      const list = read();
      const kept = list.filter(other(flow, id));
      if (kept.length !== list.length) write(kept);
    },
  };
}
