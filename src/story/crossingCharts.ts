/**
 * Recipes: status and timeline. The whole record of the crossings (one lane per crossing, its closures
 * merged, events marked, the ceasefire ruled, periods known only to the year as brackets), and the events
 * of one period (one bar per closure report that began in it, or the events listed by day).
 */
import type { ChartRecipe } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import type { Closure, CrossingEvent } from "../data/schema.ts";
import { DAY, formatDate, formatDateRange, formatMonths } from "../format/date.ts";
import { joinAlt } from "../forms/altText.ts";
import { eventList } from "../forms/eventList.ts";
import { focusFirst } from "../forms/focus.ts";
import { timeline, type TimelineInterval } from "../forms/timeline.ts";
import { barStart, sureFrom } from "../forms/timeTicks.ts";
import { crossingColor } from "../style/index.ts";
import { andList, capitalise } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { conflicts, laneTitle, statuses, statusHeadline } from "./crossings.ts";
import { briefNote, differNotes } from "./crossingNotes.ts";
import {
  CROSSING_NAMES,
  eventsHeadline,
  KIND_NOUNS,
  kindRank,
  mergeEvents,
  MOMENTS,
  type MergedEvent,
} from "./events.ts";
import { closureWords } from "./closureWords.ts";
import { closureIntervals, openingsInside, type ClosureInterval } from "./intervals.ts";
import { spanOf } from "./ranges.ts";
import { extentOf, within, type Period } from "./select.ts";

/** Events dated to a day or a few (day, night, weekend, week), which a timeline marks; others are brackets. */
const marked = (e: CrossingEvent) => e.precision !== "month" && e.precision !== "year";

/** "the Rafah and Kerem Shalom crossings", "the Rafah crossing". */
function crossingsPhrase(names: readonly string[]): string {
  return `the ${andList(names)} crossing${names.length > 1 ? "s" : ""}`;
}

/** An event known only to the month or year: "October 2025, day not reported", "2025, dates not reported". */
function undatedPhrase(e: CrossingEvent): string {
  return `${formatDate(e.date, e.precision)}, ${e.precision === "year" ? "dates" : "day"} not reported`;
}

function barOf(i: ClosureInterval, events: readonly CrossingEvent[]): TimelineInterval {
  const contested = openingsInside(i, events).map((o) => spanOf(o.date, o.precision));
  return {
    contested: contested.map((span) => ({ from: new Date(span.from), to: new Date(span.to) })),
    from: barStart(i.from, i.starts[0]?.precision),
    to: i.to ?? i.lastReport,
    fuzzy: !i.starts.length && "unknown",
    // Pale until the earliest start a report makes sure: a weekend's, week's or month's after its span.
    fuzzyUntil: i.starts.length
      ? new Date(Math.min(...i.starts.map((x) => +sureFrom(x.date, x.precision))))
      : undefined,
    open: i.to === null,
  };
}

/**
 * A crossing whose closures cover less than this share of the chart's period would be a dot on
 * its lane: it is told in a note instead of drawn.
 */
const BRIEF_SHARE = 0.02;

/** The crossings drawn as lanes, and those too brief for the period's scale (never all of them). */
function byScale<S extends { crossing: string }>(
  all: readonly S[],
  intervals: readonly ClosureInterval[],
  span: Period,
): { drawn: S[]; brief: S[] } {
  const period = +span.to - +span.from + DAY;
  const covers = (s: S) =>
    intervals
      .filter((i) => i.crossing === s.crossing)
      .reduce((sum, i) => sum + +(i.to ?? i.lastReport) + DAY - +i.from, 0);
  const drawn = all.filter((s) => covers(s) >= BRIEF_SHARE * period);
  return drawn.length
    ? { drawn, brief: all.filter((s) => !drawn.includes(s)) }
    : { drawn: [...all], brief: [] };
}

/** What the event rows are, true of any of them: seizures and attacks, statements, talks. */
const ABOUT = "events, statements and talks about";

