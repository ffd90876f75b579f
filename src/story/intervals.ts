/**
 * Crossing closures as intervals per crossing: closed, reopened, closed again. Reports
 * of one closure (rows whose spans overlap) are one interval; its end is what the latest
 * report on it says, or a later reopening event. The status of a crossing is what the
 * latest report says, and expectations count only when they are later than that report.
 */
import { ascending, groups, max } from "d3-array";
import { CROSSINGS, type Closure, type CrossingEvent } from "../data/schema.ts";
import { DAY, formatDate } from "../format/date.ts";
import { andList } from "../text/words.ts";
import { spanOf, spansAgree } from "./ranges.ts";
import { byDate, latest } from "./select.ts";

export const addDays = (d: Date, n: number): Date => new Date(+d + n * DAY);

export type Crossing = Closure["crossing"];

/** How precisely a closure's start is given: a day, a night, a weekend or a month ("unknown" starts are not starts). */
export type StartPrecision = Exclude<Closure["from_precision"], "unknown">;

/** Starts given to a day or two: a day, a night, a weekend. */
const DAYISH: readonly StartPrecision[] = ["day", "night", "weekend"];

/** Kinds of event that say what may happen next, not what happened. */
const PENDING_KINDS: readonly CrossingEvent["kind"][] = [
  "reopening_expected",
  "reopening_condition",
  "reopening_understanding",
];

/** One closure of one crossing, as all the reports of it give it. */
export interface ClosureInterval {
  crossing: Crossing;
  /** Each start the reports give, earliest first: several when they differ on the day. A report that gives no start ("unknown") is not one. */
  starts: { date: Date; precision: StartPrecision; rows: Closure[] }[];
  /** First day closed, for drawing: the earliest start. */
  from: Date;
  /** Last day closed; null while the latest report says it is still closed. */
  to: Date | null;
  /** The day of the latest report on this closure. */
  lastReport: Date;
  rows: Closure[];
  /** The rows that say it ended: closure rows with an end, or a reopening event. */
  endedBy: (Closure | CrossingEvent)[];
  /** Reports on this closure that cannot all be true: shown, never settled. */
  conflicts: { rows: (Closure | CrossingEvent)[]; about: string }[];
}

/** A crossing's status as its latest report gives it. */
export interface CrossingStatus {
  crossing: Crossing;
  kind: "closed" | "closed again" | "reopened";
  /** The latest closure. */
  current: ClosureInterval;
  /** The closure before it, when the crossing reopened and closed again. */
  previous: ClosureInterval | undefined;
  /** The day of the latest report on the crossing's status. */
  asOf: Date;
  /** Expectations, conditions and understandings reported after the latest status report. */
  pending: CrossingEvent[];
}

/** Closure intervals of every crossing, in order of crossing then start. */
export function closureIntervals(
  closures: readonly Closure[],
  events: readonly CrossingEvent[] = [],
): ClosureInterval[] {
  const out: ClosureInterval[] = [];
  for (const [crossing, rows] of groups(closures, (c) => c.crossing).sort((a, b) =>
    ascending(CROSSINGS.indexOf(a[0]), CROSSINGS.indexOf(b[0])),
  )) {
    // A reopening, or an opening dated to the day, ends a closure reported before it.
    const reopenings = byDate(
      events.filter(
        (e) =>
          e.crossing === crossing &&
          (e.kind === "reopening" || (e.kind === "opening" && e.precision === "day")),
      ),
    );
    for (const group of mergeSpans(rows)) out.push(intervalOf(crossing, group, reopenings));
  }
  return out;
}

/** Rows whose spans (from, to or the report's day) overlap or touch are reports of one closure. */
function mergeSpans(rows: readonly Closure[]): Closure[][] {
  const sorted = [...rows].sort((a, b) => ascending(+a.from, +b.from) || ascending(+a.as_of, +b.as_of));
  const out: Closure[][] = [];
  let end = -Infinity;
  for (const row of sorted) {
    const current = out[out.length - 1];
    const rowEnd = +(row.to ?? row.as_of);
    if (current && +row.from <= end + DAY) {
      current.push(row);
      end = Math.max(end, rowEnd);
    } else {
      out.push([row]);
      end = rowEnd;
    }
  }
  return out;
}

