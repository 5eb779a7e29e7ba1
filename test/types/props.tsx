// Type tests (checked by `npm run typecheck`): each wrong prop combination must fail to compile. An
// `@ts-expect-error` line that compiles fine is itself an error, so this file fails as soon as a
// combination below stops being rejected.
import { BillingKeyForm, PayButton, PhoneBillingButton, usePayment, type BillingKeyFormProps, type PaymentInput } from "react-portone-inicis";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const submit = async () => ({ billingKey: "billing-key-1" });

export const rightOnes = [
  <BillingKeyForm key="w" issueName="정기결제" offerPeriod={{ interval: "1m" }} />,
  <BillingKeyForm key="k" mode="keyed-in" onSubmitCard={submit} />,
  <PayButton key="c" payMethod="CARD" orderName="x" totalAmount={1000} card={{ cardCompany: "BC_CARD" }} />,
  <PayButton key="m" payMethod="MOBILE" orderName="x" totalAmount={1000} productType="DIGITAL" />,
  <PayButton key="e" payMethod="EASY_PAY" orderName="x" totalAmount={1000} easyPay={{ easyPayProvider: "KAKAOPAY" }} />,
  <PhoneBillingButton key="p" orderName="x" totalAmount={1000} productType="DIGITAL" customer={customer} />,
];

export const wrongOnes = [
  // keyed-in mode needs the function that sends the card to your server
  // @ts-expect-error onSubmitCard is required with mode="keyed-in"
  <BillingKeyForm key="1" mode="keyed-in" />,
  // window mode has no use for it
  // @ts-expect-error onSubmitCard is refused in window mode
  <BillingKeyForm key="2" issueName="정기결제" onSubmitCard={submit} />,
  // @ts-expect-error onSubmitCard is refused when mode is spelled out as "window"
  <BillingKeyForm key="3" mode="window" issueName="정기결제" onSubmitCard={submit} />,
  // the window's own fields mean nothing to keyed-in mode
  // @ts-expect-error issueName is a window-mode field
  <BillingKeyForm key="4" mode="keyed-in" onSubmitCard={submit} issueName="정기결제" />,
  // @ts-expect-error inicis options reach the window only
  <BillingKeyForm key="5" mode="keyed-in" onSubmitCard={submit} inicis={{ cardUse: "percard" }} />,
  // window mode needs its issue name
  // @ts-expect-error issueName is required in window mode
  <BillingKeyForm key="6" />,
  // a pay method's sub-object goes with that pay method only
  // @ts-expect-error card is for payMethod CARD
  <PayButton key="7" payMethod="TRANSFER" orderName="x" totalAmount={1000} card={{ cardCompany: "BC_CARD" }} />,
  // @ts-expect-error easyPay is for payMethod EASY_PAY
  <PayButton key="8" payMethod="CARD" orderName="x" totalAmount={1000} easyPay={{ easyPayProvider: "KAKAOPAY" }} />,
  // @ts-expect-error a right provider under the wrong pay method is still the pay method's mistake
  <PayButton key="8b" payMethod="MOBILE" productType="DIGITAL" orderName="x" totalAmount={1000} easyPay={{ easyPayProvider: "NAVERPAY" }} />,
  // @ts-expect-error a phone micropayment needs productType
  <PayButton key="9" payMethod="MOBILE" orderName="x" totalAmount={1000} />,
  // @ts-expect-error Inicis offers six pay methods, not PayPal
  <PayButton key="10" payMethod="PAYPAL" orderName="x" totalAmount={1000} />,
  // the phone billing call has no Inicis bypass
  // @ts-expect-error inicis options cannot reach requestIssueBillingKeyAndPay
  <PhoneBillingButton key="11" orderName="x" totalAmount={1000} productType="DIGITAL" inicis={{ hideEasyPay: true }} />,
  // @ts-expect-error nor can a raw bypass
  <PhoneBillingButton key="12" orderName="x" totalAmount={1000} productType="DIGITAL" bypass={{ inicis_v2: {} }} />,
  // @ts-expect-error KRW only
  <PhoneBillingButton key="13" orderName="x" totalAmount={1000} productType="DIGITAL" currency="USD" />,
  // a typo is not a prop
  // @ts-expect-error totalAmmount is not a PayButton prop
  <PayButton key="14" payMethod="CARD" orderName="x" totalAmmount={1000} />,
];

export function HookInputs() {
  const { request } = usePayment();
  // @ts-expect-error the hook's input follows the same union: giftCertificate goes with GIFT_CERTIFICATE
  void request({ payMethod: "CARD", orderName: "x", totalAmount: 1000, giftCertificate: { giftCertificateType: "CULTURELAND" } });
  const input: PaymentInput = { payMethod: "GIFT_CERTIFICATE", orderName: "x", totalAmount: 1000, giftCertificate: { giftCertificateType: "CULTURELAND" } };
  void request(input);
  return null;
}

// the union itself: each mode names its own props
export type KeyedIn = Extract<BillingKeyFormProps, { mode: "keyed-in" }>;

// issue 19, item 8: the compiler's message names the real mistake. `easyPay` under payMethod "CARD"
// used to fail with "Type 'string' is not assignable to type 'EasyPayProvider | undefined'", as if
// "KAKAOPAY" were misspelled; the property's type is now the sentence the compiler prints:
//   Types of property 'easyPay' are incompatible.
//     Type '{ easyPayProvider: "KAKAOPAY"; }' is not assignable to type '"easyPay goes with payMethod=\"EASY_PAY\""'.
type Under<M extends PaymentInput["payMethod"], F extends keyof PaymentInput> = NonNullable<Extract<PaymentInput, { payMethod: M }>[F]>;
type Says<T, Message extends string> = T extends Message ? true : false;
export const messages: [
  Says<Under<"CARD", "easyPay">, 'easyPay goes with payMethod="EASY_PAY"'>,
  Says<Under<"TRANSFER", "card">, 'card goes with payMethod="CARD"'>,
  Says<Under<"CARD", "giftCertificate">, 'giftCertificate goes with payMethod="GIFT_CERTIFICATE"'>,
  Says<Under<"EASY_PAY", "mobile">, 'mobile goes with payMethod="MOBILE"'>,
] = [true, true, true, true];
// the provider's name is not what is blamed: the same value is fine under EASY_PAY
export const provider: Under<"EASY_PAY", "easyPay">["easyPayProvider"] = "KAKAOPAY";
// @ts-expect-error and there a misspelled provider is the error
export const misspelled: Under<"EASY_PAY", "easyPay">["easyPayProvider"] = "KAKAO_PAY";
