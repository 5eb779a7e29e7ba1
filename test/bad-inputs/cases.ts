// The bad-input corpus: realistic mistakes and attacks, each with the field its message must name.
import type { InicisOptions } from "../../src/core/bypass";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "../../src/core/inputs";
import type { Device } from "../../src/core/types";

const MB = "x".repeat(1024 * 1024);
const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const card: PaymentInput = { payMethod: "CARD", orderName: "주문", totalAmount: 1000, customer };
const phone: PhoneBillingInput = { orderName: "구독", totalAmount: 9900, productType: "DIGITAL", customer, offerPeriod: { interval: "1m" } };
const billing: BillingKeyInput = { issueName: "카드 등록", customer, offerPeriod: { interval: "1m" } };

export type Flow = "payment" | "phoneBilling" | "billingKey";
export type BrowserCase = { name: string; flow: Flow; device: Device; input: PaymentInput | PhoneBillingInput | BillingKeyInput; field: string; context?: { storeId?: string; channelKey?: string } };
export type BypassCase = { name: string; options: InicisOptions; device: Device; field: string };
export type ServerCase = { name: string; call: string; input: Record<string, unknown>; field: string };

const browser: BrowserCase[] = [];
const add = (flow: Flow, device: Device, name: string, patch: Record<string, unknown>, field: string) => {
  const base = flow === "payment" ? card : flow === "phoneBilling" ? phone : billing;
  browser.push({ name: `${flow}/${device}: ${name}`, flow, device, input: { ...base, ...patch } as BrowserCase["input"], field });
};

// ids: Hangul, too long, spaces, symbols, control characters, empty
const badIds: [string, unknown][] = [
  ["Hangul id", "주문-1"],
  ["41-character id", "x".repeat(41)],
  ["100-character id", "p".repeat(100)],
  ["id with a space", "pay 1"],
  ["id with a newline", "pay\n1"],
  ["id with ♤", "♤pay"],
  ["id with an emoji", "pay-💳"],
  ["empty id", ""],
  ["seed's payment+uuid (43 chars)", `payment${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}`],
];
for (const [name, id] of badIds) {
  add("payment", "pc", name, { paymentId: id }, "paymentId");
  add("phoneBilling", "pc", name, { paymentId: id }, "paymentId");
  add("billingKey", "pc", name, { issueId: id }, "issueId");
}

// amounts
const badAmounts: [string, unknown][] = [
  ["negative amount", -1000],
  ["zero amount", 0],
  ["fractional amount", 10.5],
  ["NaN amount", Number.NaN],
  ["Infinity amount", Number.POSITIVE_INFINITY],
  ["-Infinity amount", Number.NEGATIVE_INFINITY],
  ["string amount", "1000"],
  ["unsafe integer amount", 2 ** 53],
  ["null amount", null],
  ["1e21 amount", 1e21],
];
for (const [name, amount] of badAmounts) {
  add("payment", "pc", name, { totalAmount: amount }, "totalAmount");
  add("phoneBilling", "mobile", name, { totalAmount: amount }, "totalAmount");
}
for (const [name, amount] of badAmounts.slice(0, 7)) add("billingKey", "pc", name.replace("amount", "display amount"), { displayAmount: amount }, "displayAmount");

// currencies
for (const method of ["TRANSFER", "VIRTUAL_ACCOUNT", "GIFT_CERTIFICATE", "MOBILE", "EASY_PAY"] as const) {
  add("payment", "pc", `USD for ${method}`, { payMethod: method, currency: "USD", productType: "DIGITAL", giftCertificate: { giftCertificateType: "CULTURELAND" } }, "currency");
}
add("payment", "pc", "EUR for a card", { currency: "EUR" }, "currency");
add("phoneBilling", "pc", "USD for phone billing", { currency: "USD" }, "currency");
add("billingKey", "pc", "JPY display currency", { currency: "JPY" }, "currency");
add("billingKey", "mobile", "USD display currency on mobile", { currency: "USD" }, "currency");

