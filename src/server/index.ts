/**
 * react-portone-inicis/server: the REST flows of KG Inicis on PortOne V2 for your server
 * (it holds your API secret; never import it in browser code).
 * @packageDocumentation
 */
export { createInicisServer, toServerCustomer } from "./client";
export { toNodeHandler, type NodeRequestLike, type NodeResponseLike } from "./node";
export type { VerifyRequestBody, VerifyResponseBody, VerifyVerdict, VirtualAccountInstructions } from "../core/verify-contract";
export type { WebhookResponseBody, WebhookVerdict } from "./webhook-contract";
export { InicisServerError, isInicisServerError, type InicisServerErrorKind } from "./errors";
export type * from "./types";
export { validateCardCredential, luhnValid, type CardCredential } from "../core/card-rules";
export type { ValidationIssue, MessageLocale, BuyerInput } from "../core/types";