/** The whole record of the crossings, under a headline that states the first crossing's status. */
export function crossingTimeline(
  closures: readonly Closure[],
  events: readonly CrossingEvent[],
  names: Names,
): ChartRecipe<CrossingEvent | Closure> {
  const all = statuses(closures, events);
  const lead = all.find((s) => s.crossing === "rafah") ?? all[0];
  if (!lead) throw new Error("no crossing status");
  const span = extentOf([...closures, ...events]) ?? { from: lead.current.from, to: lead.asOf };
  const intervals = closureIntervals(closures, events);
  const { drawn, brief } = byScale(all, intervals, span);
  const every = mergeEvents(
    events.filter((e) => marked(e) && e.crossing !== "none"),
    names,
  );
  const merged = every.filter((e) => drawn.some((s) => s.crossing === e.crossing));
  const ceasefire = events.filter((e) => marked(e) && e.kind === "ceasefire");
  const undated = events.filter((e) => !marked(e));
  const by = (e: CrossingEvent) => attribution(names.credit(e), "name");
  const crossingLabel = (e: CrossingEvent) =>
    CROSSING_NAMES[e.crossing] ? `${CROSSING_NAMES[e.crossing]} — ` : "";
  return {
    headline: statusHeadline(lead, names, events),
    subtitle: `Closures of ${crossingsPhrase(drawn.map((s) => CROSSING_NAMES[s.crossing]))}${merged.length ? `, and ${ABOUT} ${drawn.length > 1 ? "them" : "it"}` : ""}, ${formatDateRange(span.from, span.to, "month")}`,
    alt: joinAlt([
      "Timeline",
      ...all.map((s) => `${laneTitle(s, events)}, latest report ${formatDate(s.asOf)}`),
      ...ceasefire.map((e) => `${e.label}, ${formatDate(e.date)}`),
      every.length > 0 &&
        `Events: ${every.map((e) => `${formatDate(e.date, e.rows[0]?.precision)}, ${CROSSING_NAMES[e.crossing]} — ${e.label} (${e.by})`).join("; ")}`,
      ...undated.map((e) => `${crossingLabel(e)}${e.label}, ${undatedPhrase(e)} (${by(e)})`),
    ]),
    notes: [
      ...conflicts(closures, events, names).flatMap(differNotes),
      // A crossing too brief for the period's scale is told here; its events are in the alt text.
      ...brief.flatMap((s) => briefNote(s, events, names, span.to, intervals)),
    ],
    rows: [...closures, ...events],
    plot: timeline({
      lanes: drawn.map((s) => ({
        title: laneTitle(s, events, span.to),
        crossing: s.crossing,
        intervals: intervals.filter((i) => i.crossing === s.crossing).map((i) => barOf(i, events)),
      })),
      events: merged.map((e) => ({
        date: e.date,
        crossing: e.crossing,
        label: `${e.label} (${e.by})`,
        precision: e.rows[0]?.precision,
        rank: kindRank(e.kind),
        weight: e.rows.length,
        kind: KIND_NOUNS[e.kind],
      })),
      rules: ceasefire.map((e) => ({ date: e.date, label: `${e.label}, ${formatDate(e.date)}` })),
      brackets: undated.map((e) => ({
        date: e.date,
        precision: e.precision === "year" ? "year" : "month",
        moment: MOMENTS.has(e.kind),
        label: `${crossingLabel(e)}${e.label}, ${undatedPhrase(e)} (${by(e)})`,
      })),
      ticks: "month",
      domain: span,
      summarise: true,
      eventLabels: "chart",
    }),
  };
}

/**
 * The event a period's headline leads with (eventsHeadline's first): the weightiest kind of event, the
 * earliest of that kind.
 */
export function headlineEvent(events: readonly CrossingEvent[]): CrossingEvent | undefined {
  return [...events].sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || +a.date - +b.date)[0];
}

/** An entry in words for the alt text, one dash an entry: "5 May 2024, Kerem Shalom — …" where entries name their crossing (`named`). */
function listedAlt(e: Listed, named: boolean): string {
  return `${capitalise(formatDate(e.date, e.precision))}${named ? "," : " —"} ${e.text} (${e.by})`;
}

/** An entry of a period's list: an event, or the status a report gives. */
interface Listed {
  date: Date;
  precision: CrossingEvent["precision"];
  text: string;
  by: string;
  focus?: boolean;
  rank?: number;
  weight?: number;
}

/** A merged event as an entry of a period's list, in focus when it holds the headline's event. */
function eventEntry(
  e: MergedEvent,
  at: (crossing: string) => string,
  news: CrossingEvent | undefined,
): Listed {
  return {
    date: e.date,
    precision: e.rows[0]?.precision ?? "day",
    text: `${at(e.crossing)}${e.label}`,
    by: e.by,
    focus: news !== undefined && e.rows.includes(news),
    rank: kindRank(e.kind),
    weight: e.rows.length,
  };
}

