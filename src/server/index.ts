/**
 * react-portone-inicis/server: the REST flows of KG Inicis on PortOne V2 for your server
 * (it holds your API secret; never import it in browser code).
 * @packageDocumentation
 */
export { createInicisServer, toServerCustomer, type InicisServer, type InicisServerOptions, type VerifyWebhookInput } from "./client";
export { toNodeHandler, type NodeRequestLike, type NodeResponseLike } from "./node";
export type {
  ExpectedOrder,
  InicisHandlers,
  InicisHandlersOptions,
  RouteHandler,
  VerifiedPayment,
  VerifyResponseBody,
  VerifyVerdict,
  WebhookResponseBody,
  WebhookVerdict,
} from "./handlers";
export type { VerifyRequestBody, VirtualAccountInstructions } from "../core/verify-contract";
export { InicisServerError, isInicisServerError, type InicisServerErrorKind } from "./errors";
export type * from "./types";
export { validateCardCredential, luhnValid, type CardCredential } from "../core/card-rules";
export type { ValidationIssue, MessageLocale, BuyerInput } from "../core/types";
