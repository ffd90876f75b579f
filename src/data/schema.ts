import { isoDate } from "../format/date.ts";
import { QUALIFIERS } from "../format/qualifier.ts";
import { parseLocators } from "../text/passages.ts";
import { count, date, Invalid, oneOf, optional, sourceId, text, type Column } from "./columns.ts";
import { quote } from "./quote.ts";
import { defineTable, type RowOf } from "./table.ts";

const optionalText = () => optional(text());

/** A locator of one sentence (`p12.s1`), as parseLocators reads it; the cell is already trimmed. */
const ONE_SENTENCE = /^p[1-9]\d{0,4}\.s[1-9]\d{0,3}$/;

/**
 * Where in its article the words that give a row are: `p12.s1`, `p12.s1-s2`, `p12.s1-p13.s2`, or
 * several joined by ";" (src/text/passages.ts). Empty is allowed, with a warning from `npm run
 * check` that suggests passages; `check` reads the passage and verifies the row against it.
 */
function passage(): Column<string | null> {
  return optional({
    describe: "passage locator: p12.s1, p12.s1-s2, p12.s1-p13.s2, or several joined by ;",
    required: true,
    parse(t) {
      // One sentence, the usual cell: valid as it is, without the objects parseLocators makes.
      if (ONE_SENTENCE.test(t)) return t;
      const found = parseLocators(t);
      return "error" in found ? new Invalid(found.error) : t.replace(/\s*;\s*/g, "; ");
    },
  });
}

/**
 * A hedge the source puts on a figure or event, kept in every text that uses the row: "believed"
 * (believed to be held, believed dead), "reportedly", "could" (could open). The words that mean
 * each are in data/vocabulary/hedges.csv.
 */
export const HEDGES = [
  "believed",
  "reportedly",
  "allegedly",
  "presumed",
  "feared",
  "thought",
  "said to be",
  "could",
] as const;
export type Hedge = (typeof HEDGES)[number];

const optionalNote = () => optional(text({ kind: "note" }));
const sourceColumns = {
  reported_by: text(),
  source: sourceId(),
  passage: passage(),
  note: optionalNote(),
} as const;

/**
 * How precisely a date is known; it is written as the first day of its span (src/story/ranges.ts).
 * `by` is a statement the article reports without its day: it was made on or before the date.
 */
export const DAY_PRECISIONS = ["day", "night", "weekend", "week", "month", "year", "by"] as const;
export type DayPrecision = (typeof DAY_PRECISIONS)[number];

export const sources = defineTable({
  file: "sources.csv",
  about: "the articles every figure comes from",
  key: { column: "id", noun: "source id" },
  reportedDates: { columns: ["published"] },
  columns: {
    id: text(),
    publisher: optionalText(),
    publisher_basis: oneOf(["stated", "inferred", "unidentified"]),
    headline: text({ kind: "headline" }),
    headline_kind: oneOf(["own", "descriptive"]),
    published: date(),
    date_basis: oneOf(["stated", "inferred"]),
    date_note: optionalNote(),
    file: text(),
  },
  rules: [
    (r) =>
      /^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.id)
        ? undefined
        : { column: "id", message: `source id must be lower-case words joined by hyphens: ${quote(r.id)}` },
    (r) =>
      (r.publisher === null) !== (r.publisher_basis === "unidentified")
        ? {
            column: "publisher_basis",
            message: `publisher_basis is "unidentified" exactly when publisher is empty, got ${r.publisher_basis}`,
          }
        : undefined,
  ],
});

export const reporters = defineTable({
  file: "reporters.csv",
  about: "how each reporter is named in sentences, labels and source lines",
  key: { column: "name", noun: "reporter name" },
  columns: {
    name: text(),
    display: optionalText(),
    article: optional(oneOf(["the", "a", "an"])),
    number: oneOf(["singular", "plural"]),
    aliases: optionalText(),
    note: optionalNote(),
  },
});

export const casualties = defineTable({
  file: "casualties.csv",
  about: "people killed and injured, one row per reported figure",
  reportedDates: { columns: ["as_of"] },
  columns: {
    measure: oneOf(["killed", "injured"]),
    who: text(),
    scope: oneOf(["war", "since_ceasefire", "october_7_attack", "incident"]),
    place: text(),
    value: count(),
    qualifier: oneOf(QUALIFIERS),
    hedge: optional(oneOf(HEDGES)),
    as_of: date(),
    reported_by: sourceColumns.reported_by,
    source: sourceColumns.source,
    passage: sourceColumns.passage,
    cause: optionalText(),
    note: sourceColumns.note,
  },
});

export const HOSTAGE_MEASURES = [
  "held",
  "held_dead",
  "first_phase_release",
  "released_living",
  "remains_returned",
  "still_held",
] as const;