function intervalOf(crossing: Crossing, rows: Closure[], reopenings: CrossingEvent[]): ClosureInterval {
  const starts = groups(
    byDate(rows.filter((r) => r.from_precision !== "unknown")),
    (r) => +r.from,
    (r) => r.from_precision,
  )
    .flatMap(([t, byPrecision]) =>
      byPrecision.map(([precision, list]) => ({
        date: new Date(t),
        precision: precision as StartPrecision,
        rows: list,
      })),
    )
    .sort((a, b) => ascending(+a.date, +b.date) || ascending(a.precision, b.precision));
  const newest = latest(rows);
  const lastReport = newest[0]?.as_of ?? rows[0]?.as_of ?? new Date(0);
  const conflicts: ClosureInterval["conflicts"] = [];
  const ends = [...new Set(newest.map((r) => (r.to ? +r.to : null)))];
  let to: Date | null = null;
  let endedBy: (Closure | CrossingEvent)[] = [];
  if (ends.length > 1)
    conflicts.push({ rows: newest, about: `whether it was still closed on ${formatDate(lastReport)}` });
  if (!ends.includes(null)) {
    const end = max(newest, (r) => r.to);
    to = end ?? null;
    endedBy = newest.filter((r) => r.to !== null);
  }
  // Reports that give no start still show the closure from the earliest day they report it.
  const from = starts[0]?.date ?? new Date(Math.min(...rows.map((r) => +r.from)));
  // A reopening reported after the latest report of the closure ends it the day before.
  const reopening = reopenings.find((e) => +e.date > +from && (to === null || +e.date <= +to + DAY));
  if (reopening && to === null) {
    if (+reopening.date > +lastReport) {
      to = addDays(reopening.date, -1);
      endedBy = [reopening];
    } else {
      conflicts.push({
        rows: [...newest, reopening],
        about: `whether it reopened on ${formatDate(reopening.date)}`,
      });
    }
  }
  return { crossing, starts, from, to, lastReport, rows: byDate(rows), endedBy, conflicts };
}

/** Each crossing's status from its intervals and events; crossings with no closure rows are left out. */
export function crossingStatuses(
  intervals: readonly ClosureInterval[],
  events: readonly CrossingEvent[],
): CrossingStatus[] {
  return groups(intervals, (i) => i.crossing).map(([crossing, list]) => {
    const sorted = [...list].sort((a, b) => ascending(+a.from, +b.from));
    const current = sorted[sorted.length - 1];
    if (!current) throw new Error(`no closures for ${crossing}`);
    const previous = sorted[sorted.length - 2];
    const reopened = current.endedBy.filter((r): r is CrossingEvent => "kind" in r);
    const asOf = new Date(Math.max(+current.lastReport, ...reopened.map((e) => +e.date)));
    const pending = byDate(
      events.filter((e) => e.crossing === crossing && PENDING_KINDS.includes(e.kind) && +e.date > +asOf),
    );
    const kind = current.to !== null ? "reopened" : previous ? "closed again" : "closed";
    return { crossing, kind, current, previous, asOf, pending };
  });
}

/** Starts given to a day or two (day, night, weekend), earliest first. */
/** The starts known to a day, a night or a weekend. */
export function dayStarts(interval: ClosureInterval): ClosureInterval["starts"] {
  return interval.starts.filter((s) => DAYISH.includes(s.precision));
}

/** Whether the starts the reports give can all be the same day ("Monday night" and "Tuesday" can). */
export function startsAgree(interval: ClosureInterval): boolean {
  return spansAgree(interval.starts.map((s) => spanOf(s.date, s.precision)));
}

/** The earliest start known to a day or two, else the earliest start: where a duration is counted from. */
export function firstDay(interval: ClosureInterval): Date {
  return dayStarts(interval)[0]?.date ?? interval.from;
}

/** The day a closed interval reopened: the day after its last day closed. */
export function reopenedOn(interval: ClosureInterval): Date | null {
  return interval.to ? addDays(interval.to, 1) : null;
}

/**
 * Whether a closure's end is a reported reopening: a reopening event, or a closure row's last
 * day closed with a report after it. A `to` reported on its own day says when the closure
 * ended, not that the crossing reopened the next day.
 */
export function reopeningReported(i: ClosureInterval): boolean {
  const reopened = reopenedOn(i);
  return reopened !== null && (i.endedBy.some((r) => "kind" in r) || +reopened <= +i.lastReport);
}

/**
 * Openings and reopenings a report places wholly inside a closure other reports give (an undated
 * "opened in 2025" inside "closed since May 2024"): the two cannot both be true.
 */
export function openingsInside(i: ClosureInterval, events: readonly CrossingEvent[]): CrossingEvent[] {
  return events.filter((opening) => {
    if (opening.crossing !== i.crossing || (opening.kind !== "opening" && opening.kind !== "reopening"))
      return false;
    const end = new Date(spanOf(opening.date, opening.precision).to);
    return +i.from <= +opening.date && +(i.to ?? i.lastReport) >= +end;
  });
}

/** The periods reports differ on inside a closure whose start is reported: ["2025"], or none. */
export function differOn(status: CrossingStatus, events: readonly CrossingEvent[]): string[] {
  const openings = openingsInside(status.current, events);
  return openings.length && status.current.starts.length
    ? [andList([...new Set(openings.map((o) => formatDate(o.date, o.precision)))])]
    : [];
}
