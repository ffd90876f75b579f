/**
 * Dates in a sentence, resolved against the publication date. chrono-node reads the phrases ("on
 * Tuesday", "Monday night", "last week", "at the weekend", "October 10", "since May 2024"); what is
 * ours is the direction and the span:
 * - chrono resolves a bare weekday or a day without a year to the nearest one, often ahead of the
 *   article; a report looks back, so a date after publication moves back a week or a year (an
 *   expected reopening looks ahead, and moves forward instead);
 * - a date has a span, as the tables record it: a day, a night (dated by its evening), a weekend
 *   (by its Saturday), a week (by its Monday), a month (its 1st) or a year (1 January);
 * - "overnight", which chrono does not read, is the night before the morning of publication.
 */
import * as chrono from "chrono-node/en";
import type { Analysed } from "./analyse.ts";

export type Precision = "day" | "night" | "weekend" | "week" | "month" | "year";

export interface DatePhrase {
  start: number;
  end: number;
  text: string;
  /** ISO day: the first day of the span. */
  date: string;
  precision: Precision;
  /** "since May 2024", "from Tuesday": the start of a running count or a closure. */
  since: boolean;
  /** "said on Tuesday": the day of a statement, not of what it reports. */
  statement: boolean;
}

const DAY = 86_400_000;

/**
 * chrono's casual English with the parsers a news report's dates need (weekdays, month names,
 * "yesterday", "Monday night", "last week", ISO days) and without its time-of-day, slash-date and
 * "in 3 hours" parsers, or its merging of "X, Y" into a range: the full set costs a cold run two
 * to three times as long, and a range merge read "at the weekend, October 10" as one date.
 */
let reader: chrono.Chrono | undefined;
function chronoReader(): chrono.Chrono {
  if (reader) return reader;
  const casual = chrono.configuration.createCasualConfiguration(false);
  const keep =
    /^EN(Weekday|MonthNameLittleEndian|MonthNameMiddleEndian|MonthName|CasualDate|CasualTime|RelativeDateFormat|YearMonthDay)Parser$/;
  const parsers = casual.parsers.filter((p) => keep.test(p.constructor.name));
  // Should a release of chrono rename its parsers, read with all of them rather than none.
  reader =
    parsers.length >= 6
      ? new chrono.Chrono({
          parsers,
          refiners: casual.refiners.filter((r) => !/MergeDateRange/.test(r.constructor.name)),
        })
      : chrono.casual;
  return reader;
}

export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoDay(Date.parse(`${iso}T00:00:00Z`) + days * DAY);
}

const read = new WeakMap<Analysed, Map<string, DatePhrase[]>>();

/** Every date phrase of a sentence; `ahead` resolves bare weekdays and days forward, not back. */
export function datesIn(a: Analysed, published: string, ahead = false): DatePhrase[] {
  let cache = read.get(a);
  if (!cache) read.set(a, (cache = new Map<string, DatePhrase[]>()));
  const key = `${published}:${ahead}`;
  const known = cache.get(key);
  if (known) return known;
  const phrases = parseDates(a, published, ahead);
  cache.set(key, phrases);
  return phrases;
}

/** Words without which a sentence holds no date chrono reads: most sentences skip the parse. */
const DATEISH =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(week|weekend|month|year|night|yesterday|today|tonight|ago|overnight)\b|\b\d{4}-\d\d-\d\d\b|\b(19|20)\d\d\b/i;