// buyer e-mail, names, phone
const badEmails: [string, string][] = [
  ["e-mail with +", "kim+shop@example.com"],
  ["e-mail with _", "kim_pay@example.com"],
  ["e-mail with -", "kim-pay@example.com"],
  ["e-mail without a domain dot", "kim@example"],
  ["e-mail without a local part", "@example.com"],
  ["1 MB e-mail", `${MB}@example.com`],
];
for (const [name, email] of badEmails) {
  add("payment", "pc", name, { customer: { ...customer, email } }, "customer.email");
  add("phoneBilling", "mobile", name, { customer: { ...customer, email } }, "customer.email");
  add("billingKey", "pc", name, { customer: { ...customer, email } }, "customer.email");
}
add("payment", "pc", "1 MB name", { customer: { ...customer, fullName: MB } }, "customer.fullName");
add("payment", "pc", "31-byte name", { customer: { ...customer, fullName: "가".repeat(11) } }, "customer.fullName");
add("payment", "pc", "fullName and firstName both", { customer: { ...customer, firstName: "길동", lastName: "홍" } }, "customer.fullName");
add("payment", "mobile", "firstName without lastName", { customer: { firstName: "길동" } }, "customer.lastName");
add("payment", "pc", "phone with letters", { customer: { ...customer, phoneNumber: "010-ABCD-5678" } }, "customer.phoneNumber");
add("phoneBilling", "mobile", "missing phone on mobile", { customer: { fullName: "홍길동", email: "a@b.co" } }, "customer.phoneNumber");
add("payment", "pc", "missing e-mail on PC", { customer: { fullName: "홍길동", phoneNumber: "01012345678" } }, "customer.email");
add("billingKey", "pc", "missing name on PC", { customer: { phoneNumber: "01012345678", email: "a@b.co" } }, "customer.fullName");

// 1 MB strings elsewhere
add("payment", "pc", "1 MB order name", { orderName: MB }, "orderName");
add("phoneBilling", "pc", "1 MB order name", { orderName: MB }, "orderName");
add("billingKey", "pc", "1 MB issue name", { issueName: MB }, "issueName");
add("payment", "mobile", "1 MB redirectUrl", { redirectUrl: `https://shop.example/${MB}` }, "redirectUrl");
add("payment", "mobile", "javascript: redirectUrl", { redirectUrl: "javascript:alert(1)" }, "redirectUrl");

// offer periods
for (const flow of ["phoneBilling", "billingKey"] as const) {
  add(flow, "mobile", "missing offerPeriod on mobile", { offerPeriod: undefined }, "offerPeriod");
  for (const interval of ["2m", "30d", "1w", "", "1M"]) add(flow, "pc", `interval ${JSON.stringify(interval)}`, { offerPeriod: { interval } }, "offerPeriod");
  add(flow, "pc", "range with from after to", { offerPeriod: { range: { from: "2027-01-01T00:00:00+09:00", to: "2026-01-01T00:00:00+09:00" } } }, "offerPeriod");
  add(flow, "pc", "range with from only", { offerPeriod: { range: { from: "2027-01-01T00:00:00+09:00" } } }, "offerPeriod");
  add(flow, "pc", "range of garbage dates", { offerPeriod: { range: { from: "yesterday", to: "tomorrow" } } }, "offerPeriod");
  add(flow, "pc", "range and interval both", { offerPeriod: { range: { from: "2026-01-01", to: "2026-02-01" }, interval: "1m" } }, "offerPeriod");
}

// pay-method rules
add("payment", "mobile", "gift certificate without type on mobile", { payMethod: "GIFT_CERTIFICATE" }, "giftCertificate.giftCertificateType");
add("payment", "pc", "gift certificate Inicis does not sell", { payMethod: "GIFT_CERTIFICATE", giftCertificate: { giftCertificateType: "CULTURE_GIFT" } }, "giftCertificate.giftCertificateType");
add("payment", "pc", "phone micropayment without productType", { payMethod: "MOBILE" }, "productType");
add("phoneBilling", "pc", "server-side productType spelling", { productType: "PHYSICAL" }, "productType");
add("payment", "pc", "TOSS_BANK card", { card: { cardCompany: "TOSS_BANK" } }, "card.cardCompany");
add("payment", "pc", "availableMonthList with a direct card call", { card: { cardCompany: "BC_CARD", installment: { monthOption: { availableMonthList: [2, 3] } } } }, "card.installment.monthOption.availableMonthList");
add("payment", "pc", "easy pay Inicis does not offer", { payMethod: "EASY_PAY", easyPay: { easyPayProvider: "CHAI" } }, "easyPay.easyPayProvider");
add("payment", "pc", "PayPal through Inicis", { payMethod: "PAYPAL" }, "payMethod");
add("payment", "pc", "negative VAT", { vatAmount: -10 }, "vatAmount");

