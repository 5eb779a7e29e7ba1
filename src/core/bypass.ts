import type { InicisV2Bypass, InicisV2CardUse } from "@portone/browser-sdk/v2";
import { hasErrors, IssueCollector, own, plainKeys } from "./collect";
import { InicisValidationError } from "./errors";
import { INICIS_OPTIONS } from "./inicis-options";
import { decodeOptionValues, encodeForBothDevices, encodeOptionValues, mergeOptionValues, optionValuesFor, validateOptionValues, type DeviceOptionValues } from "./option-schema";
import type { Device, ValidationIssue } from "./types";

/**
 * What a merchant wants from the Inicis window, device-neutral and camelCase: one key per row of
 * {@link INICIS_OPTIONS}. Values under `pc` or `mobile` reach only that device and override the
 * shared ones there. {@link buildCombinedInicisBypass} turns it into the `bypass.inicis_v2` a request
 * sends (both windows' keys); {@link buildInicisBypass} gives one device's view.
 */
export type InicisOptions = DeviceOptionValues<typeof INICIS_OPTIONS>;

/** Options of {@link validateInicisOptions}. */
export interface ValidateInicisOptions {
  /** Path prefix for issue fields; `inicis` by default. */
  fieldPrefix?: string;
  /** `billingKey` flags every option but `cardUse` as ignored. */
  flow?: "payment" | "billingKey";
}

/**
 * Checks Inicis options (for one device, or for both when `device` is omitted): exact grammar,
 * https: URLs, two-digit card codes, nothing that could smuggle another option in through `:`,
 * `^` or parentheses, no unknown keys; warns where a contract with Inicis is needed on the
 * device the value reaches, and where the flow's window ignores an option.
 */
export function validateInicisOptions(options: InicisOptions | null | undefined, device?: Device, settings: ValidateInicisOptions = {}): ValidationIssue[] {
  const out = new IssueCollector();
  validateOptionValues(INICIS_OPTIONS, options, out, { prefix: settings.fieldPrefix ?? "inicis", flow: settings.flow ?? "payment", device });
  return out.issues;
}

/** The payment facts that decide automatic options (`below1000`). */
export interface InicisBypassContext {
  payMethod?: string;
  totalAmount?: number;
  currency?: string;
}

/** The `bypass` object of a payment request holding Inicis keys. */
export interface InicisPaymentBypass {
  inicis_v2: InicisV2Bypass;
}

/** The `bypass.inicis_v2` keys of any Inicis window, billing key included. */
export type InicisBypassKeys = InicisV2Bypass & { carduse?: InicisV2CardUse };

function needsBelow1000(ctx: InicisBypassContext | undefined): boolean {
  if (!ctx || typeof ctx.totalAmount !== "number") return false;
  const currency = (ctx.currency ?? "KRW").replace(/^CURRENCY_/, "");
  return (ctx.payMethod === "CARD" || ctx.payMethod === "EASY_PAY") && currency === "KRW" && ctx.totalAmount < 1000;
}

function assertValid(issues: ValidationIssue[]): void {
  if (hasErrors(issues)) throw new InicisValidationError(issues);
}

/**
 * One device's view of the payment bypass, holding only `device`'s keys (`acceptmethod` and
 * friends on PC, `P_*` on mobile); a request sends {@link buildCombinedInicisBypass}. A card or easy-pay payment under
 * 1,000 KRW gets `below1000` added. Throws {@link InicisValidationError} when an option is wrong.
 */
export function buildInicisBypass(options: InicisOptions | null | undefined, device: Device, context?: InicisBypassContext): InicisPaymentBypass {
  assertValid(validateInicisOptions(options, device));
  const values: Record<string, unknown> = optionValuesFor(INICIS_OPTIONS, options, device);
  if (needsBelow1000(context)) values.allowBelow1000 = true;
  return { inicis_v2: encodeOptionValues(INICIS_OPTIONS, values, device, "payment") as InicisV2Bypass };
}

/**
 * Translates options into the one `bypass` a payment request sends, whatever window PortOne's
 * script opens: the PC keys (from the shared values and `pc`) and the mobile keys (from the shared
 * values and `mobile`) side by side, as the SDK's flat `InicisV2Bypass` type and the guide's example
 * have them; each Inicis module reads its own keys. A card or easy-pay payment under 1,000 KRW gets
 * `below1000` and `below1000=Y`. Throws {@link InicisValidationError} when an option is wrong.
 */
export function buildCombinedInicisBypass(options: InicisOptions | null | undefined, context?: InicisBypassContext): InicisPaymentBypass {
  assertValid(validateInicisOptions(options));
  return { inicis_v2: encodeCombinedInicisKeys(options, "payment", context) as InicisV2Bypass };
}

/**
 * The card billing-key window's bypass a request sends: `carduse`, which only the mobile module
 * reads and the PC module ignores, so it is sent whatever window opens. Undefined when there is
 * nothing to send. Throws {@link InicisValidationError} on a wrong value.
 */
