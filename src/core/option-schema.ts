import { checkEmail, checkHttpsUrl } from "./checks";
import { type IssueCollector, own, plainKeys } from "./collect";
import type { Device } from "./types";

// The machinery behind an option table: a row says what an option is (its value kind and limits,
// whether it needs a contract, which window reads it) and how each device's module receives it;
// validation, building, parsing and the editor's controls are all derived from the rows.

/** The editor control a value kind is edited with. */
export type OptionControl = "checkbox" | "text" | "url" | "email" | "tel" | "color" | "cardCode" | "cardCodes" | "plans" | "select";

/** What values an option takes and how they are checked. */
export interface OptionKind<V> {
  control: OptionControl;
  /** The allowed values of a `select`. */
  choices?: readonly string[];
  /** Adds an issue for each thing wrong with `value` (already known to be present). */
  check(out: IssueCollector, field: string, value: unknown): void;
  /** Type only: the value type. */
  readonly value?: V;
}

/** How one device's Inicis module receives an option: a key of its own, or an entry of a list key. */
export interface OptionEncoding<V> {
  key: string;
  /** True when the option is one entry of a list (`acceptmethod`, `P_RESERVED`). */
  list: boolean;
  /** What is sent for a value; null sends nothing (a flag that is off, an empty list). */
  encode(value: V): string | null;
  /** Reads a value back from what was sent; undefined when the text is not this option's. */
  decode(text: string): V | undefined;
}

/** One option: its value kind, contract, window, and its PC and mobile encodings (absent: the device does not read it). */
export interface OptionRow<V> {
  kind: OptionKind<V>;
  /** Needs a separate contract with KG Inicis (rules section 7). */
  contract: boolean;
  /** The window that reads it: the payment window, or the card billing-key window. */
  flow: "payment" | "billingKey";
  pc?: OptionEncoding<V>;
  mobile?: OptionEncoding<V>;
}

/** A table of options, keyed by their camelCase names. */
export type OptionSchema = Readonly<Record<string, OptionRow<unknown>>>;

/** The values of a table's options (each optional), with each row's doc comment carried to its key. */
export type OptionValues<S extends OptionSchema> = { -readonly [K in keyof S]?: S[K] extends OptionRow<infer V> ? V : never };

/** Values for both devices, plus per-device values under `pc` / `mobile` that override them on that device. */
export type DeviceOptionValues<S extends OptionSchema> = OptionValues<S> & {
  /** Values sent to the PC module only; they override the shared ones there. */
  pc?: OptionValues<S>;
  /** Values sent to the mobile module only; they override the shared ones there. */
  mobile?: OptionValues<S>;
};

/** The devices a row reaches. */
export function optionDevices(row: OptionRow<unknown>): Device[] {
  return (["pc", "mobile"] as const).filter((d) => row[d] !== undefined);
}

const DEVICES = ["pc", "mobile"] as const;

/**
 * Checks option values: no unknown keys (also under `pc` / `mobile`), each value of its kind;
 * warns for options the flow's window ignores and, on the devices the value reaches, for options
 * that need a contract.
 */
export function validateOptionValues(
  schema: OptionSchema,
  options: unknown,
  out: IssueCollector,
  settings: { prefix: string; flow: "payment" | "billingKey"; device?: Device | undefined },
): void {
  if (options === undefined || options === null) return;
  const { prefix, flow, device } = settings;
  const keys = plainKeys(options);
  if (keys === null) return out.error(prefix, "inicis.unknownOption");
  const values = (group: unknown, path: string, reaches: Device | undefined): void => {
    for (const key of plainKeys(group) ?? []) {
      const field = `${path}.${key}`;
      const row = own(schema, key) as OptionRow<unknown> | undefined;
      const v = own(group, key);
      if (!row) {
        out.error(field, "inicis.unknownOption");
        continue;
      }
      if (v === undefined) continue;
      row.kind.check(out, field, v);
      // a flag that is off, or an empty list, sends nothing: no contract is needed for it, nothing is ignored
      if (v === false || (Array.isArray(v) && v.length === 0)) continue;
      if (row.flow !== flow || (reaches && !row[reaches])) out.warn(field, "field.ignored");
      else if (row.contract && (device === undefined || (row[device] && (!reaches || reaches === device)))) out.warn(field, "contract.required");
    }
  };
  // no prototype: a `__proto__` key is then an own key (reported as unknown), never the object's prototype
  const shared: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of keys) {
    if (key === "pc" || key === "mobile") {
      const group = own(options, key);
      if (group === undefined) continue;
      if (plainKeys(group) === null) out.error(`${prefix}.${key}`, "inicis.unknownOption");
      else values(group, `${prefix}.${key}`, key);
    } else shared[key] = own(options, key);
  }
  values(shared, prefix, undefined);
}