// options smuggled through the payment's inicis prop
add("payment", "pc", "javascript: logo in props", { inicis: { logoUrl: "javascript:alert(document.cookie)" } }, "inicis.logoUrl");
add("payment", "pc", "SKIN smuggling in props", { inicis: { skinColor: "#fff):ocb" } }, "inicis.skinColor");
add("payment", "pc", "__proto__ in inicis props", { inicis: JSON.parse('{"__proto__": {"polluted": true}}') as InicisOptions }, "inicis.__proto__");
add("payment", "pc", "constructor in inicis props", { inicis: JSON.parse('{"constructor": {"prototype": {}}}') as InicisOptions }, "inicis.constructor");
// the name is required on both devices (issue 10, item 1)
add("payment", "mobile", "missing name on mobile", { customer: { phoneNumber: "01012345678", email: "a@b.co" } }, "customer.fullName");
add("payment", "mobile", "no customer at all on mobile", { customer: undefined }, "customer.fullName");
add("payment", "mobile", "blank name on mobile", { customer: { fullName: "   " } }, "customer.fullName");
add("billingKey", "mobile", "missing name on mobile", { customer: { email: "a@b.co" } }, "customer.fullName");
add("phoneBilling", "mobile", "missing name on mobile", { customer: { phoneNumber: "01012345678", email: "a@b.co" } }, "customer.fullName");

// phone numbers that cannot be Korean (issue 10, item 4)
add("payment", "pc", "US phone number", { customer: { ...customer, phoneNumber: "+1 555 123 4567" } }, "customer.phoneNumber");
add("phoneBilling", "mobile", "13-digit phone number", { customer: { ...customer, phoneNumber: "9990101234567" } }, "customer.phoneNumber");

