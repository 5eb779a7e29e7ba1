// The fake of PortOne's browser script (https://cdn.portone.io/v2/browser-sdk.js), kept as text:
// a browser test serves it in place of the real script, so it must be plain ES5 that runs as is.
// It behaves as PortOne's script does, never as this library assumes:
// - a desktop user agent gets an in-page "payment window" (pay / refuse / close); the promise
//   resolves with PortOne's response shape, a failure too (with `code`);
// - a mobile user agent (PortOne's own plain user-agent test) or `forceRedirect: true` leaves the
//   page for the stand-in's payment page, which comes back to `redirectUrl` with the result in
//   the query; the promise never settles;
// - what the window ended with is recorded at the stand-in first, so the merchant's server finds
//   the payment there (a VIRTUAL_ACCOUNT payment becomes an issued account awaiting its deposit).
const SCRIPT = `(function () {
  var STAND_IN = __STAND_IN_URL__;
  var mobile = /Android|iPhone|iPad|iPod|Mobile/i.test(navigator.userAgent);
  var REFUSED = { code: "FAILURE_TYPE_PG", message: "[V013] 카드 한도를 초과했습니다.", pgCode: "V013", pgMessage: "카드 한도를 초과했습니다." };
  var CLOSED = { code: "FAILURE_TYPE_PG", message: "[V801] 사용자가 결제를 취소하였습니다.", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." };
  var TRANSACTION = { requestPayment: "PAYMENT", requestIssueBillingKey: "ISSUE_BILLING_KEY", requestIssueBillingKeyAndPay: "ISSUE_BILLING_KEY_AND_PAY" };

  function copy(request) {
    return JSON.parse(JSON.stringify(request));
  }

  function report(kind, request) {
    if (typeof window.__fakePortOneCall === "function") window.__fakePortOneCall(kind, copy(request));
  }

  function txId() {
    return "tx-" + Math.random().toString(36).slice(2, 12);
  }

  function recordEnd(kind, request, choice, tx) {
    return fetch(STAND_IN + "/__control/payments", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: kind, request: copy(request), choice: choice, transactionId: tx }),
    }).then(function (r) {
      if (!r.ok) throw new Error("the PortOne stand-in refused the record: " + r.status);
    });
  }

  function result(kind, request, choice, tx) {
    var out = { transactionType: TRANSACTION[kind] };
    if (request.paymentId) out.paymentId = request.paymentId;
    out.txId = tx;
    if (kind !== "requestPayment" && choice === "pay") out.billingKey = "billing-key-" + tx;
    var failure = choice === "refuse" ? REFUSED : choice === "close" ? CLOSED : null;
    if (failure) for (var k in failure) out[k] = failure[k];
    return out;
  }

  function pcWindow(kind, request) {
    return new Promise(function (resolve) {
      var overlay = document.createElement("div");
      overlay.setAttribute("role", "dialog");
      overlay.setAttribute("aria-label", "KG이니시스 결제창 (fake)");
      overlay.setAttribute("data-fake-portone", kind);
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.4);display:flex;align-items:center;justify-content:center";
      var box = document.createElement("div");
      box.style.cssText = "background:#fff;padding:16px;border-radius:8px;font:14px system-ui;display:grid;gap:8px";
      var title = document.createElement("p");
      title.textContent = (request.orderName || request.issueName || "") + " " + (request.totalAmount != null ? request.totalAmount + " " + (request.currency || "") : "");
      box.appendChild(title);
      ["pay", "refuse", "close"].forEach(function (choice) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = "fake: " + choice;
        button.onclick = function () {
          var tx = txId();
          recordEnd(kind, request, choice, tx).then(
            function () {
              overlay.remove();
              resolve(result(kind, request, choice, tx));
            },
            function (error) {
              overlay.remove();
              resolve({ code: "FAKE_RECORD_FAILED", message: String(error) });
            },
          );
        };
        box.appendChild(button);
      });
      overlay.appendChild(box);
      document.body.appendChild(overlay);
    });
  }

  function redirectOut(kind, request) {
    if (!request.redirectUrl) return Promise.reject(new Error("[fake PortOne] a redirection window needs redirectUrl"));
    var url = new URL(STAND_IN + "/__pg");
    url.searchParams.set("kind", kind);
    url.searchParams.set("request", JSON.stringify(request));
    setTimeout(function () {
      location.href = url.toString();
    }, 30);
    return new Promise(function () {});
  }

  function call(kind) {
    return function (request) {
      report(kind, request);
      if (mobile || request.forceRedirect === true) return redirectOut(kind, request);
      return pcWindow(kind, request);
    };
  }

  window.PortOne = {
    requestPayment: call("requestPayment"),
    requestIssueBillingKey: call("requestIssueBillingKey"),
    requestIssueBillingKeyAndPay: call("requestIssueBillingKeyAndPay"),
  };
})();
`;

/** Options of {@link fakePortOneScript}. */
export interface FakePortOneScriptOptions {
  /** The REST stand-in's address (`standIn.url` of `createPortOneStandIn`), where the fake window records payments. */
  standInUrl: string;
}

/**
 * The text of a fake `https://cdn.portone.io/v2/browser-sdk.js` for browser end-to-end tests: serve
 * it in place of PortOne's script and the real adapter opens a fake KG Inicis window. On a desktop
 * user agent it shows an in-page window with three buttons, "fake: pay", "fake: refuse" and
 * "fake: close"; on a mobile one (or with `forceRedirect`) it leaves for the stand-in's payment page
 * with the same buttons, which comes back to your `redirectUrl` as PortOne's redirection does. A
 * paid or refused window is recorded at the stand-in first, so your server's verification finds it.
 * A page that defines `window.__fakePortOneCall(kind, request)` (Playwright:
 * `context.exposeFunction("__fakePortOneCall", ...)`) hears of every call with its request.
 * `standIn.browserScript` is this script for a running stand-in.
 */
export function fakePortOneScript(options: FakePortOneScriptOptions): string {
  const url = new URL(options.standInUrl);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`fakePortOneScript: standInUrl must be http(s), got ${options.standInUrl}`);
  return SCRIPT.replace("__STAND_IN_URL__", JSON.stringify(url.origin));
}