function parseDates(a: Analysed, published: string, ahead: boolean): DatePhrase[] {
  if (!DATEISH.test(a.text)) return [];
  const ref = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const out: DatePhrase[] = [];
  const results = chronoReader().parse(a.text, ref);
  for (const [i, r] of results.entries()) {
    const phrase = fromChrono(a.text, r, published, ahead);
    if (!phrase) continue;
    // "October 10 last year": chrono reads two dates; the second gives the first its year.
    const next = results[i + 1];
    if (next && /^last year$/i.test(next.text) && /^\s*$/.test(a.text.slice(phrase.end, next.index))) {
      const year = Number(published.slice(0, 4)) - 1;
      phrase.date = `${year}${phrase.date.slice(4)}`;
      phrase.end = next.index + next.text.length;
      phrase.text = a.text.slice(phrase.start, phrase.end);
      results.splice(i + 1, 1);
    }
    out.push(phrase);
  }
  // "In 2014", "since 2023", "during the 2014 war": a year alone, which chrono leaves unread.
  for (const m of a.text.matchAll(
    /\b(in|since|during|by|of)\s+(?:the\s+)?((?:19|20)\d\d)\b(?![-/.]\d|,? \d)/gi,
  )) {
    const start = m.index + m[0].length - (m[2] ?? "").length;
    if (out.some((d) => d.start <= start && d.end > start)) continue;
    const since = /^since$/i.test(m[1] ?? "");
    const date = `${m[2] ?? ""}-01-01`;
    out.push({
      start,
      end: m.index + m[0].length,
      text: m[2] ?? "",
      date,
      precision: "year",
      since,
      statement: false,
    });
  }
  // "Overnight" is the night before the morning of the statement ("said on Monday"), or else of publication.
  const said = out.find((d) => d.statement && d.precision === "day");
  for (const m of a.text.matchAll(/\bovernight\b/gi)) {
    const date = addDays(said?.date ?? published, -1);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      date,
      precision: "night",
      since: false,
      statement: false,
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

function fromChrono(
  text: string,
  r: chrono.ParsedResult,
  published: string,
  ahead: boolean,
): DatePhrase | undefined {
  // chrono keeps the comma of "On Sunday,": the phrase is the words.
  const t = r.text.replace(/[\s,.;:]+$/, "");
  // A modal "may" or "march" in lower case is not a month; "past 24 hours" is a scope, not a date.
  if (/^(may|march)$/.test(t) || /hours?|minutes?|\bnow\b|\d+\s*(am|pm)\b/i.test(t)) return undefined;
  const known = (c: chrono.Component) => r.start.isCertain(c);
  let precision: Precision = "day";
  if (/night|evening/i.test(t) || r.start.tags().has("casualReference/evening")) precision = "night";
  else if (/weekend/i.test(t)) precision = "weekend";
  else if (/\bweek\b/i.test(t)) precision = "week";
  else if (!known("day") && !known("weekday") && known("month")) precision = "month";
  else if (!known("day") && !known("weekday") && !known("month") && known("year")) precision = "year";
  else if (!known("day") && !known("weekday") && /month/i.test(t)) precision = "month";
  const y = r.start.get("year") ?? Number(published.slice(0, 4));
  const m = r.start.get("month") ?? 1;
  const d = r.start.get("day") ?? 1;
  let date = isoDay(Date.UTC(y, m - 1, d));
  // The direction: a date chrono put on the wrong side of publication moves a week or a year.
  const wrongSide = ahead ? date < published : date > published;
  if (wrongSide && !known("year")) {
    if (!known("month") && !known("day")) date = addDays(date, ahead ? 7 : -7);
    else date = `${Number(date.slice(0, 4)) + (ahead ? 1 : -1)}${date.slice(4)}`;
  }
  date = spanStart(date, precision);
  // "since May 2024", "since mid-July", "since the ceasefire took effect on October 10": a start.
  const before = text.slice(Math.max(0, r.index - 60), r.index);
  // "since evacuation orders were issued there earlier this month": a date in a "since" clause
  // dates the start of the count, whatever the clause's verb.
  const since =
    /\b(since|from)\s+((early|mid|late)[- ]?\s*|the (start|beginning|end|middle) of\s+)?$|\bsince\s+[^,;.]*\b(took effect|began|started|signed|were|was|had been)\b[^,;.]*$/i.test(
      before,
    );
  // "said on Monday", "told the state news agency BSS on Monday": the day of a statement.
  const statement =
    /\b(said|says|told|reported|announced|added|stated)\s+(\p{L}+\s+)?$/iu.test(before) ||
    /\btold\s+(?:[\p{L}'’.-]+\s+){1,6}(?:on\s+)?$/iu.test(before);
  return { start: r.index, end: r.index + t.length, text: t, date, precision, since, statement };
}

/** The first day of the span a date stands for: a weekend's Saturday, a week's Monday, a month's 1st. */
function spanStart(date: string, precision: Precision): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (precision === "weekend") return weekday === 0 ? addDays(date, -1) : date;
  if (precision === "week") return addDays(date, -((weekday + 6) % 7));
  if (precision === "month") return `${date.slice(0, 8)}01`;
  if (precision === "year") return `${date.slice(0, 4)}-01-01`;
  return date;
}