// the guide's raw bypass (issue 10, items 2 and 3)
const raw = (inicis_v2: unknown) => ({ bypass: { inicis_v2 } });
for (const device of ["pc", "mobile"] as const) {
  add("payment", device, "raw bypass with the guide's typo P_NMANE", raw({ P_NMANE: "포트원" }), "bypass.inicis_v2.P_NMANE");
  add("payment", device, "raw bypass with an unknown acceptmethod entry", raw({ acceptmethod: ["below1000", "ocb:x"] }), "bypass.inicis_v2.acceptmethod[1]");
  add("payment", device, "raw bypass with an unknown P_RESERVED entry", raw({ P_RESERVED: ["noeasypay=Y", "below1000=N"] }), "bypass.inicis_v2.P_RESERVED[1]");
  add("payment", device, "raw bypass with acceptmethod as one string", raw({ acceptmethod: "below1000:ocb" }), "bypass.inicis_v2.acceptmethod");
  add("payment", device, "raw bypass with a javascript: logo", raw({ logo_url: "javascript:alert(1)" }), "bypass.logoUrl");
  add("payment", device, "raw bypass with SKIN smuggling", raw({ acceptmethod: ["SKIN(#fff):ocb"] }), "bypass.inicis_v2.acceptmethod[0]");
  add("payment", device, "raw bypass with a SKIN that is no colour", raw({ acceptmethod: ["SKIN(#fff)"] }), "bypass.skinColor");
  add("payment", device, "raw bypass with a __proto__ key", raw(JSON.parse('{"__proto__": {"logo_url": "javascript:alert(1)"}}')), "bypass.inicis_v2.__proto__");
  add("payment", device, "raw bypass for another PG", { bypass: { nice_v2: { x: 1 } } }, "bypass.nice_v2");
  add("payment", device, "raw bypass that is a string", { bypass: "inicis_v2" }, "bypass");
  add("payment", device, "raw bypass with inicis_v2 as a list", raw(["below1000"]), "bypass.inicis_v2");
  add("payment", device, "raw carduse on a payment", raw({ carduse: "percard" }), "bypass.inicis_v2.carduse");
  add("billingKey", device, "raw billing-key bypass with an unknown key", raw({ carduse: "percard", P_MNAME: "x" }), "bypass.inicis_v2.P_MNAME");
  add("billingKey", device, "raw carduse that is neither percard nor cocard", raw({ carduse: "family" }), "bypass.cardUse");
  // per-device groups
  add("payment", device, "unknown key in the pc group", { inicis: { pc: { logo: "https://x.example/l.png" } } }, "inicis.pc.logo");
  add("payment", device, "unknown key in the mobile group", { inicis: { mobile: { P_MNAME: "포트원" } } }, "inicis.mobile.P_MNAME");
  add("payment", device, "pc group that is a string", { inicis: { pc: "acceptmethod=ocb" } }, "inicis.pc");
  add("payment", device, "mobile group that is a list", { inicis: { mobile: ["noeasypay=Y"] } }, "inicis.mobile");
  add("payment", device, "javascript: logo in the pc group", { inicis: { pc: { logoUrl: "javascript:alert(1)" } } }, "inicis.pc.logoUrl");
  add("payment", device, "__proto__ in the mobile group", { inicis: { mobile: JSON.parse('{"__proto__": {"merchantName": "x"}}') } }, "inicis.mobile.__proto__");
}
// phone billing has no Inicis bypass at all
for (const device of ["pc", "mobile"] as const) {
  add("phoneBilling", device, "bypass on phone billing", raw({ P_MNAME: "포트원" }), "bypass");
  add("phoneBilling", device, "empty bypass on phone billing", { bypass: {} }, "bypass");
  add("phoneBilling", device, "inicis on phone billing", { inicis: { hideEasyPay: true } }, "inicis");
}

browser.push({ name: "payment/pc: no channel key anywhere", flow: "payment", device: "pc", input: card, field: "channelKey", context: { channelKey: "" } });
browser.push({ name: "payment/pc: no store id", flow: "payment", device: "pc", input: card, field: "storeId", context: { storeId: "" } });

export const BROWSER_CASES = browser;