export const hostages = defineTable({
  file: "hostages.csv",
  about: "hostage numbers, kept per reporter",
  reportedDates: { columns: ["as_of"] },
  columns: {
    measure: oneOf(HOSTAGE_MEASURES),
    value: optional(count()),
    qualifier: oneOf([...QUALIFIERS, "all"]),
    hedge: optional(oneOf(HEDGES)),
    as_of: date(),
    ...sourceColumns,
  },
  rules: [
    (r) =>
      r.qualifier === "all" && r.value !== null
        ? {
            column: "value",
            message: `value must be empty when qualifier is "all" (the article gives no number): ${r.value}`,
          }
        : r.qualifier !== "all" && r.value === null
          ? { column: "value", message: `empty cell: value is required unless qualifier is "all"` }
          : undefined,
  ],
});

export const CROSSINGS = ["rafah", "kerem_shalom"] as const;

export const closures = defineTable({
  file: "closures.csv",
  about: "crossing closures as intervals; an empty to means still closed as of the report",
  reportedDates: { columns: ["from", "to", "as_of"] },
  columns: {
    crossing: oneOf(CROSSINGS),
    from: date(),
    from_precision: oneOf(["day", "night", "weekend", "month", "unknown"]),
    to: optional(date()),
    as_of: date(),
    ...sourceColumns,
  },
  rules: [
    (r) =>
      r.to && r.to < r.from
        ? {
            column: "to",
            message: `interval ends before it starts: ${isoDate(r.to)} is before ${isoDate(r.from)}`,
          }
        : undefined,
    (r) =>
      r.as_of < r.from
        ? {
            column: "as_of",
            message: `reported before the closure began: ${isoDate(r.as_of)} is before ${isoDate(r.from)}`,
          }
        : undefined,
    (r) => precisionRule("from", r.from, r.from_precision),
  ],
});

export const EVENT_KINDS = [
  "seizure",
  "closure",
  "attack",
  "reopening",
  "opening",
  "reopening_expected",
  "reopening_condition",
  "reopening_understanding",
  "talks",
  "ceasefire",
] as const;

export const events = defineTable({
  file: "events.csv",
  about: "dated events at the crossings, and the ceasefire",
  // An expected reopening is dated on the day it is expected, which may follow the report (but not today).
  reportedDates: { columns: ["date"], mayFollowSource: (r) => r.kind === "reopening_expected" },
  columns: {
    date: date(),
    precision: oneOf(DAY_PRECISIONS),
    crossing: oneOf([...CROSSINGS, "none"]),
    kind: oneOf(EVENT_KINDS),
    actor: optionalText(),
    label: text({ kind: "label" }),
    hedge: optional(oneOf(HEDGES)),
    ...sourceColumns,
  },
  rules: [(r) => precisionRule("date", r.date, r.precision)],
});

export const humanitarian = defineTable({
  file: "humanitarian.csv",
  about: "displacement, fuel, health access and troop offers",
  reportedDates: { columns: ["as_of"] },
  columns: {
    measure: oneOf(["sheltering", "displaced", "fuel", "reproductive_health", "troops_offered"]),
    place: text(),
    who: optionalText(),
    value: count(),
    unit: oneOf(["people", "days", "soldiers"]),
    qualifier: oneOf(QUALIFIERS),
    hedge: optional(oneOf(HEDGES)),
    as_of: date(),
    ...sourceColumns,
  },
});

/** Every table, in the order `npm run check` lists them. sources comes first: the others refer to it. reporters is not cited: it says how names read. */
export const TABLES = { sources, reporters, casualties, hostages, closures, events, humanitarian } as const;

export type TableName = keyof typeof TABLES;
/** Every table's name, in the schema's order. */
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The tables whose rows cite a source (a source column): reported figures and events, not sources.csv or reporters.csv. */
export type CitedTable = {
  [K in keyof typeof TABLES]: "source" extends keyof (typeof TABLES)[K]["columns"] ? K : never;
}[keyof typeof TABLES];

export const CITED_TABLES: readonly CitedTable[] = (Object.keys(TABLES) as (keyof typeof TABLES)[]).filter(
  (name): name is CitedTable => "source" in TABLES[name].columns,
);

export type Source = RowOf<typeof sources.columns>;
export type Reporter = RowOf<typeof reporters.columns>;
export type Casualty = RowOf<typeof casualties.columns>;
export type Hostage = RowOf<typeof hostages.columns>;
export type Closure = RowOf<typeof closures.columns>;
export type CrossingEvent = RowOf<typeof events.columns>;
export type Humanitarian = RowOf<typeof humanitarian.columns>;

/**
 * A date of a precision is written as the first day of its span: a weekend as its Saturday, a
 * month as its 1st, a year as 1 January. A night is dated by its evening and a week by its first
 * day, whatever weekday the report's week starts on.
 */
function precisionRule<C extends string>(
  column: C,
  d: Date,
  precision: string,
): { column: C; message: string } | undefined {
  const wrong =
    (precision === "weekend" && d.getUTCDay() !== 6) ||
    (precision === "month" && d.getUTCDate() !== 1) ||
    (precision === "year" && (d.getUTCDate() !== 1 || d.getUTCMonth() !== 0));
  if (!wrong) return undefined;
  const first = {
    weekend: "Saturday of the weekend",
    month: "first day of the month",
    year: "first day of the year",
  }[precision];
  return { column, message: `a ${precision}-precision date is written as the ${first}: ${isoDate(d)}` };
}
