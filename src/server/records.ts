// Reading PortOne's payment records (the server SDK's `Payment` union) for what this library
// answers with: only fields PortOne documents, each copied only when the record has it.
import type { Payment } from "@portone/server-sdk";
import type { VirtualAccountInstructions } from "../core/verify-contract";

/**
 * The buyer's deposit instructions from an issued virtual account's record: bank, account number,
 * amount, due date (`expiredAt`) and holder (`remitteeName`, 계좌주). Undefined when the record
 * carries no account number, so a buyer is never shown half an account.
 */
export function instructionsOf(payment: Payment.VirtualAccountIssuedPayment): VirtualAccountInstructions | undefined {
  // the status already says virtual account: its method is PaymentMethodVirtualAccount, when present
  const method = payment.method as Partial<Payment.PaymentMethodVirtualAccount> | undefined;
  const accountNumber = method?.accountNumber;
  if (typeof accountNumber !== "string" || accountNumber === "") return undefined;
  return {
    ...(method!.bank !== undefined && { bank: method!.bank }),
    accountNumber,
    amount: payment.amount.total,
    currency: payment.currency,
    ...(method!.expiredAt !== undefined && { dueDate: method!.expiredAt }),
    ...(method!.remitteeName !== undefined && { holder: method!.remitteeName }),
  };
}