// buildInicisBypass: URLs, grammar smuggling, prototype keys
const bypass: BypassCase[] = [];
const badUrls: [string, string][] = [
  ["javascript: URL", "javascript:alert(1)"],
  ["JAVASCRIPT: URL", "JAVASCRIPT:alert(1)"],
  ["data: URL", "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="],
  ["http: URL", "http://cdn.example/logo.png"],
  ["protocol-relative URL", "//cdn.example/logo.png"],
  ["vbscript: URL", "vbscript:msgbox(1)"],
  ["file: URL", "file:///etc/passwd"],
  ["URL with a space", "https://cdn.example/my logo.png"],
  ["relative path", "/logo.png"],
  ["1 MB URL", `https://cdn.example/${MB}`],
];
for (const [name, url] of badUrls) {
  bypass.push({ name: `logoUrl: ${name}`, options: { logoUrl: url }, device: "pc", field: "inicis.logoUrl" });
  bypass.push({ name: `subLogoUrl: ${name}`, options: { subLogoUrl: url }, device: "pc", field: "inicis.subLogoUrl" });
}
for (const skin of ["#fff):ocb", "SKIN(#fff):ocb", "#FFFFFF:ocb", "#ffffff^below1000", "#fff", "red", "#ggg000", "#ffffff)", "(#ffffff"]) {
  bypass.push({ name: `skinColor ${JSON.stringify(skin)}`, options: { skinColor: skin }, device: "pc", field: "inicis.skinColor" });
}
for (const code of ["11:ocb", "11^34", "1", "111", "ab", "11)"]) {
  bypass.push({ name: `slimquota card ${JSON.stringify(code)}`, options: { partialInterestFree: [{ cardCode: code, months: [2, 3] }] }, device: "pc", field: "inicis.partialInterestFree[0].cardCode" });
}
for (const months of [[1], [0], [37], [2.5], [], ["2"]] as unknown[][]) {
  bypass.push({ name: `slimquota months ${JSON.stringify(months)}`, options: { partialInterestFree: [{ cardCode: "11", months: months as number[] }] }, device: "pc", field: "inicis.partialInterestFree[0].months" });
}
for (const cards of [["11:34"], ["1"], ["11)"], "11"] as unknown[]) {
  bypass.push({ name: `mallpoint ${JSON.stringify(cards)}`, options: { mallPointCards: cards as string[] }, device: "pc", field: "inicis.mallPointCards" });
}
for (const code of ["14)", "1", "abc", "14:x"]) bypass.push({ name: `selcode ${JSON.stringify(code)}`, options: { preselectCard: code }, device: "mobile", field: "inicis.preselectCard" });
for (const mdn of ["010-1234-5678", "0101234", "+821012341234"]) bypass.push({ name: `SSGPAY phone ${mdn}`, options: { ssgpayPhone: mdn }, device: "pc", field: "inicis.ssgpayPhone" });
for (const mail of ["mom+kid@example.com", "mom_kid@example.com", "not-an-email"]) bypass.push({ name: `parent e-mail ${mail}`, options: { parentEmail: mail }, device: "pc", field: "inicis.parentEmail" });
for (const [name, value] of [["empty merchant name", ""], ["control character", "\u0000상점"], ["1 MB merchant name", MB]] as const) {
  bypass.push({ name, options: { merchantName: value }, device: "mobile", field: "inicis.merchantName" });
}
bypass.push({ name: "__proto__ key", options: JSON.parse('{"__proto__": {"admin": true}}') as InicisOptions, device: "pc", field: "inicis.__proto__" });
bypass.push({ name: "constructor key", options: JSON.parse('{"constructor": {"prototype": {"x": 1}}}') as InicisOptions, device: "pc", field: "inicis.constructor" });
bypass.push({ name: "prototype key", options: JSON.parse('{"prototype": {}}') as InicisOptions, device: "pc", field: "inicis.prototype" });
bypass.push({ name: "raw acceptmethod key", options: { acceptmethod: ["ocb"] } as unknown as InicisOptions, device: "pc", field: "inicis.acceptmethod" });
bypass.push({ name: "toggle given as 'Y'", options: { hideEasyPay: "Y" as unknown as boolean }, device: "pc", field: "inicis.hideEasyPay" });
bypass.push({ name: "__proto__ hiding a javascript: logo", options: JSON.parse('{"__proto__": {}, "logoUrl": "javascript:alert(1)"}') as InicisOptions, device: "pc", field: "inicis.logoUrl" });
// per-device groups (issue 10, item 3)
bypass.push({ name: "javascript: logo in the pc group", options: { pc: { logoUrl: "javascript:alert(1)" } }, device: "pc", field: "inicis.pc.logoUrl" });
bypass.push({ name: "SKIN smuggling in the pc group", options: { pc: { skinColor: "#fff):ocb" } }, device: "pc", field: "inicis.pc.skinColor" });
bypass.push({ name: "empty merchant name in the mobile group", options: { mobile: { merchantName: "" } }, device: "mobile", field: "inicis.mobile.merchantName" });
bypass.push({ name: "raw P_RESERVED in the mobile group", options: { mobile: { P_RESERVED: ["noeasypay=Y"] } } as unknown as InicisOptions, device: "mobile", field: "inicis.mobile.P_RESERVED" });
bypass.push({ name: "pc group that is a string", options: { pc: "logo_url" } as unknown as InicisOptions, device: "pc", field: "inicis.pc" });
bypass.push({ name: "mobile group that is null", options: { mobile: null } as unknown as InicisOptions, device: "mobile", field: "inicis.mobile" });
bypass.push({ name: "a device group nested in a device group", options: { pc: { mobile: { merchantName: "x" } } } as unknown as InicisOptions, device: "pc", field: "inicis.pc.mobile" });
export const BYPASS_CASES = bypass;

