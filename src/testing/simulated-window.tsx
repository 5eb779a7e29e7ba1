import { useState, useSyncExternalStore, type CSSProperties, type ReactNode } from "react";
import { INICIS_PAY_METHOD_NAMES, payMethodRule, type InicisPayMethod } from "../core/pay-methods";
import { formatAmount } from "../core/ui-text";

/** The pay method as the table names it: `신용카드 (CARD)`. */
const methodName = (method: unknown): string => (payMethodRule(method) ? `${INICIS_PAY_METHOD_NAMES[method as InicisPayMethod].ko} (${String(method)})` : String(method));
import type { SandboxCall, SandboxDecision } from "./sandbox";

interface Pending {
  id: number;
  call: SandboxCall;
  resolve: (d: SandboxDecision) => void;
}

/** Drives {@link SimulatedPaymentWindow}: pass its `decide` to `createSandboxSdk({ decide })`. */
export interface SimulatedWindowController {
  /** Shows the request in the simulated window and resolves when the person decides. */
  decide: (call: SandboxCall) => Promise<SandboxDecision>;
  /** The call on screen, if any. */
  current: () => Pending | null;
  subscribe: (listener: () => void) => () => void;
  /** Answers the call on screen (for scripted demos). */
  answer: (decision: SandboxDecision) => void;
}

/** Creates the controller of an on-screen simulated Inicis window. */
export function createSimulatedWindow(): SimulatedWindowController {
  const queue: Pending[] = [];
  const listeners = new Set<() => void>();
  let nextId = 1;
  const emit = () => listeners.forEach((l) => l());
  const controller: SimulatedWindowController = {
    decide: (call) =>
      new Promise<SandboxDecision>((resolve) => {
        queue.push({ id: nextId++, call, resolve });
        emit();
      }),
    current: () => queue[0] ?? null,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer: (decision) => {
      const head = queue.shift();
      if (head) {
        head.resolve(decision);
        emit();
      }
    },
  };
  return controller;
}


const box: CSSProperties = {
  position: "fixed",
  inset: 0,
  display: "grid",
  placeItems: "center",
  background: "rgb(0 0 0 / .5)",
  zIndex: 2147483000,
  fontFamily: "system-ui, sans-serif",
};
const panel: CSSProperties = { width: "min(94vw, 380px)", background: "#fff", color: "#222", borderRadius: 8, overflow: "hidden", boxShadow: "0 12px 40px rgb(0 0 0 / .35)" };
const head: CSSProperties = { background: "#c62828", color: "#fff", padding: "12px 16px", fontWeight: 700 };
const row: CSSProperties = { display: "flex", justifyContent: "space-between", gap: 12, padding: "4px 0", fontSize: 14 };
const label: CSSProperties = { flexShrink: 0, whiteSpace: "nowrap" };
const btn = (bg: string, color = "#fff"): CSSProperties => ({ flex: 1, minHeight: 40, border: 0, borderRadius: 6, background: bg, color, fontWeight: 600, cursor: "pointer" });

/**
 * An on-screen stand-in for the KG Inicis window, for demos and Storybook: shows the request's key
 * facts (method, amount, order name, buyer, and the Inicis options this window's module received:
 * the PC or mobile keys of the bypass, whichever window opened) and lets the person
 * approve, fail with a PG code and message, or cancel. Nothing leaves the page.
 */
export function SimulatedPaymentWindow({ controller }: { controller: SimulatedWindowController }): ReactNode {
  const pending = useSyncExternalStore(controller.subscribe, controller.current, () => null);
  return pending ? <WindowBody key={pending.id} controller={controller} pending={pending} /> : null;
}

function WindowBody({ controller, pending }: { controller: SimulatedWindowController; pending: Pending }): ReactNode {
  const [pgCode, setPgCode] = useState("V013");
  const [pgMessage, setPgMessage] = useState("카드 한도초과");
  const { call } = pending;
  const r = call.request as unknown as Record<string, unknown>;
  const customer = (r.customer ?? {}) as Record<string, string | undefined>;
  const received = Object.entries(call.received);
  const method =
    call.flow === "payment" ? methodName(r.payMethod) : call.flow === "billingKey" ? "카드 빌링키 (CARD)" : "휴대폰 빌링키 + 결제 (MOBILE)";
  const amount = typeof r.totalAmount === "number" ? formatAmount(r.totalAmount, String(r.currency ?? "KRW")) : typeof r.displayAmount === "number" ? formatAmount(r.displayAmount, String(r.currency ?? "KRW")) : "—";
  const buyer = customer.fullName ?? ([customer.lastName, customer.firstName].filter(Boolean).join(" ") || "—");
  const titleId = `sim-window-title-${pending.id}`;
  return (
    <div style={box}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId} style={panel} data-testid="simulated-window" data-device={call.device}>
        <div style={head} id={titleId}>
          KG이니시스 결제창 (시뮬레이션 · {call.device === "mobile" ? "모바일" : "PC"})
        </div>
        <div style={{ padding: 16 }}>
          <div style={row}>
            <span style={label}>결제수단</span>
            <strong data-testid="sim-method">{method}</strong>
          </div>
          <div style={row}>
            <span style={label}>금액</span>
            <strong data-testid="sim-amount">{amount}</strong>
          </div>
          <div style={row}>
            <span style={label}>주문명</span>
            <span data-testid="sim-order">{String(r.orderName ?? r.issueName ?? "—")}</span>
          </div>
          <div style={row}>
            <span style={label}>구매자</span>
            <span data-testid="sim-buyer" style={{ textAlign: "right" }}>
              {buyer} · {customer.phoneNumber ?? "—"} · {customer.email ?? "—"}
            </span>
          </div>
          <div style={row}>
            <span style={label} id={`${titleId}-options`}>
              받은 옵션
            </span>
            <ul data-testid="sim-bypass" aria-labelledby={`${titleId}-options`} style={{ margin: 0, padding: 0, listStyle: "none", fontSize: 12, textAlign: "right", overflowWrap: "anywhere" }}>
              {received.length > 0 ? (
                received.map(([key, value]) => (
                  <li key={key}>
                    <code>
                      {key}: {Array.isArray(value) ? value.join(", ") : String(value)}
                    </code>
                  </li>
                ))
              ) : (
                <li>—</li>
              )}
            </ul>
          </div>
          <fieldset style={{ margin: "12px 0", border: "1px solid #ddd", borderRadius: 6, display: "grid", gap: 6 }}>
            <legend style={{ fontSize: 13 }}>실패 응답</legend>
            <label style={{ display: "grid", fontSize: 13 }}>
              PG 코드
              <input value={pgCode} onChange={(e) => setPgCode(e.target.value)} />
            </label>
            <label style={{ display: "grid", fontSize: 13 }}>
              PG 메시지
              <input value={pgMessage} onChange={(e) => setPgMessage(e.target.value)} />
            </label>
          </fieldset>
          <div style={{ display: "flex", gap: 8 }}>
            <button type="button" style={btn("#1b64da")} onClick={() => controller.answer("success")}>
              승인
            </button>
            <button type="button" style={btn("#b3261e")} onClick={() => controller.answer({ result: "failure", pgCode, pgMessage })}>
              실패
            </button>
            <button type="button" style={btn("#eee", "#222")} onClick={() => controller.answer("cancel")}>
              취소
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
