/**
 * Notes of the crossing charts: a crossing too brief for the chart's scale, told instead of drawn,
 * with how long it was closed as the reports allow and each part credited to who gives it.
 */
import type { Names } from "../cite/names.ts";
import type { Closure, CrossingEvent } from "../data/schema.ts";
import { DAY } from "../format/date.ts";
import { sureFrom } from "../forms/timeTicks.ts";
import { attribution } from "./attribution.ts";
import { startPhrase } from "./closureWords.ts";
import { laneTitle, type Conflict, type statuses } from "./crossings.ts";
import { CROSSING_NAMES } from "./events.ts";
import type { ClosureInterval } from "./intervals.ts";
import { lineLimitProblems } from "./limits.ts";
import { capitalise, countWords, noun, numberWords } from "../text/words.ts";

/**
 * How long a crossing's closures ran, as the reports allow: "4 days", "2 to 4 days" (a start known
 * only to a weekend), "at least 1 day" (no report dates the start). Days touched, counted whole.
 */
export function closedDays(intervals: readonly ClosureInterval[]): string {
  const days = (ms: number) => Math.ceil(ms / DAY);
  let least = 0;
  let most = 0;
  for (const i of intervals) {
    const end = +(i.to ?? i.lastReport) + DAY;
    const sure = i.starts.length ? Math.min(...i.starts.map((x) => +sureFrom(x.date, x.precision))) : +i.from;
    least += days(end - sure);
    most = i.starts.length ? most + days(end - +i.from) : Infinity;
  }
  // Zero to nine in words, as in all running text: "two to four days".
  const unit = (n: number) => countWords(n, "exact", noun("day"));
  if (most === Infinity) return `at least ${unit(least)}`;
  return least === most ? unit(most) : `${numberWords(least)} to ${unit(most)}`;
}

/**
 * A crossing too brief for the chart's scale, told in a note: "Not drawn at this scale (two to four
 * days): Kerem Shalom, closed from the weekend of 4–5 May 2024 (Financial Times), still closed on
 * 7 May 2024 (Financial Times and UN …)". The start is credited only to the reports that give one;
 * when that runs over a note's lines, the start and the status are two notes.
 */
export function briefNote(
  s: ReturnType<typeof statuses>[number],
  events: readonly CrossingEvent[],
  names: Names,
  end: Date,
  intervals: readonly ClosureInterval[],
): string[] {
  const credit = (rows: readonly Closure[]) =>
    attribution(
      rows.map((r) => names.credit(r)),
      "name",
    );
  const name = CROSSING_NAMES[s.crossing];
  const title = laneTitle(s, events, end).replace(`${name}: `, `${name}, `);
  const dated = s.current.rows.filter((r) => r.from_precision !== "unknown");
  const start = `closed from ${startPhrase(s.current)}`;
  const head = `Not drawn at this scale (${closedDays(intervals.filter((i) => i.crossing === s.crossing))})`;
  const at = title.indexOf(start);
  if (!dated.length || dated.length === s.current.rows.length || at < 0)
    return [`${head}: ${title} (${credit(s.current.rows)}).`];
  const rest = title.slice(at + start.length);
  const one = `${head}: ${title.slice(0, at)}${start} (${credit(dated)})${rest} (${credit(s.current.rows)}).`;
  // Too long for a note's lines: the start and its reports, then the status and all of them.
  if (!lineLimitProblems({ headline: "", notes: [one] }).length || !rest.startsWith(", still closed"))
    return [one];
  return [
    `${head}: ${title.slice(0, at)}${start} (${credit(dated)}).`,
    `${name}${rest.slice(1)} (${credit(s.current.rows)}).`,
  ];
}

/**
 * A disagreement as notes: one, "Reports differ on ‹topic›: ‹figure› (‹who›); ‹figure› (‹who›).",
 * when it keeps to a note's lines; else the topic and each report as its own note, "‹Who›:
 * ‹figure›.", so no note runs over its lines and every report keeps its words and its credit.
 */
export function differNotes(d: Conflict): string[] {
  const one = `Reports differ on ${d.topic}: ${d.reports.map((r) => `${r.figure} (${r.by})`).join("; ")}.`;
  if (!lineLimitProblems({ headline: "", notes: [one] }).length) return [one];
  const [first, ...rest] = d.reports.map((r) => `${capitalise(r.by)}: ${r.figure}.`);
  return [`Reports differ on ${d.topic}. ${first ?? ""}`.trim(), ...rest];
}
