/**
 * How a reported figure moved between the first and the latest report, as a sentence
 * that stays true for any rows: one report, several reports of one day (agreeing or
 * not), or a change over time, with ties on the first or last day shown, never settled.
 */
import { max, min } from "d3-array";
import type { Names } from "../cite/names.ts";
import { formatDate, onDates } from "../format/date.ts";
import { capitalise, countWords, noun, type Noun } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { byFigure, figuresBy, figureWords, type FigureRow } from "./figures.ts";
import { dayOf, earliest, latest } from "./select.ts";

export type ChangeKind = "single" | "agree" | "differ" | "rose" | "same" | "changed";

/** The first and latest reports of a figure and how it moved between them. */
export interface Change<T extends FigureRow> {
  kind: ChangeKind;
  first: T[];
  last: T[];
}

const REPORT = noun("report");

export function changeOf<T extends FigureRow>(rows: readonly T[]): Change<T> {
  const first = earliest(rows);
  const last = latest(rows);
  const [a, b] = [first[0], last[0]];
  if (!a || !b) throw new Error("changeOf: no rows");
  if (+dayOf(a) === +dayOf(b)) {
    if (last.length === 1) return { kind: "single", first, last };
    // Reports that give the same number with different qualifiers ("128", "an estimated 128") agree.
    return { kind: values(last).size > 1 ? "differ" : "agree", first, last };
  }
  const before = max(first, (r) => r.value);
  const after = min(last, (r) => r.value);
  const rose =
    before !== undefined && after !== undefined && after > before && !last.some((r) => r.value === null);
  if (rose) return { kind: "rose", first, last };
  const same = byFigure([...first, ...last]).length === 1;
  return { kind: same ? "same" : "changed", first, last };
}

/**
 * "The reported death toll in Gaza rose from at least 34,789 (Hamas-run Gaza health ministry)
 * on 7 May 2024 to more than 71,700 (Gaza health authorities) on 25 January 2026."
 * `what` is the measure as a noun phrase without a leading capital ("the reported death toll in Gaza").
 */
export function changeSentence(rows: readonly FigureRow[], names: Names, what: string, word?: Noun): string {
  const change = changeOf(rows);
  const first = change.first[0];
  const last = change.last[0];
  if (!first || !last) throw new Error("changeSentence: no rows");
  const on = (r: FigureRow) => formatDate(dayOf(r));
  const givenBy = (list: readonly FigureRow[]) => {
    const credits = list.map((r) => names.credit(r));
    return attribution(credits, "given");
  };
  switch (change.kind) {
    case "single":
      return `${capitalise(what)} was ${figureWords(last, word)} on ${on(last)} (${givenBy([last])}), the only report.`;
    case "agree":
      return `${capitalise(what)} was ${figureWords(last, word)} on ${on(last)} in ${countWords(change.last.length, "exact", REPORT)} (${givenBy(change.last)}).`;
    case "differ":
      return `Reports of ${on(last)} differ on ${what}: ${figuresBy(change.last, names, { noun: word })}.`;
    case "same":
      return `${capitalise(what)} was ${figureWords(last, word)} in reports ${onDates([...change.first, ...change.last].map(dayOf))} (${givenBy([...change.first, ...change.last])}).`;
    default: {
      const verb = change.kind === "rose" ? "rose" : "went";
      return `${capitalise(what)} ${verb} from ${figuresBy(change.first, names, { noun: word, join: "or" })} on ${on(first)} to ${figuresBy(change.last, names, { noun: word, join: "or" })} on ${on(last)}.`;
    }
  }
}

/** The distinct numbers rows give, whatever their qualifiers. */
export function values(rows: readonly FigureRow[]): Set<number | null> {
  return new Set(rows.map((r) => r.value));
}
