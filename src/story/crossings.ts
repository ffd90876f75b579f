/**
 * The crossings' status in words: a headline, sentences for copy with each claim credited to the
 * reports that give it, lane titles, and the reports that cannot all be true (seizure days whose
 * spans cannot meet; an opening a report places inside a closure others report). A closure
 * contested for a period is told as closed on its start, never as "closed since".
 */
import { groups } from "d3-array";
import type { Credit, Names } from "../cite/names.ts";
import type { Closure, CrossingEvent } from "../data/schema.ts";
import { datePhrase, formatDate } from "../format/date.ts";
import { andList, capitalise } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { CROSSING_NAMES, eventPhrase, kindRank } from "./events.ts";
import { creditedList } from "./change.ts";
import { firstThatFits } from "./fit.ts";
import {
  closureIntervals,
  differOn,
  crossingStatuses,
  openingsInside,
  reopenedOn,
  reopeningReported,
  startsAgree,
  type ClosureInterval,
  type CrossingStatus,
} from "./intervals.ts";
import { closureWords, contestedPhrase, otherDatings, startPhrase, statusPhrase } from "./closureWords.ts";
export { seizureSentence } from "./seizure.ts";
import { spanOf, spansAgree } from "./ranges.ts";
import { byDate, latest } from "./select.ts";

/** A report that two or more rows cannot all be true, shown side by side, never settled. */
export interface Conflict {
  topic: string;
  reports: { figure: string; by: string; row: Closure | CrossingEvent }[];
}

/** Each crossing's status from the closures and events. */
export function statuses(closures: readonly Closure[], events: readonly CrossingEvent[]): CrossingStatus[] {
  return crossingStatuses(closureIntervals(closures, events), events);
}

/** Whether a report places an opening inside the status's current closure: the closure is contested. */
export function contested(status: CrossingStatus, events: readonly CrossingEvent[]): boolean {
  return openingsInside(status.current, events).length > 0;
}

/**
 * "Rafah crossing closed since the night of 6–7 May 2024; an understanding to reopen it reported on
 * 25 January 2026". A contested closure is never "closed since": it leads with the status at the
 * latest report, "Rafah crossing closed as of 6 January 2026", and claims no unbroken closure.
 */
export function statusHeadline(
  status: CrossingStatus,
  names: Names,
  events: readonly CrossingEvent[],
): string {
  const name = `${CROSSING_NAMES[status.crossing]} crossing`;
  const disputed = contested(status, events);
  const reopened = reopenedOn(status.current);
  const start = (precision: "day" | "month") =>
    status.current.starts.length
      ? `closed ${precision === "month" ? `in ${startPhrase(status.current, "month")}` : `on ${startPhrase(status.current)}`}`
      : "reported closed";
  const now =
    status.kind === "reopened" && reopened && reopeningReported(status.current)
      ? disputed
        ? [`${name} reopened on ${formatDate(reopened)}`]
        : [`${name} ${statusPhrase(status)}`, `${name} reopened on ${formatDate(reopened)}`]
      : disputed
        ? status.kind === "reopened"
          ? [
              `${name} ${start("month")}; reported closed until ${formatDate(status.current.to ?? status.asOf)}`,
            ]
          : // The news is the status at the latest report; the start and the disagreement are the
            // lane's title and a note, so the headline never repeats the bar (issue 20).
            [`${name} closed as of ${formatDate(status.asOf)}`]
        : [`${name} ${statusPhrase(status)}`, `${name} ${statusPhrase(status, "month")}`];
  // The news of the latest day that reported what may come next: its weightiest kind.
  const last = latest(status.pending);
  const next = [...last].sort((a, b) => kindRank(a.kind) - kindRank(b.kind))[0];
  const asOf = formatDate(status.asOf);
  // Headlinese may drop the event's article: "…; understanding on reopening reported on …".
  const then = (head: string, article = true, dated = true) => {
    if (!next) return status.kind === "reopened" || head.endsWith(asOf) ? head : `${head}, as of ${asOf}`;
    const phrase = eventPhrase(next, names, formatDate, { dated });
    return `${head}; ${article ? phrase : phrase.replace(/^(a|an|the) /, "")}`;
  };
  // The whole record's headline states the status, with the news when both fit: the news alone
  // is the period charts' headline (eventsHeadline), so the two never read the same.
  return firstThatFits([
    ...now.map((h) => then(h)),
    ...now.map((h) => then(h, false)),
    ...now.map((h) => then(h, false, false)),
    ...now,
  ]);
}

