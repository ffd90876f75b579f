/**
 * Column types: each turns a trimmed cell into a typed value or an error message.
 * An empty cell in an optional column is null.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export interface Column<T> {
  /** What the data dictionary says about the column's values. */
  describe: string;
  required: boolean;
  parse(text: string): Parsed<T>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

export function text(): Column<string> {
  return { describe: "text", required: true, parse: (t) => ok(t) };
}

/** The same column, but an empty cell is allowed and reads as null. */
export function optional<T>(column: Column<T>): Column<T | null> {
  return { ...column, describe: `${column.describe}; may be empty`, required: false };
}

/** Plain decimal numbers only: no thousands separators, units or signs other than a leading minus. */
const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/;

export function number(opts: { min?: number; integer?: boolean } = {}): Column<number> {
  const min = opts.min;
  return {
    describe: `${opts.integer ? "whole " : ""}number${min === 0 ? ", 0 or more" : ""}, written without thousands separators (34789)`,
    required: true,
    parse(t) {
      if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
        return fail(`thousands separators are not allowed: write ${t.replaceAll(",", "")}, not ${t}`);
      if (!NUMBER.test(t)) return fail(`not a number: ${t}`);
      const n = Number(t);
      if (!Number.isFinite(n)) return fail(`not a finite number: ${t}`);
      if (min !== undefined && n < min) return fail(`a count cannot be negative: ${t}`);
      if (opts.integer && !Number.isInteger(n)) return fail(`not a whole number: ${t}`);
      return ok(n);
    },
  };
}

/** A count of people, days or soldiers: a whole number, 0 or more. */
export function count(): Column<number> {
  return number({ min: 0, integer: true });
}

/** An ISO calendar date (YYYY-MM-DD) that exists, as a Date at UTC midnight. */
export function date(): Column<Date> {
  return {
    describe: "date, YYYY-MM-DD",
    required: true,
    parse(t) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
      if (!m) return fail(`not an ISO date (YYYY-MM-DD): ${t}`);
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const value = new Date(Date.UTC(y, mo - 1, d));
      if (value.getUTCFullYear() !== y || value.getUTCMonth() !== mo - 1 || value.getUTCDate() !== d) {
        return fail(`not a real date: ${t}`);
      }
      return ok(value);
    },
  };
}

/** One of a fixed list of lower-case values; the message lists them. */
export function oneOf<const V extends readonly string[]>(values: V): Column<V[number]> {
  return {
    describe: values.join(", "),
    required: true,
    parse(t) {
      return (values as readonly string[]).includes(t)
        ? ok(t as V[number])
        : fail(`unknown value ${JSON.stringify(t)}: expected one of ${values.join(", ")}`);
    },
  };
}

/** An id in data/sources.csv; checked against that table once all tables are read. */
export function sourceId(): Column<string> {
  return { describe: "an id from sources.csv", required: true, parse: (t) => ok(t) };
}
