import { formatNumber } from "../format/number.ts";
import { quote } from "./quote.ts";

/**
 * Column types: each turns a trimmed cell into a typed value or an Invalid with a message.
 * An empty cell in an optional column is null. A valid cell returns its value itself, with no
 * wrapper: a table of 100,000 rows would otherwise make a million short-lived objects.
 */
export class Invalid {
  constructor(readonly message: string) {}
}

export interface Column<T> {
  /** What the data dictionary says about the column's values. */
  describe: string;
  required: boolean;
  parse(text: string): T | Invalid;
  /** Free text (not a number, a date or a value from a list). */
  text?: boolean;
  /** The longest cell allowed, in characters (text columns). */
  maxLength?: number;
  /**
   * Values repeat from row to row (names, source ids): while a table is read, rows with the same
   * value keep one string (./table.ts).
   */
  repeats?: boolean;
}

const ok = <T>(value: T): T => value;
const fail = (message: string): Invalid => new Invalid(message);

/**
 * The longest cell of each kind of text column, in characters (Unicode code points, as an editor
 * counts them). Each is several times the longest cell the articles have needed, and short
 * enough that no cell can be a whole article pasted by mistake, nor make a chart too large to
 * lay out (every chart and page must stay within its size budget): a cell over its limit is a
 * problem at its file:line:column, like any other, and nothing is drawn.
 */
export const TEXT_LIMITS = {
  /**
   * Ids, names, places, attributions (`reported_by`, `who`, `place`, `publisher`, `display`):
   * drawn in labels and source lines, so two or three lines of a phone's chart at most. The
   * longest so far is 52 ("Israeli prime minister Binyamin Netanyahu's office...").
   */
  name: 120,
  /** A label of ours drawn on a chart (an event on the timeline): the longest so far is 85. */
  label: 120,
  /** An article's headline, shown on the notebook pages: the longest so far is 67. */
  headline: 300,
  /**
   * Our own notes (`note`, `date_note`): a sentence or two, on the pages and in the CSVs, never
   * in a chart. The longest so far is 214.
   */
  note: 1000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

/**
 * Free text, at most the limit of its kind (TEXT_LIMITS; a name by default) or `max` characters.
 * Counted only when a cell is longer than the limit in UTF-16 units, so common cells cost nothing.
 */
export function text({ kind = "name", max }: { kind?: TextKind; max?: number } = {}): Column<string> {
  const limit = max ?? TEXT_LIMITS[kind];
  const what = max === undefined ? `a ${kind}` : "this column";
  return {
    describe: `text, at most ${formatNumber(limit)} characters`,
    required: true,
    text: true,
    maxLength: limit,
    repeats: kind === "name",
    parse(t) {
      if (t.length <= limit) return ok(t);
      let n = 0;
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        // A surrogate pair is one character: count its first half only.
        if (c < 0xdc00 || c > 0xdfff) n++;
      }
      return n <= limit
        ? ok(t)
        : fail(
            `longer than the ${formatNumber(limit)} characters allowed for ${what}: ${formatNumber(n)} characters, ${quote(t)}`,
          );
    },
  };
}

/** The same column, but an empty cell is allowed and reads as null. */
export function optional<T>(column: Column<T>): Column<T | null> {
  return { ...column, describe: `${column.describe}; may be empty`, required: false };
}

/** The largest count a CSV may hold: every whole number up to it is exact in JavaScript. */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * A count of people, days or soldiers: plain digits, 0 or more, as an article
 * would print it without separators. No sign, leading zero, decimal point or
 * exponent (`1e3`, `34789.0` and `0034789` are refused: each hides what was
 * typed), and at most MAX_COUNT.
 */
export function count(): Column<number> {
  return {
    describe: `whole number from 0 to ${MAX_COUNT}, in plain digits (34789)`,
    required: true,
    parse(t) {
      if (plainCount(t)) return ok(Number(t));
      if (/^\d+$/.test(t)) {
        const digits = t.replace(/^0+(?=\d)/, "");
        const n = Number(digits);
        if (!Number.isSafeInteger(n)) return fail(`a count can be at most ${MAX_COUNT}: ${quote(t)}`);
        if (digits !== t) return fail(`a count has no leading zeros: write ${digits}, not ${quote(t)}`);
        return ok(n);
      }
      if (/^\d{1,3}(,\d{3})+$/.test(t) && t.length <= 30)
        return fail(`thousands separators are not allowed: write ${t.replaceAll(",", "")}, not ${quote(t)}`);
      if (/^-(\d|\.\d)[\d.,eE+-]*$/.test(t)) return fail(`a count cannot be negative: ${quote(t)}`);
      if (/^(\d+\.?\d*|\.\d+)[eE][-+]?\d+$/.test(t))
        return fail(`a count is written in plain digits, without an exponent: ${quote(t)}`);
      if (/^(\d+\.\d*|\.\d+)$/.test(t))
        return fail(`a count is a whole number, without a decimal point: ${quote(t)}`);
      return fail(`not a number: ${quote(t)}`);
    },
  };
}

/**
 * Whether a cell is a count as it should be written, short enough to be exact: digits only, no
 * leading zero, at most 15 of them (below MAX_COUNT). Tested a character at a time, as every count
 * of a large table is: two regular expressions and a replace per cell cost more than the rest of
 * reading the cell. Anything else goes the long way, which explains what is wrong.
 */
function plainCount(t: string): boolean {
  const n = t.length;
  if (n === 0 || n > 15 || (n > 1 && t.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** An ISO calendar date (YYYY-MM-DD) that exists, as a Date at UTC midnight. */
export function date(): Column<Date> {
  // Rows share one Date per day written (dates are never changed once read), so a long table
  // repeating the same days makes few objects. The memory is cleared when it grows large.
  const seen = new Map<string, Date>();
  return {
    describe: "date, YYYY-MM-DD",
    required: true,
    parse(t) {
      const known = seen.get(t);
      if (known) return known;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
      if (!m) return fail(`not an ISO date (YYYY-MM-DD): ${quote(t)}`);
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const value = new Date(Date.UTC(y, mo - 1, d));
      if (value.getUTCFullYear() !== y || value.getUTCMonth() !== mo - 1 || value.getUTCDate() !== d) {
        return fail(`not a real date: ${quote(t)}`);
      }
      if (seen.size > 50_000) seen.clear();
      seen.set(t, value);
      return value;
    },
  };
}

/** One of a fixed list of lower-case values; the message lists them. */
export function oneOf<const V extends readonly string[]>(values: V): Column<V[number]> {
  return {
    describe: values.join(", "),
    required: true,
    parse(t) {
      // The list's own string, not the cell's: the cell can then be collected young.
      const i = (values as readonly string[]).indexOf(t);
      return i >= 0
        ? ok(values[i] as V[number])
        : fail(`unknown value ${quote(t)}: expected one of ${values.join(", ")}`);
    },
  };
}

/** An id in data/sources.csv; checked against that table once all tables are read. */
export function sourceId(): Column<string> {
  return { describe: "an id from sources.csv", required: true, repeats: true, parse: (t) => ok(t) };
}