/** The values that reach `device`: the shared ones, overridden by the device's own. */
export function optionValuesFor<S extends OptionSchema>(schema: S, options: DeviceOptionValues<S> | null | undefined, device: Device): OptionValues<S> {
  const out: Record<string, unknown> = {};
  for (const group of [options, own(options, device)]) {
    for (const key of Object.keys(schema)) {
      const v = own(group, key);
      if (v !== undefined) out[key] = v;
    }
  }
  return out as OptionValues<S>;
}

/** Encodes values for one device and one window: plain keys in row order, then the lists. */
export function encodeOptionValues(schema: OptionSchema, values: Record<string, unknown>, device: Device, flow: "payment" | "billingKey"): Record<string, string | string[]> {
  const out: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const [key, row] of Object.entries(schema)) {
    const enc = row[device];
    const v = values[key];
    if (!enc || row.flow !== flow || v === undefined) continue;
    const text = enc.encode(v);
    if (text === null) continue;
    if (enc.list) (lists[enc.key] ??= []).push(text);
    else out[enc.key] = text;
  }
  return { ...out, ...lists };
}

/**
 * Encodes values for both windows as one flat object, as PortOne's bypass type and the guide's
 * example send them: each device's keys from the shared values and its own group, with `extra`
 * (an automatic option) added on both. The two modules read different keys, so nothing collides.
 */
export function encodeForBothDevices(
  schema: OptionSchema,
  options: unknown,
  flow: "payment" | "billingKey",
  extra: Record<string, unknown> = {},
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const device of DEVICES) Object.assign(out, encodeOptionValues(schema, { ...optionValuesFor(schema, options as DeviceOptionValues<OptionSchema>, device), ...extra }, device, flow));
  return out;
}

/** What {@link decodeOptionValues} read, and the keys or list entries it did not recognise. */
export interface DecodedOptions {
  options: Record<string, unknown>;
  /** Paths of what no row claims (`P_NMANE`, `acceptmethod[2]`), for an `inicis.unknownOption` issue. */
  unknown: string[];
}

/**
 * Reads sent keys back into values, keeping per-device values apart: an option both devices read
 * is shared when both sent the same value, and otherwise goes under `pc` / `mobile`. Never throws.
 */
export function decodeOptionValues(schema: OptionSchema, raw: unknown, flow: "payment" | "billingKey"): DecodedOptions {
  const found: Record<Device, Record<string, unknown>> = { pc: {}, mobile: {} };
  const unknown: string[] = [];
  const rows = Object.entries(schema).filter(([, row]) => row.flow === flow);
  const claim = (text: unknown, key: string, list: boolean): boolean => {
    if (typeof text !== "string") return false;
    let claimed = false;
    for (const [name, row] of rows) {
      for (const d of DEVICES) {
        const enc = row[d];
        const v = enc && enc.key === key && enc.list === list ? enc.decode(text) : undefined;
        if (v !== undefined) {
          found[d][name] = v;
          claimed = true;
        }
      }
    }
    return claimed;
  };
  for (const key of plainKeys(raw) ?? []) {
    const v = own(raw, key);
    const isList = rows.some(([, row]) => DEVICES.some((d) => row[d]?.key === key && row[d]?.list));
    if (isList && Array.isArray(v)) v.forEach((entry: unknown, i) => claim(entry, key, true) || unknown.push(`${key}[${i}]`));
    else if (isList || !claim(v, key, false)) unknown.push(key);
  }
  const options: Record<string, unknown> = {};
  for (const [key, row] of rows) {
    const pc = found.pc[key];
    const mobile = found.mobile[key];
    if (!row.pc || !row.mobile || (pc !== undefined && JSON.stringify(pc) === JSON.stringify(mobile))) {
      const v = pc ?? mobile;
      if (v !== undefined) options[key] = v;
    } else {
      if (pc !== undefined) ((options.pc ??= {}) as Record<string, unknown>)[key] = pc;
      if (mobile !== undefined) ((options.mobile ??= {}) as Record<string, unknown>)[key] = mobile;
    }
  }
  return { options, unknown };
}

/** Merges option objects key by key (later ones win), `pc` and `mobile` groups included. */
export function mergeOptionValues<T extends object>(...all: (T | null | undefined)[]): T {
  const out: Record<string, unknown> = {};
  for (const o of all) {
    for (const key of plainKeys(o) ?? []) {
      const v = own(o, key);
      if (v === undefined) continue;
      out[key] = (key === "pc" || key === "mobile") && plainKeys(v) ? { ...(out[key] as object), ...(v as object) } : v;
    }
  }
  return out as T;
}

// ---- value kinds ----

/** On or off. */
export const flag: OptionKind<boolean> = {
  control: "checkbox",
  check: (out, field, v) => typeof v !== "boolean" && out.error(field, "type.boolean"),
};

/** Non-blank text of at most `max` characters, with no control characters. */
export function text(max: number): OptionKind<string> {
  return {
    control: "text",
    check(out, field, v) {
      if (typeof v !== "string") return out.error(field, "type.string");
      if (v.trim() === "") return out.error(field, "required");
      if (v.length > max) return out.error(field, "text.tooLong", { max });
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u001f\u007f]/.test(v)) out.error(field, "type.string");
    },
  };
}