/**
 * "according to the Financial Times and the UN (7 May 2024)"; without the date when the clause
 * already names the day the reports were published (`day`).
 */
function by(rows: readonly (Closure | CrossingEvent)[], names: Names, day?: Date): string {
  const credits = rows.map((r) => names.credit(r));
  if (!credits.length) return "";
  const same = day !== undefined && credits.every((c) => +c.source.published === +day);
  return `${attribution(credits, "according")}${same ? "" : ` (${datesOf(credits)})`}`;
}

function datesOf(credits: readonly { source: { published: Date } }[]): string {
  return andList([
    ...new Set(byDate(credits.map((c) => ({ date: c.source.published }))).map((c) => formatDate(c.date))),
  ]);
}

/** The rows that give an interval's start, when they agree: the widest of them names it. */
function startRows(i: ClosureInterval): Closure[] {
  const days = i.starts.filter((s) => s.precision !== "month");
  return (days.length ? days : i.starts).flatMap((s) => s.rows);
}

/**
 * "according to the Financial Times (7 May 2024)": a closure's start is the article's own
 * dating (the UN says it was denied access; AFP dates that to Tuesday), so it is credited to the
 * articles that give it, never to the body the row quotes on the closure.
 */
function byArticles(rows: readonly Closure[], names: Names): string {
  const credits = articleCredits(rows, names);
  return credits.length ? `${attribution(credits, "according")} (${datesOf(credits)})` : "";
}

/** Each row credited to its article's publisher, the article's own voice. */
function articleCredits(rows: readonly Closure[], names: Names): Credit[] {
  return rows.map((r) => names.credit(r)).map((c) => ({ ...c, voice: c.publisher, unattributed: true }));
}

