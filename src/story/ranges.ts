/**
 * Reported figures and dates as ranges, so that two reports are said to differ only when they
 * cannot both be true. "More than 400" and "422" agree; "an estimated 128" and "132" differ;
 * "Monday night" and "Tuesday" can be the same overnight operation.
 *
 * Figures: "at least N" is [N, ∞), "more than N" is (N, ∞), "up to N" is [0, N], "nearly N" is
 * [0.9 N, N), "about N" is [0.9 N, 1.1 N]; an exact figure and an estimate are the point N.
 * Dates: a day is itself; a night runs into the next morning (two days); a weekend is Saturday
 * and Sunday; a week is seven days from its first; a month and a year are whole; an unknown start
 * is any day up to the report.
 */
import { DAY } from "../format/date.ts";
import type { Qualifier } from "../format/qualifier.ts";

/** How far "about" and "nearly" reach from their figure: 10 %, the usual rounding of such words. */
export const ROUGHLY = 0.1;

/** A range of numbers; an open end excludes its bound. */
export interface Range {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

/** The values a reported figure allows. "all" with no number allows any count. */
export function rangeOf(value: number | null, qualifier: Qualifier | "all"): Range {
  if (value === null || qualifier === "all") return { lo: 0, hi: Infinity, loOpen: false, hiOpen: true };
  switch (qualifier) {
    case "at least":
      return { lo: value, hi: Infinity, loOpen: false, hiOpen: true };
    case "more than":
      return { lo: value, hi: Infinity, loOpen: true, hiOpen: true };
    case "up to":
      return { lo: 0, hi: value, loOpen: false, hiOpen: false };
    case "nearly":
      return { lo: value * (1 - ROUGHLY), hi: value, loOpen: false, hiOpen: true };
    case "about":
      return { lo: value * (1 - ROUGHLY), hi: value * (1 + ROUGHLY), loOpen: false, hiOpen: false };
    case "exact":
    case "estimated":
      return { lo: value, hi: value, loOpen: false, hiOpen: false };
  }
}

/** Whether two ranges share a value. */
export function overlap(a: Range, b: Range): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // They touch at one value: it must be inside both.
  const inside = (r: Range, x: number) =>
    (x > r.lo || (x === r.lo && !r.loOpen)) && (x < r.hi || (x === r.hi && !r.hiOpen));
  return inside(a, lo) && inside(b, lo);
}

/** A figure as it is reported: its number (null for "all") and qualifier. */
export interface Reported {
  value: number | null;
  qualifier: Qualifier | "all";
}

/** Whether reported figures can all be true at once: every pair of them overlaps. */
export function figuresAgree(rows: readonly Reported[]): boolean {
  const ranges = rows.map((r) => rangeOf(r.value, r.qualifier));
  const common = ranges.reduce<Range | undefined>((acc, r) => (acc ? intersect(acc, r) : r), undefined);
  return common === undefined || !empty(common);
}

function intersect(a: Range, b: Range): Range {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return {
    lo,
    hi,
    loOpen: (lo === a.lo && a.loOpen) || (lo === b.lo && b.loOpen),
    hiOpen: (hi === a.hi && a.hiOpen) || (hi === b.hi && b.hiOpen),
  };
}

function empty(r: Range): boolean {
  return r.lo > r.hi || (r.lo === r.hi && (r.loOpen || r.hiOpen));
}

/** How precisely a date is given. A date is written as the first day of its span. */
export type DatePrecision = "day" | "night" | "weekend" | "week" | "month" | "year" | "by" | "unknown";

/** A span of whole days, both ends included, in UTC milliseconds; an unknown start has from = -Infinity. */
export interface Span {
  from: number;
  to: number;
}

/**
 * The days a date of a precision covers: a night is its evening's day and the next morning's,
 * a weekend its Saturday and Sunday, a week seven days, a month and a year whole. An unknown
 * date is any day up to `until` (the report's day).
 */
export function spanOf(date: Date, precision: DatePrecision, until: Date = date): Span {
  const t = +date;
  switch (precision) {
    case "day":
      return { from: t, to: t };
    case "night":
    case "weekend":
      return { from: t, to: t + DAY };
    case "week":
      return { from: t, to: t + 6 * DAY };
    case "month":
      return { from: t, to: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) };
    case "year":
      return { from: t, to: Date.UTC(date.getUTCFullYear(), 11, 31) };
    case "by":
      return { from: -Infinity, to: t };
    case "unknown":
      return { from: -Infinity, to: +until };
  }
}

/** Whether dates can all be the same day: their spans share at least one day. */
export function spansAgree(spans: readonly Span[]): boolean {
  if (!spans.length) return true;
  const from = Math.max(...spans.map((s) => s.from));
  const to = Math.min(...spans.map((s) => s.to));
  return from <= to;
}
