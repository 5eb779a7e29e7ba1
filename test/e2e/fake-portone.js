// Stands in for https://cdn.portone.io/v2/browser-sdk.js: defines window.PortOne, reports every
// call to the test (window.__record), and on a mobile user agent redirects like the real window.
(function () {
  var mobile = /Android|iPhone|iPad|Mobile/.test(navigator.userAgent);
  function record(kind, request) {
    if (typeof window.__record === "function") window.__record(kind, JSON.parse(JSON.stringify(request)));
  }
  function finish(request, response) {
    if (mobile && request.redirectUrl) {
      var url = new URL(request.redirectUrl);
      Object.keys(response).forEach(function (k) {
        url.searchParams.set(k, response[k]);
      });
      setTimeout(function () {
        location.href = url.toString();
      }, 50);
      return new Promise(function () {});
    }
    return Promise.resolve(response);
  }
  window.PortOne = {
    requestPayment: function (request) {
      record("requestPayment", request);
      return finish(request, { transactionType: "PAYMENT", paymentId: request.paymentId, txId: "tx-e2e-1" });
    },
    requestIssueBillingKey: function (request) {
      record("requestIssueBillingKey", request);
      return finish(request, { transactionType: "ISSUE_BILLING_KEY", billingKey: "billing-key-e2e" });
    },
    requestIssueBillingKeyAndPay: function (request) {
      record("requestIssueBillingKeyAndPay", request);
      return finish(request, { transactionType: "ISSUE_BILLING_KEY_AND_PAY", billingKey: "billing-key-e2e", paymentId: request.paymentId, txId: "tx-e2e-2" });
    },
  };
})();