export function buildCombinedInicisBillingKeyBypass(options: InicisOptions | null | undefined): { inicis_v2: { carduse: InicisV2CardUse } } | undefined {
  assertValid(validateInicisOptions(options, undefined, { flow: "billingKey" }));
  const keys = encodeCombinedInicisKeys(options, "billingKey");
  return Object.keys(keys).length > 0 ? { inicis_v2: keys as { carduse: InicisV2CardUse } } : undefined;
}

/** Both windows' `bypass.inicis_v2` keys for one flow, from options already validated (the request builders' gate did it). */
export function encodeCombinedInicisKeys(options: InicisOptions | null | undefined, flow: "payment" | "billingKey", context?: InicisBypassContext): InicisBypassKeys {
  return encodeForBothDevices(INICIS_OPTIONS, options, flow, needsBelow1000(context) ? { allowBelow1000: true } : {}) as InicisBypassKeys;
}

/**
 * One device's view of the card billing-key bypass: only `carduse`, read on mobile only (a request
 * sends {@link buildCombinedInicisBillingKeyBypass}).
 * Returns undefined when there is nothing to send. Throws {@link InicisValidationError} on a wrong value.
 */
export function buildInicisBillingKeyBypass(options: InicisOptions | null | undefined, device: Device): { inicis_v2: { carduse: InicisV2CardUse } } | undefined {
  assertValid(validateInicisOptions(options, device, { flow: "billingKey" }));
  const keys = encodeOptionValues(INICIS_OPTIONS, optionValuesFor(INICIS_OPTIONS, options, device), device, "billingKey");
  return Object.keys(keys).length > 0 ? { inicis_v2: keys as { carduse: InicisV2CardUse } } : undefined;
}

/** What {@link readInicisBypass} found in a raw `bypass`. */
export interface ReadBypass {
  options: InicisOptions;
  /** Issues for keys and entries no option claims, and for a `bypass` that is not `{ inicis_v2: {...} }`. */
  issues: ValidationIssue[];
}

/**
 * Reads a raw `bypass` (the guide's `{ inicis_v2: { ... } }`, PC keys, mobile keys or both) into
 * options, keeping per-device values apart, and reports every key or list entry it does not
 * recognise as `inicis.unknownOption` on `bypass.inicis_v2.<key>`. Never throws.
 */
export function readInicisBypass(bypass: unknown, flow: "payment" | "billingKey" = "payment"): ReadBypass {
  const out = new IssueCollector();
  const keys = plainKeys(bypass);
  if (bypass === undefined || bypass === null) return { options: {}, issues: [] };
  if (keys === null) out.error("bypass", "inicis.unknownOption");
  for (const key of keys ?? []) if (key !== "inicis_v2") out.error(`bypass.${key}`, "inicis.unknownOption");
  const raw = own(bypass, "inicis_v2");
  if (raw !== undefined && plainKeys(raw) === null) out.error("bypass.inicis_v2", "inicis.unknownOption");
  const { options, unknown } = decodeOptionValues(INICIS_OPTIONS, raw, flow);
  for (const path of unknown) out.error(`bypass.inicis_v2.${path}`, "inicis.unknownOption");
  return { options: options as InicisOptions, issues: out.issues };
}

/**
 * Turns a `bypass` object (`{ inicis_v2: {...} }`, PC keys, mobile keys or both) back into
 * {@link InicisOptions}: an option both devices read is shared when both carry the same value,
 * and otherwise sits under `pc` / `mobile`, so building it again gives each device exactly what
 * it had. Entries it does not recognise are left out (see {@link readInicisBypass}); it never throws.
 */
export function parseInicisBypass(bypass: { inicis_v2?: InicisBypassKeys | undefined } | null | undefined): InicisOptions {
  const payment = readInicisBypass(bypass).options;
  const billing = readInicisBypass(bypass, "billingKey").options;
  return mergeOptionValues<InicisOptions>(payment, billing);
}

/**
 * Merges a raw bypass's options with `inicis`, which wins where both set a key: a shared value in
 * `inicis` also replaces what the bypass gave one device only (`noeasypay=Y` in `P_RESERVED`).
 */
export function mergeInicisOptions(fromBypass: InicisOptions | undefined, inicis: InicisOptions | undefined): InicisOptions {
  const merged = mergeOptionValues<InicisOptions>(fromBypass, inicis) as Record<string, unknown>;
  for (const device of ["pc", "mobile"] as const) {
    const group = own(merged, device);
    if (plainKeys(group) === null) continue;
    const kept = { ...(group as Record<string, unknown>) };
    for (const key of Object.keys(kept)) if (own(inicis, key) !== undefined && own(own(inicis, device), key) === undefined) delete kept[key];
    merged[device] = kept;
  }
  return merged as InicisOptions;
}