/** An absolute https: URL. */
export const httpsUrl: OptionKind<string> = { control: "url", check: checkHttpsUrl };

/** An e-mail address Inicis accepts (only `@` and `.` as special characters). */
export const email: OptionKind<string> = { control: "email", check: (out, field, v) => checkEmail(out, field, v, true) };

/** `min` to `max` digits, no dashes. */
export function digits(min: number, max: number): OptionKind<string> {
  return {
    control: "tel",
    check: (out, field, v) => (typeof v !== "string" || !new RegExp(`^\\d{${min},${max}}$`).test(v)) && out.error(field, "inicis.digits", { min, max }),
  };
}

/** A colour `#RRGGBB`. */
export const hexColor: OptionKind<string> = {
  control: "color",
  check: (out, field, v) => (typeof v !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(v)) && out.error(field, "inicis.skinColor"),
};

/** True for a two-digit Inicis card code. */
export function isCardCode(v: unknown): v is string {
  return typeof v === "string" && /^\d{2}$/.test(v);
}

/** A two-digit Inicis card code. */
export const cardCode: OptionKind<string> = {
  control: "cardCode",
  check: (out, field, v) => !isCardCode(v) && out.error(field, "inicis.cardCode"),
};

/** A list of at most `max` two-digit card codes (a count of codes, not a length of text). */
export function cardCodes(max: number): OptionKind<string[]> {
  return {
    control: "cardCodes",
    check(out, field, v) {
      if (!Array.isArray(v)) return out.error(field, "inicis.list");
      if (v.length > max) return out.error(field, "inicis.cardCodes.tooMany", { max, actual: v.length });
      if (!v.every(isCardCode)) out.error(field, "inicis.cardCode");
    },
  };
}

/** One of a fixed set of strings. */
export function choice<T extends string>(values: readonly T[]): OptionKind<T> {
  return {
    control: "select",
    choices: values,
    check: (out, field, v) => !values.includes(v as T) && out.error(field, "inicis.choice", { allowed: values.join(", ") }),
  };
}

/** A partial interest-free plan: one card code and the months offered interest-free with it. */
export interface InicisPartialInterestFree {
  /** Two-digit Inicis card code, e.g. `"11"` (BC). */
  cardCode: string;
  /** Months, e.g. `[2, 3]`. */
  months: number[];
}

/** At most `maxPlans` plans, each a card code and 1 to `maxMonths` months from `min` to `max`. */
export function plans(maxPlans: number, maxMonths: number, min: number, max: number): OptionKind<InicisPartialInterestFree[]> {
  return {
    control: "plans",
    check(out, field, v) {
      if (!Array.isArray(v)) return out.error(field, "inicis.list");
      if (v.length > maxPlans) return out.error(field, "inicis.plans.tooMany", { max: maxPlans, actual: v.length });
      v.forEach((plan: unknown, i) => {
        const f = `${field}[${i}]`;
        const keys = plainKeys(plan);
        if (keys === null || keys.some((k) => k !== "cardCode" && k !== "months")) return out.error(f, "inicis.unknownOption");
        const months = own(plan, "months");
        if (!isCardCode(own(plan, "cardCode"))) out.error(`${f}.cardCode`, "inicis.cardCode");
        if (!Array.isArray(months) || months.length === 0 || months.length > maxMonths || !months.every((m) => Number.isInteger(m) && m >= min && m <= max)) {
          out.error(`${f}.months`, "inicis.months", { min, max });
        }
      });
    },
  };
}

// ---- encodings ----

/** A key of its own: `logo_url: "https://..."`; `format` / `read` change the text (`selcode=14`). */
export function param<V extends string>(key: string, format: (v: V) => string = (v) => v, read: (text: string) => V | undefined = (t) => t as V): OptionEncoding<V> {
  return { key, list: false, encode: format, decode: read };
}

/** A flag sent as one entry of a list: `acceptmethod: ["below1000"]`. */
export function token(list: string, entry: string): OptionEncoding<boolean> {
  return { key: list, list: true, encode: (v) => (v ? entry : null), decode: (t) => (t === entry ? true : undefined) };
}

/** A value sent as `name(...)` in a list: `SKIN(#C1272C)`, `mallpoint(11:34)`; an empty value sends nothing. */
export function wrapped<V>(list: string, name: string, format: (v: V) => string, read: (inner: string) => V | undefined): OptionEncoding<V> {
  return {
    key: list,
    list: true,
    encode: (v) => {
      const inner = format(v);
      return inner === "" ? null : `${name}(${inner})`;
    },
    decode: (t) => (t.startsWith(`${name}(`) && t.endsWith(")") ? read(t.slice(name.length + 1, -1)) : undefined),
  };
}