/** The crossings some rows are about, by display name, in the house order. */
function crossingNames(rows: readonly { crossing: string }[]): string[] {
  return Object.entries(CROSSING_NAMES)
    .filter(([key, name]) => name && rows.some((r) => r.crossing === key))
    .map(([, name]) => name);
}

/** The days a period's chart draws: its rows, reaching back to the starts its bars give. */
function drawnSpan(
  rows: readonly (Closure | CrossingEvent)[],
  began: readonly Closure[],
  period: Period,
): Period {
  const known = extentOf(rows) ?? period;
  const starts = began.filter((c) => c.from_precision !== "unknown").map((c) => +c.from);
  return { from: new Date(Math.min(+known.from, ...starts)), to: known.to };
}

/**
 * The events of a period, and the closures that began in it: a day timeline with one bar per
 * closure report when closures began in the period, else the events listed by day. Reports in the
 * period of a closure that began earlier are listed as the status they give.
 */
export function periodEvents(
  closures: readonly Closure[],
  events: readonly CrossingEvent[],
  names: Names,
  period: Period,
  label: string,
): ChartRecipe<CrossingEvent | Closure> {
  const inside = events.filter((e) => marked(e) && e.crossing !== "none" && within(period, e.date));
  const reported = closures.filter((c) => within(period, c.as_of));
  // The headline's crossing leads: its lanes come first (issue 20's focus rule), its colour is the list's accent.
  const lead = headlineEvent(inside)?.crossing;
  const began = focusFirst(
    reported.filter((c) => within(period, c.from)),
    (c) => c.crossing === lead,
  );
  const merged = mergeEvents(inside, names);
  const span = drawnSpan([...inside, ...reported], began, period);
  const crossings = crossingNames([...inside, ...reported]);
  // Each line names its crossing only when there are several: "Kerem Shalom — …", never a second colon.
  const at = (crossing: string) =>
    crossings.length > 1 ? `${CROSSING_NAMES[crossing as Closure["crossing"]]} — ` : "";
  const by = (row: Closure) => attribution(names.credit(row), "name");
  const still = (c: Closure) => `${at(c.crossing)}${closureWords(c, { form: "still" })}`;
  const listed: Listed[] = [
    ...merged.map((e) => eventEntry(e, at, headlineEvent(inside))),
    ...reported
      .filter((c) => !began.includes(c))
      .map((c) => ({
        date: c.as_of,
        precision: "day" as const,
        text: capitalise(still(c)),
        by: by(c),
        rank: kindRank("closure"),
      })),
  ].sort((a, b) => +a.date - +b.date);
  const where = crossingsPhrase(crossings);
  return {
    headline: eventsHeadline(inside, names) ?? `Events at ${where}, ${label}`,
    subtitle: began.length
      ? `Closures of ${where}, one bar per report${inside.length ? `, and ${ABOUT} ${crossings.length > 1 ? "them" : "it"}` : ""}, ${formatDateRange(span.from, span.to)}`
      : `${capitalise(ABOUT)} ${where}, as reported in ${formatMonths([...inside, ...reported].map((r) => names.source(r.source).published))}`,
    alt: joinAlt([
      ...began.map((c) => `${at(c.crossing)}${closureWords(c)} (${by(c)})`),
      ...listed.map((e) => listedAlt(e, crossings.length > 1)),
    ]),
    notes: began.length
      ? [
          `Each bar is one report, from the start it gives to the day of the report${began.some((c) => c.from_precision === "unknown") ? "; one with no start is solid from the first day it reports closed" : ""}.`,
        ]
      : [],
    rows: [...reported, ...merged.flatMap((e) => e.rows)],
    plot: began.length
      ? timeline({
          lanes: began.map((c) => ({
            title: `${CROSSING_NAMES[c.crossing]}: ${closureWords(c, { form: "start" })} (${by(c)})`,
            crossing: c.crossing,
            intervals: [
              {
                from: barStart(c.from, c.from_precision),
                to: c.to ?? c.as_of,
                fuzzy: c.from_precision === "unknown" && "unknown",
                fuzzyUntil: sureFrom(c.from, c.from_precision),
                open: c.to === null,
              },
            ],
          })),
          events: listed.map((e) => ({
            date: e.date,
            precision: e.precision,
            crossing: "",
            label: `${e.text} (${e.by})`,
            rank: 0,
          })),
          ticks: "day",
          domain: span,
        })
      : eventList(listed, { accent: crossingColor(lead ?? "") }),
  };
}