/** The same rows, whatever their order: two parts of a status credited to the same reports are told as one. */
function sameRows(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/**
 * When a closure began, with who says so: "from the night of 6–7 May 2024, according to the
 * Financial Times and the UN (7 May 2024)"; starts that cannot all be true are each credited.
 */
function since(i: ClosureInterval, names: Names, credit = true): string {
  if (!startsAgree(i))
    return `from ${creditedList(i.starts.map((s) => `${formatDate(s.date, s.precision)}, ${byArticles(s.rows, names)}`))}`;
  const lead = startPhrase(i);
  if (!credit) return `from ${lead}`;
  // Reports that agree but word the day differently each keep their own: "from the night of 6–7
  // May 2024, according to the Financial Times (7 May 2024); AFP dates the start to 7 May 2024".
  const dated = groups(startRows(i), (r) =>
    formatDate(r.from, r.from_precision === "unknown" ? "day" : r.from_precision),
  ).map(([phrase, rows]) => ({ phrase, rows, credits: articleCredits(rows, names) }));
  const leadRows = dated.find((d) => d.phrase === lead)?.rows ?? startRows(i);
  const others = otherDatings(dated, lead, "the start");
  return `from ${lead}, ${byArticles(leadRows, names)}${others ? `; ${others}` : ""}`;
}

/**
 * A crossing's status for copy, news first, in sentences of their own, each credited: "The Rafah
 * crossing was closed from the night of 6–7 May 2024, according to the Financial Times and the UN
 * (7 May 2024). It was still closed on 6 January 2026, according to a news report. Three sources,
 * cited by Reuters, said that in 2025 it was staffed by …."
 */
export function statusSentences(
  status: CrossingStatus,
  names: Names,
  events: readonly CrossingEvent[],
): string {
  const name = `The ${CROSSING_NAMES[status.crossing]} crossing`;
  const { current, previous } = status;
  const newest = latest(current.rows);
  const undated = "The reports do not date the start of the closure.";
  const out: string[] = [];
  const reopened = reopenedOn(current);
  if (status.kind === "reopened" && reopened && reopeningReported(current)) {
    out.push(`${name} reopened on ${formatDate(reopened)}, ${by(current.endedBy, names)}.`);
    out.push(current.starts.length ? `It had been closed ${since(current, names)}.` : undated);
  } else if (status.kind === "reopened") {
    const to = formatDate(current.to ?? current.lastReport);
    if (!current.starts.length) out.push(`${name} was closed until ${to}, ${by(newest, names)}.`, undated);
    else if (startsAgree(current) && sameRows(startRows(current), newest))
      out.push(`${name} was closed ${since(current, names, false)} to ${to}, ${by(newest, names)}.`);
    else
      out.push(
        `${name} was closed ${since(current, names)}. It was closed until ${to}, ${by(newest, names)}.`,
      );
  } else {
    const before = previous ? reopenedOn(previous) : null;
    if (status.kind === "closed again" && previous && before)
      out.push(`${name} reopened on ${formatDate(before)}, ${by(previous.endedBy, names)}.`);
    const subject = out.length ? "It" : name;
    const again = out.length ? " again" : "";
    const still = `still closed on ${formatDate(status.asOf)}, ${by(newest, names, status.asOf)}`;
    if (!current.starts.length) out.push(`${subject} was ${still}.`, undated);
    else if (startsAgree(current) && sameRows(startRows(current), newest))
      out.push(`${subject} was closed${again} ${since(current, names, false)} and was ${still}.`);
    else out.push(`${subject} was closed${again} ${since(current, names)}.`, `It was ${still}.`);
  }
  for (const o of openingsInside(current, events)) out.push(openingSentence(o, names));
  return out.join(" ");
}

/** "Three sources, cited by Reuters, said that in 2025 it was staffed by …." Opening labels are written to follow "it was". */
function openingSentence(o: CrossingEvent, names: Names): string {
  const credit = names.credit(o);
  const who = capitalise(attribution(credit, "said"));
  const label = `${o.label.charAt(0).toLowerCase()}${o.label.slice(1)}`;
  // "But": the opening contradicts the closure the sentences before it report.
  return `But ${who.charAt(0).toLowerCase()}${who.slice(1)} that ${datePhrase(o.date, o.precision)} it was ${label} (${formatDate(credit.source.published)}).`;
}

/**
 * A lane title: "Rafah: closed since the night of 6–7 May 2024". A contested closure says so: "Rafah:
 * closed from the night of 6–7 May 2024; reports differ on its status in 2025" (what is disputed named,
 * as the notes name it: "reports differ on the number killed"), and when it reopened: "…, reopened on
 * 2 February 2026; reports differ on its status in 2025". A status whose latest report is older
 * than the chart's end says when it was last reported: "Kerem Shalom: still closed on 7 May 2024".
 */
export function laneTitle(status: CrossingStatus, events: readonly CrossingEvent[], end?: Date): string {
  const name = CROSSING_NAMES[status.crossing];
  const [differ] = differOn(status, events);
  if (differ) return `${name}: ${contestedPhrase(status)}; reports differ on its status in ${differ}`;
  const stale = end && status.kind !== "reopened" && +status.asOf < +end;
  if (!stale) return `${name}: ${statusPhrase(status)}`;
  const on = formatDate(status.asOf);
  if (status.kind === "closed")
    return status.current.starts.length
      ? `${name}: closed from ${startPhrase(status.current)}, still closed on ${on}`
      : `${name}: still closed on ${on}, start not dated`;
  return `${name}: ${statusPhrase(status)}, still closed on ${on}`;
}

/** Reports that cannot all be true: seizure days whose spans cannot meet, and openings inside a reported closure. */
export function conflicts(
  closures: readonly Closure[],
  events: readonly CrossingEvent[],
  names: Names,
): Conflict[] {
  const out: Conflict[] = [];
  const label = (row: Closure | CrossingEvent) => attribution(names.credit(row), "name");
  for (const [crossing, name] of Object.entries(CROSSING_NAMES)) {
    const seizures = byDate(events.filter((e) => e.kind === "seizure" && e.crossing === crossing));
    if (spansAgree(seizures.map((e) => spanOf(e.date, e.precision)))) continue;
    out.push({
      topic: `the day the ${name} crossing was seized`,
      reports: seizures.map((row) => ({ figure: formatDate(row.date, row.precision), by: label(row), row })),
    });
  }
  for (const i of closureIntervals(closures, events)) {
    const report = latest(i.rows)[0];
    if (!report) continue;
    for (const opening of openingsInside(i, events)) {
      out.push({
        topic: `the ${CROSSING_NAMES[opening.crossing]} crossing in ${formatDate(opening.date, opening.precision)}`,
        reports: [
          { figure: closureWords(report), by: label(report), row: report },
          {
            figure: `${opening.label.charAt(0).toLowerCase()}${opening.label.slice(1)}`,
            by: label(opening),
            row: opening,
          },
        ],
      });
    }
  }
  return out;
}