// the /server functions
const credential = { number: "4111111111111111", expiryYear: "30", expiryMonth: "12", birthOrBusinessRegistrationNumber: "900101", passwordTwoDigits: "12" };
const scustomer = { name: { full: "홍길동" }, phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const pay = { paymentId: "pay-1", orderName: "주문", amount: 1000, currency: "KRW", customer: scustomer };
const server: ServerCase[] = [];
const s = (name: string, call: string, input: Record<string, unknown>, field: string) => server.push({ name: `${call}: ${name}`, call, input, field });
for (const [name, c] of [
  ["card failing Luhn", { ...credential, number: "4111111111111112" }],
  ["card too short", { ...credential, number: "411111" }],
  ["card with letters", { ...credential, number: "4111-1111-1111-1111" }],
  ["month 13", { ...credential, expiryMonth: "13" }],
  ["four-digit year", { ...credential, expiryYear: "2030" }],
  ["expired card", { ...credential, expiryYear: "20", expiryMonth: "01" }],
  ["birth date of 5 digits", { ...credential, birthOrBusinessRegistrationNumber: "90010" }],
  ["three password digits", { ...credential, passwordTwoDigits: "123" }],
] as const) {
  const field = name.includes("month") || name.includes("year") || name.includes("expired") ? "card.credential.expiry" : name.includes("birth") ? "card.credential.birthOrBusinessRegistrationNumber" : name.includes("password") ? "card.credential.passwordTwoDigits" : "card.credential.number";
  s(name, "issueBillingKey", { customer: scustomer, card: { credential: c } }, field);
  s(name, "payInstantly", { ...pay, card: { credential: c } }, field);
}
s("customer without a name", "payWithBillingKey", { ...pay, billingKey: "bk", customer: { phoneNumber: "01012345678", email: "a@b.co" } }, "customer.name");
s("customer without phone", "payWithBillingKey", { ...pay, billingKey: "bk", customer: { name: { full: "홍길동" }, email: "a@b.co" } }, "customer.phoneNumber");
s("e-mail with +", "payWithBillingKey", { ...pay, billingKey: "bk", customer: { ...scustomer, email: "a+b@x.com" } }, "customer.email");
s("Hangul paymentId", "payWithBillingKey", { ...pay, billingKey: "bk", paymentId: "결제-1" }, "paymentId");
s("41-character paymentId", "payWithBillingKey", { ...pay, billingKey: "bk", paymentId: "x".repeat(41) }, "paymentId");
for (const [name, amount] of [["negative", -1], ["NaN", Number.NaN], ["Infinity", Number.POSITIVE_INFINITY], ["string", "1000"], ["fractional", 0.5]] as const) {
  s(`${name} amount`, "payWithBillingKey", { ...pay, billingKey: "bk", amount }, "amount");
}
s("EUR", "payWithBillingKey", { ...pay, billingKey: "bk", currency: "EUR" }, "currency");
s("timeToPay in the past", "schedulePayment", { paymentId: "pay-2", timeToPay: "2020-01-01T00:00:00Z", payment: { ...pay, billingKey: "bk" } }, "timeToPay");
s("timeToPay not a date", "schedulePayment", { paymentId: "pay-2", timeToPay: "next month", payment: { ...pay, billingKey: "bk" } }, "timeToPay");
s("receipt that does not add up", "registerStoreReceipt", { paymentId: "pay-3", items: [{ storeBusinessRegistrationNumber: "1234567890", storeName: "가게", totalAmount: 11000, supplyAmount: 10000, vatAmount: 900, taxFreeAmount: 0, currency: "KRW" }] }, "items[0]");
s("receipt with negative VAT", "registerStoreReceipt", { paymentId: "pay-3", items: [{ storeBusinessRegistrationNumber: "1234567890", storeName: "가게", totalAmount: 11000, supplyAmount: 12000, vatAmount: -1000, taxFreeAmount: 0, currency: "KRW" }] }, "items[0].vatAmount");
s("escrow without receiver zipcode", "applyEscrowShipment", {
  paymentId: "pay-4",
  sender: { name: "보내는이", phoneNumber: "0212345678", zipcode: "04524", address: { addressLine1: "서울", addressLine2: "" } },
  receiver: { name: "받는이", phoneNumber: "01012345678", address: { addressLine1: "서울", addressLine2: "" } },
  logistics: { company: "CJ", invoiceNumber: "1", sentAt: "2026-11-28T09:00:00+09:00" },
  products: [{ id: "p", name: "n", amount: 1, quantity: 1 }],
}, "receiver.zipcode");
s("virtual account with the browser bank spelling", "payInstantly", { ...pay, virtualAccount: { bank: "SHINHAN_BANK", expiry: { validHours: 24 }, option: { type: "NORMAL" } } }, "virtualAccount.bank");
s("virtual account due in the past", "payInstantly", { ...pay, virtualAccount: { bank: "SHINHAN", expiry: { dueDate: "2020-01-01T00:00:00+09:00" }, option: { type: "NORMAL" } } }, "virtualAccount.expiry.dueDate");
s("FIXED virtual account without a number", "payInstantly", { ...pay, virtualAccount: { bank: "SHINHAN", expiry: { validHours: 24 }, option: { type: "FIXED", fixed: {} } } }, "virtualAccount.option.fixed.accountNumber");
s("verify with a negative expected amount", "verifyPayment", { paymentId: "pay-5", expected: { amount: -1, currency: "KRW" } }, "expected.amount");
// the rules of issue 10 and 11: USD only for cards, cash-receipt numbers, RFC 3339 times, flags, refunds
const va = { bank: "SHINHAN", expiry: { validHours: 24 }, option: { type: "NORMAL" } };
s("virtual account in USD (USD is for cards only)", "payInstantly", { ...pay, currency: "USD", virtualAccount: va }, "currency");
s("the guide's dueDate with +09+00", "payInstantly", { ...pay, virtualAccount: { ...va, expiry: { dueDate: "2024-11-12T00:00:00+09+00" } } }, "virtualAccount.expiry.dueDate");
s("dueDate without an offset", "payInstantly", { ...pay, virtualAccount: { ...va, expiry: { dueDate: "2026-12-12T00:00:00" } } }, "virtualAccount.expiry.dueDate");
s("cash-receipt number with letters", "payInstantly", { ...pay, virtualAccount: { ...va, cashReceipt: { type: "PERSONAL", customerIdentityNumber: "010-ABCD-0000" } } }, "virtualAccount.cashReceipt.customerIdentityNumber");
s("cash-receipt number of 7 digits", "payWithBillingKey", { ...pay, billingKey: "bk", cashReceipt: { type: "CORPORATE", customerIdentityNumber: "123-4567" } }, "cashReceipt.customerIdentityNumber");
s("cash receipt of an unknown type", "payWithBillingKey", { ...pay, billingKey: "bk", cashReceipt: { type: "INCOME", customerIdentityNumber: "01012345678" } }, "cashReceipt.type");
s("isEscrow given as a string", "payInstantly", { ...pay, isEscrow: "true", virtualAccount: va }, "isEscrow");
s("method and card both given", "payInstantly", { ...pay, method: { card: { credential } }, card: { credential } }, "method");
s("REST-spelled card failing Luhn", "issueBillingKey", { customer: scustomer, method: { card: { credential: { ...credential, number: "1111111111111111" } } } }, "method.card.credential.number");
s("productCount of 0", "payWithBillingKey", { ...pay, billingKey: "bk", productCount: 0 }, "productCount");
s("useCardPoint given as 'Y'", "payWithBillingKey", { ...pay, billingKey: "bk", useCardPoint: "Y" }, "useCardPoint");
s("the guide's timeToPay (no T, no offset)", "schedulePayment", { paymentId: "pay-2", timeToPay: "2023-01-01 00:00:00", payment: { ...pay, billingKey: "bk" } }, "timeToPay");
s("scheduled payment without a customer name", "schedulePayment", { paymentId: "pay-2", timeToPay: "2026-12-01T00:00:00+09:00", payment: { ...pay, billingKey: "bk", customer: { id: "customer-1234" } } }, "payment.customer.name");
s("allowTestChannel given as 'yes'", "verifyPayment", { paymentId: "pay-5", expected: { amount: 1000, currency: "KRW" }, allowTestChannel: "yes" }, "allowTestChannel");
const cancel = { paymentId: "pay-6", reason: "고객 요청" };
const account = { bank: "SHINHAN", number: "110-123-456789", holderName: "홍길동" };
s("refund without a reason", "cancelPayment", { paymentId: "pay-6" }, "reason");
s("refund with an empty reason", "cancelPayment", { ...cancel, reason: "" }, "reason");
s("refund with a blank reason", "cancelPayment", { ...cancel, reason: " \n " }, "reason");
s("refund of 0", "cancelPayment", { ...cancel, amount: 0 }, "amount");
s("refund of a negative amount", "cancelPayment", { ...cancel, amount: -1000 }, "amount");
s("refund of NaN", "cancelPayment", { ...cancel, amount: Number.NaN }, "amount");
s("refund above the cancellable amount given", "cancelPayment", { ...cancel, amount: 20000, currentCancellableAmount: 10000 }, "amount");
s("refund of a fully refunded payment (cancellable 0)", "cancelPayment", { ...cancel, currentCancellableAmount: 0 }, "amount");
s("refund requester in lower case", "cancelPayment", { ...cancel, requester: "customer" }, "requester");
s("refund account with the browser bank spelling", "cancelPayment", { ...cancel, refundAccount: { ...account, bank: "SHINHAN_BANK" } }, "refundAccount.bank");
s("refund account number with letters", "cancelPayment", { ...cancel, refundAccount: { ...account, number: "110-ABC-456789" } }, "refundAccount.number");
s("refund account number of 3 digits", "cancelPayment", { ...cancel, refundAccount: { ...account, number: "110" } }, "refundAccount.number");
s("refund account without a holder", "cancelPayment", { ...cancel, refundAccount: { bank: "SHINHAN", number: "110123456789" } }, "refundAccount.holderName");
s("refund account holder phone that is not a phone", "cancelPayment", { ...cancel, refundAccount: { ...account, holderPhoneNumber: "12" } }, "refundAccount.holderPhoneNumber");
s("refund with a Hangul paymentId", "cancelPayment", { ...cancel, paymentId: "결제-6" }, "paymentId");
s("refund with a negative VAT part", "cancelPayment", { ...cancel, amount: 1000, vatAmount: -100 }, "vatAmount");
export const SERVER_CASES = server;

/** Inputs /server used to refuse and now accepts: each must reach the network (here a closed port on 127.0.0.1). */
export type AcceptedServerCase = { name: string; call: string; input: Record<string, unknown> };
const ownerless = { number: "4111111111111111", expiryYear: "30", expiryMonth: "12" };
export const SERVER_ACCEPTED: AcceptedServerCase[] = [
  { name: "payInstantly: the guide's dashed cash-receipt phone number", call: "payInstantly", input: { ...pay, virtualAccount: { ...va, cashReceipt: { type: "PERSONAL", customerIdentityNumber: "010-1234-0000" } } } },
  { name: "payWithBillingKey: a dashed business registration number", call: "payWithBillingKey", input: { ...pay, billingKey: "bk", cashReceipt: { type: "CORPORATE", customerIdentityNumber: "123-45-67890" } } },
  { name: "payInstantly: a card without birth date and password digits", call: "payInstantly", input: { ...pay, card: { credential: ownerless } } },
  { name: "issueBillingKey: a card without birth date and password digits", call: "issueBillingKey", input: { customer: scustomer, card: { credential: ownerless } } },
  { name: "payInstantly: a keyed-in card in USD", call: "payInstantly", input: { ...pay, currency: "USD", amount: 30, card: { credential } } },
  { name: "payWithBillingKey: a billing-key payment in USD", call: "payWithBillingKey", input: { ...pay, currency: "USD", amount: 30, billingKey: "bk" } },
];
