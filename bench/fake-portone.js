// window.PortOne for the benchmark: records how long after the trusted click it was invoked.
window.PortOne = {
  requestPayment: function (request) {
    window.__samples.push(performance.now() - window.__clickAt);
    return Promise.resolve({ transactionType: "PAYMENT", paymentId: request.paymentId, txId: "tx-bench" });
  },
  requestIssueBillingKey: function () {
    return Promise.resolve({ transactionType: "ISSUE_BILLING_KEY", billingKey: "billing-key-bench" });
  },
  requestIssueBillingKeyAndPay: function (request) {
    return Promise.resolve({ transactionType: "ISSUE_BILLING_KEY_AND_PAY", billingKey: "b", paymentId: request.paymentId, txId: "t" });
  },
};
