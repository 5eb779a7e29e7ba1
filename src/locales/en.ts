/**
 * react-portone-inicis/locales/en: the English message pack, for `formatIssue` / `localizeIssues`
 * outside the components (the provider loads its locale's pack by itself).
 * @packageDocumentation
 */
export { en } from "../core/locales/en";
export type { MessagePack } from "../core/format";
