import { publisherName } from "../cite/sourceLine.ts";
import type { Data } from "../data/load.ts";
import type { Qualifier, Source } from "../data/schema.ts";
import { formatDate } from "../format/date.ts";
import { qualified } from "../format/qualifier.ts";

/** Attributions that read with "the": "according to the Gaza health ministry". */
const DEFINITE =
  /^(Gaza health ministry|Hamas-run|Financial Times|UN\b|UN humanitarian|UNRWA|White House|Israeli military|AFP tally|Qatari|newly appointed)/;

export function withArticle(reporter: string): string {
  return DEFINITE.test(reporter) ? `the ${reporter}` : reporter;
}

type Attributed = { reported_by: string; source: string };

/**
 * "according to Gaza health authorities (25 January 2026)". A figure the
 * article states in its own voice is credited to the publication:
 * "according to AFP's report (7 May 2024)", or for an unidentified publisher
 * "according to a news report of 6 January 2026, which does not attribute it".
 */
export function according(row: Attributed & { as_of?: Date }, data: Data): string {
  const source = findSource(row.source, data);
  // The date is the report's; where the figure is of an earlier day (an incident), say so.
  const reported = formatDate(source.published);
  const date = row.as_of && +row.as_of !== +source.published ? `reported ${reported}` : reported;
  if (row.reported_by === "unattributed") {
    return source.publisher
      ? `according to ${publisherName(source)} (${date})`
      : `according to a news report (${date}) that does not name its source`;
  }
  return `according to ${withArticle(row.reported_by)} (${date})`;
}

/** Who said it and where, for titles and side-by-side listings: "Israeli officials, via Financial Times". */
export function reportedVia(row: Attributed, data: Data): string {
  const source = findSource(row.source, data);
  if (row.reported_by === "unattributed") return source.publisher ?? "news report without attribution";
  return source.publisher ? `${row.reported_by}, via ${source.publisher}` : row.reported_by;
}

/** "people" → "person", "Palestinians" → "Palestinian" when the count is 1. */
export function countNoun(who: string, value: number | null): string {
  if (value !== 1) return who;
  if (who === "people") return "person";
  return who.replace(/s$/, "");
}

export function findSource(id: string, data: Data): Source {
  const source = data.sources.find((s) => s.id === id);
  if (!source) throw new Error(`unknown source: ${id}`);
  return source;
}

/** A row's figure as worded: "at least 34,789". */
export function figure(row: { value: number | null; qualifier: Qualifier | "all" }): string {
  return qualified(row.value, row.qualifier);
}

export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Pick rows by a predicate and fail loudly when a notebook expects rows that the data no longer has. */
export function pick<T>(rows: readonly T[], what: string, predicate: (row: T) => boolean): T[] {
  const found = rows.filter(predicate);
  if (found.length === 0) throw new Error(`no rows for ${what}: check the data tables`);
  return found;
}

/** Rows in date order (as_of or date), stable. */
export function byDate<T extends { as_of?: Date; date?: Date }>(rows: readonly T[]): T[] {
  const t = (r: T) => +(r.as_of ?? r.date ?? 0);
  return [...rows].sort((a, b) => t(a) - t(b));
}

/** "a", "a and b", "a, b and c": the source line's list joiner, for sentences too. */
export { andList as andWords } from "../cite/sourceLine.ts";
