/**
 * react-portone-inicis/locales/ko: the Korean message pack, for `formatIssue` / `localizeIssues`
 * outside the components (the provider loads its locale's pack by itself).
 * @packageDocumentation
 */
export { ko } from "../core/locales/ko";
export type { MessagePack } from "../core/format";
