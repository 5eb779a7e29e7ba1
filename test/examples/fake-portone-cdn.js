// Stands in for https://cdn.portone.io/v2/browser-sdk.js in the example apps' end-to-end run
// (routed in by Playwright; __STANDIN__ is replaced with the PortOne REST stand-in's address).
// Behaves like the real script on both devices:
// - PC: opens an in-page "payment window" (pay / refuse / close) and resolves the promise with
//   PortOne's response shape; a failure resolves too, with `code`.
// - mobile (decided from the user agent, like the real script) or forceRedirect: leaves the page
//   for the stand-in's payment page, which comes back to `redirectUrl` with the result in the
//   query; the promise never settles.
// A paid (or refused) attempt is recorded with the stand-in so GET /payments/{id} can find it; a
// VIRTUAL_ACCOUNT payment "paid" in the window is an issued account awaiting the deposit
// (VIRTUAL_ACCOUNT_ISSUED), as with the real window: the promise resolves the same way.
(function () {
  var STANDIN = "__STANDIN__";
  var mobile = /Android|iPhone|iPad|iPod|Mobile/i.test(navigator.userAgent);

  function report(kind, request) {
    if (typeof window.__record === "function") window.__record(kind, JSON.parse(JSON.stringify(request)));
  }

  function txId() {
    return "tx-" + Math.random().toString(36).slice(2, 12);
  }

  function channelType(request) {
    return /live/i.test(String(request.channelKey || "")) ? "LIVE" : "TEST";
  }

  function paidStatus(request) {
    return request.payMethod === "VIRTUAL_ACCOUNT" ? "VIRTUAL_ACCOUNT_ISSUED" : "PAID";
  }

  function record(request, status, tx) {
    return fetch(STANDIN + "/__control/payments", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        id: request.paymentId,
        transactionId: tx,
        storeId: request.storeId,
        channelKey: request.channelKey,
        channel: channelType(request),
        orderName: request.orderName,
        amount: request.totalAmount,
        currency: request.currency,
        payMethod: request.payMethod,
        customer: request.customer || {},
        status: status,
      }),
    }).then(function (r) {
      if (!r.ok) throw new Error("the stand-in refused the record: " + r.status);
    });
  }

  var REFUSED = { code: "FAILURE_TYPE_PG", message: "[V013] 카드 한도를 초과했습니다.", pgCode: "V013", pgMessage: "카드 한도를 초과했습니다." };
  var CLOSED = { code: "FAILURE_TYPE_PG", message: "[V801] 사용자가 결제를 취소하였습니다.", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." };

  function result(kind, request, choice, tx) {
    var base = { transactionType: kind === "requestPayment" ? "PAYMENT" : kind === "requestIssueBillingKey" ? "ISSUE_BILLING_KEY" : "ISSUE_BILLING_KEY_AND_PAY" };
    if (request.paymentId) base.paymentId = request.paymentId;
    base.txId = tx;
    if (kind !== "requestPayment" && choice === "pay") base.billingKey = "billing-key-" + tx;
    var failure = choice === "refuse" ? REFUSED : choice === "close" ? CLOSED : null;
    if (failure) for (var k in failure) base[k] = failure[k];
    return base;
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
          var recorded = kind === "requestIssueBillingKey" || choice === "close" ? Promise.resolve() : record(request, choice === "pay" ? paidStatus(request) : "FAILED", tx);
          recorded.then(
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
    var url = new URL(STANDIN + "/__pg");
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
