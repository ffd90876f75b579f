/**
 * The Rafah and Kerem Shalom crossings: closures as intervals per crossing, the events reported
 * at them, and the displacement, fuel, health and troop figures the articles give. Every date
 * and figure comes from data/closures.csv, data/events.csv and data/humanitarian.csv.
 */
import type { Names } from "../src/cite/names.ts";
import type { Closure, CrossingEvent, Humanitarian } from "../src/data/schema.ts";
import { formatDate, formatDateRange, isoDate } from "../src/format/date.ts";
import { barRows } from "../src/forms/barRows.ts";
import { eventList } from "../src/forms/eventList.ts";
import { timeline } from "../src/forms/timeline.ts";
import { figureIn, numberStyle } from "../src/style/index.ts";
import { chart, defineNotebook } from "../src/notebook/define.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { Disagreement, Sentence, StoryContext } from "../src/notebook/types.ts";
import { attribution, reportDate } from "../src/story/attribution.ts";
import { CROSSING_NAMES, eventPhrase, eventsHeadline, kindRank, mergeEvents } from "../src/story/events.ts";
import { byFigure, figureLabel, figureWords } from "../src/story/figures.ts";
import { firstThatFits } from "../src/story/fit.ts";
import { idOf } from "../src/story/ids.ts";
import {
  closureIntervals,
  closureWords,
  crossingStatuses,
  openingsInside,
  reopenedOn,
  reopeningReported,
  startPhrase,
  startsBy,
  statusPhrase,
  type ClosureInterval,
  type CrossingStatus,
} from "../src/story/intervals.ts";
import { need } from "../src/story/need.ts";
import { differNotes } from "../src/story/notes.ts";
import { byDate, extentOf, latest, month, within, type Period } from "../src/story/select.ts";
import { andList, capitalise, nounFromPlural, verb } from "../src/text/words.ts";

const MAY_2024 = month(2024, 5);
const JAN_2026 = month(2026, 1);

function statuses({ data }: StoryContext): CrossingStatus[] {
  const closures = need(data, "closures", "a closure of any crossing");
  return crossingStatuses(closureIntervals(closures, data.events), data.events);
}

/** "Rafah crossing closed since May 2024; an understanding to reopen it was reported on 25 January 2026". */
function statusHeadline(status: CrossingStatus, names: Names, events: readonly CrossingEvent[]): string {
  const name = `${CROSSING_NAMES[status.crossing]} crossing`;
  // A closure another report says the crossing opened during is "reported", never stated as fact.
  const contested = openingsInside(status.current, events).length > 0;
  const reported = status.kind !== "reopened" && contested ? "reported " : "";
  const reopened = reopenedOn(status.current);
  // A reopening after a contested closure is told without a length of closure.
  const now =
    status.kind === "reopened" && contested && reopened && reopeningReported(status.current)
      ? `${name} reopened on ${formatDate(reopened)}`
      : `${name} ${reported}${statusPhrase(status)}`;
  const roughly = `${name} ${reported}${statusPhrase(status, "month")}`;
  const next = status.pending[status.pending.length - 1];
  // "as of" the latest report for a state that lasts, unless the status already names that day;
  // a reopening is an event with its own day ("reopened on 2 February 2026, as of 3 February" misleads).
  const asOf = formatDate(status.asOf);
  const then = next
    ? `; ${eventPhrase(next, names)}`
    : status.kind === "reopened" || now.endsWith(asOf)
      ? ""
      : `, as of ${asOf}`;
  return firstThatFits([`${now}${then}`, `${roughly}${then}`, now]);
}

/**
 * A crossing's status for copy, each part credited to the reports that give it: "The Rafah
 * crossing was closed from 6 May 2024 (aid agencies via Financial Times) or 7 May 2024 (UN via
 * AFP) and was still closed on 6 January 2026, according to a news report (6 January 2026)."
 */
function statusSentence(status: CrossingStatus, names: Names, events: readonly CrossingEvent[]): string {
  const name = `The ${CROSSING_NAMES[status.crossing]} crossing`;
  const by = (rows: readonly (Closure | CrossingEvent)[]) => {
    const [credit, ...more] = rows.map((r) => names.credit(r));
    return credit
      ? `${attribution([credit, ...more], "according")} ${reportDate(credit, undefined, ...more)}`
      : "";
  };
  const label = (r: Closure) => attribution(names.credit(r), "name");
  // The start goes uncredited only when exactly the reports credited at the end of the sentence give it.
  const since = (i: ClosureInterval, newest: readonly Closure[]) => {
    const [only, ...others] = i.starts;
    if (!only) return "a day not reported";
    const same =
      !others.length && only.rows.length === newest.length && only.rows.every((r) => newest.includes(r));
    return same ? startPhrase(i) : startsBy(i, label);
  };
  const { current, previous } = status;
  const newest = latest(current.rows);
  // A report that the crossing opened during this closure is told beside it, never dropped.
  const differs = openingsInside(current, events)
    .map(
      (o) =>
        `; a report differs for ${formatDate(o.date, o.precision)}: ${o.label.charAt(0).toLowerCase()}${o.label.slice(1)}, ${by([o])}`,
    )
    .join("");
  if (status.kind === "reopened" && !reopeningReported(current)) {
    // Ended by a closure row's last day closed: no reopening day is claimed.
    return `${name} was closed from ${since(current, newest)} to ${current.to ? formatDate(current.to) : "a day not reported"}, ${by(newest)}.`;
  }
  if (status.kind === "reopened") {
    const reopened = reopenedOn(current);
    return `${name} reopened on ${reopened ? formatDate(reopened) : "a day not reported"}, ${by(current.endedBy)}. ${current.starts.length ? `It had been closed since ${since(current, [])}` : "The reports do not date the start of the closure"}${differs}.`;
  }
  const still = `was still closed on ${formatDate(status.asOf)}, ${by(newest)}${differs}`;
  const before = previous ? reopenedOn(previous) : null;
  if (status.kind === "closed again" && previous && before)
    return `${name} reopened on ${formatDate(before)}, ${by(previous.endedBy)}; it was closed again from ${since(current, newest)} and ${still}.`;
  return current.starts.length === 0
    ? `${name} ${still}; the reports do not date the start of the closure.`
    : `${name} was closed from ${since(current, newest)} and ${still}.`;
}

/**
 * A lane title: "Rafah: closed since 6 or 7 May 2024". What came after is in the numbered events.
 * A status whose latest report is older than the chart's end says so: "Kerem Shalom: closed since
 * 5 May 2024 (latest report 7 May 2024)", so a lane never reads as still closed today.
 */
function laneTitle(status: CrossingStatus, end?: Date): string {
  const name = CROSSING_NAMES[status.crossing];
  const stale = end && status.kind !== "reopened" && +status.asOf < +end;
  if (!stale) return `${name}: ${statusPhrase(status)}`;
  const on = formatDate(status.asOf);
  if (status.kind === "closed")
    return status.current.starts.length
      ? `${name}: closed from ${startPhrase(status.current)}, still closed on ${on}`
      : `${name}: still closed on ${on}, start not dated`;
  return `${name}: ${statusPhrase(status)}, still closed on ${on}`;
}

/** The same with the latest report and what is pending, for the alt text. */
function laneStatus(status: CrossingStatus, names: Names): string {
  const next = status.pending[status.pending.length - 1];
  return `${laneTitle(status)}; latest report ${formatDate(status.asOf)}${next ? `; ${eventPhrase(next, names)}` : ""}`;
}

/** An event known only to the month or year: "October 2025, day not reported", "2025, dates not reported". */
function undatedPhrase(e: { date: Date; precision: "day" | "month" | "year" }): string {
  return `${formatDate(e.date, e.precision)}, ${e.precision === "year" ? "dates" : "day"} not reported`;
}

/**
 * The events of a period, and the closures that began in it: a day timeline with one bar per
 * closure report when closures began in the period, else the events listed by day. Reports in
 * the period of a closure that began earlier are listed as the status they give.
 */
function periodChart(ctx: StoryContext, period: Period, label: string) {
  const { data, names } = ctx;
  const events = need(
    data,
    "events",
    `a day-precise event at a crossing in ${label}`,
    (e) => e.precision === "day" && e.crossing !== "none" && within(period, e.date),
  );
  const reported = data.closures.filter((c) => within(period, c.as_of));
  const began = reported.filter((c) => within(period, c.from));
  const merged = mergeEvents(events, names);
  const span = extentOf([...events, ...reported]) ?? period;
  const crossings = Object.entries(CROSSING_NAMES)
    .filter(([key, name]) => name && [...events, ...reported].some((r) => r.crossing === key))
    .map(([, name]) => name);
  // The crossing is named on each line only when the chart has more than one.
  const at = (crossing: string) =>
    crossings.length > 1 ? `${CROSSING_NAMES[crossing as Closure["crossing"]]}: ` : "";
  const by = (row: Closure) => attribution(names.credit(row), "name");
  // A report listed on its own day: "Still closed since May 2024", the day not said twice.
  const stillText = (c: Closure) => {
    const words = closureWords(c, { form: "still" });
    return crossings.length > 1 ? `${at(c.crossing)}${words}` : capitalise(words);
  };
  const listed = [
    ...merged.map((e) => ({ date: e.date, text: `${at(e.crossing)}${e.label}`, by: e.by })),
    ...reported
      .filter((c) => !began.includes(c))
      .map((c) => ({ date: c.as_of, text: stillText(c), by: by(c) })),
  ].sort((a, b) => +a.date - +b.date);
  return {
    headline:
      eventsHeadline(events, names) ??
      `Events at the ${andList(crossings)} crossing${crossings.length > 1 ? "s" : ""}, ${label}`,
    subtitle: `${began.length ? "Closures and events at" : "Events reported at"} the ${andList(crossings)} crossing${crossings.length > 1 ? "s" : ""}${began.length ? ", one bar per report" : ""}, ${formatDateRange(span.from, span.to)}`,
    alt: `${capitalise([...began.map((c) => `${at(c.crossing)}${closureWords(c)} (${by(c)})`), ...listed.map((e) => `${formatDate(e.date)}, ${e.text.replace(/^(Closed|Still) /, (m) => m.toLowerCase())} (${e.by})`)].join("; "))}.`,
    notes: began.length
      ? [
          began.some((c) => c.from_precision === "unknown")
            ? "Each bar is one report, from the day it says the closure began to the day of the report; a report that gives no start is drawn from the first day it reports the crossing closed."
            : "Each bar is one report, from the day it says the closure began to the day of the report.",
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
                from: c.from,
                to: c.to ?? c.as_of,
                fuzzy: c.from_precision !== "day" && c.from_precision,
                open: c.to === null,
              },
            ],
          })),
          events: listed.map((e) => ({ date: e.date, crossing: "", label: `${e.text} (${e.by})`, rank: 0 })),
          ticks: "day",
          domain: span,
        })
      : eventList(listed),
  };
}

/** The whole record: one lane per crossing with its closures merged, events marked, the ceasefire ruled. */
function overview(ctx: StoryContext) {
  const { data, names } = ctx;
  const all = statuses(ctx);
  const rafah = all.find((s) => s.crossing === "rafah") ?? all[0];
  if (!rafah) throw new Error("no crossing status");
  const dayEvents = data.events.filter((e) => e.precision === "day");
  const undated = data.events.filter((e) => e.precision !== "day");
  const intervals = all.flatMap((s) =>
    closureIntervals(
      data.closures.filter((c) => c.crossing === s.crossing),
      data.events,
    ),
  );
  const span = extentOf([...data.closures, ...data.events]) ?? { from: rafah.current.from, to: rafah.asOf };
  const merged = mergeEvents(
    dayEvents.filter((e) => e.crossing !== "none"),
    names,
  );
  return {
    headline: statusHeadline(rafah, names, data.events),
    subtitle: `Closures of the ${andList(all.map((s) => CROSSING_NAMES[s.crossing]))} crossing${all.length > 1 ? "s" : ""} and events reported at them, ${formatDateRange(span.from, span.to, "month")}`,
    alt: `Timeline. ${all.map((s) => laneStatus(s, names)).join(". ")}. ${dayEvents
      .filter((e) => e.crossing === "none")
      .map((e) => `${e.label}, ${formatDate(e.date)}`)
      .join(
        ". ",
      )}. Events: ${merged.map((e) => `${formatDate(e.date)}, ${CROSSING_NAMES[e.crossing]}: ${e.label} (${e.by})`).join("; ")}.${undated.map((e) => ` ${e.label}, ${undatedPhrase(e)} (${attribution(names.credit(e), "name")}).`).join("")}`,
    notes: [
      ...conflicts(ctx).map(
        (d) => `Reports differ on ${d.topic}: ${d.reports.map((r) => `${r.figure} (${r.by})`).join("; ")}.`,
      ),
    ],
    rows: [...data.closures, ...data.events],
    plot: timeline({
      lanes: all.map((s) => ({
        title: laneTitle(s, span.to),
        crossing: s.crossing,
        intervals: intervals
          .filter((i) => i.crossing === s.crossing)
          .map((i) => ({
            from: i.from,
            to: i.to ?? i.lastReport,
            fuzzy: !i.starts.length ? "unknown" : i.starts.every((x) => x.precision === "month") && "month",
            fuzzyUntil: i.starts.find((x) => x.precision === "day")?.date,
            open: i.to === null,
          })),
      })),
      events: merged.map((e) => ({
        date: e.date,
        crossing: e.crossing,
        label: `${e.label} (${e.by})`,
        rank: kindRank(e.kind),
        weight: e.rows.length,
      })),
      rules: dayEvents
        .filter((e) => e.kind === "ceasefire")
        .map((e) => ({ date: e.date, label: `${e.label}, ${formatDate(e.date)}` })),
      brackets: undated.map((e) => ({
        date: e.date,
        precision: e.precision === "year" ? "year" : "month",
        label: `${CROSSING_NAMES[e.crossing] ? `${CROSSING_NAMES[e.crossing]}: ` : ""}${e.label}, ${undatedPhrase(e)} (${attribution(names.credit(e), "name")})`,
      })),
      ticks: "month",
      domain: span,
      summarise: true,
    }),
  };
}

/** Reports that cannot all be true: seizure days, and undated openings inside a reported closure. */
function conflicts({ data, names }: StoryContext): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [crossing, name] of Object.entries(CROSSING_NAMES)) {
    const seizures = byDate(data.events.filter((e) => e.kind === "seizure" && e.crossing === crossing));
    if (new Set(seizures.map((e) => +e.date)).size > 1) {
      out.push({
        topic: `the day the ${name} crossing was seized`,
        reports: seizures.map((row) => ({
          figure: formatDate(row.date),
          by: attribution(names.credit(row), "name"),
          row,
        })),
      });
    }
  }
  const intervals = closureIntervals(data.closures, data.events);
  for (const i of intervals) {
    for (const opening of openingsInside(i, data.events)) {
      const report = latest(i.rows)[0];
      if (!report) continue;
      out.push({
        topic: `the ${CROSSING_NAMES[opening.crossing]} crossing in ${formatDate(opening.date, opening.precision)}`,
        reports: [
          {
            figure: closureWords(report),
            by: attribution(names.credit(report), "name"),
            row: report,
          },
          {
            figure: opening.label.charAt(0).toLowerCase() + opening.label.slice(1),
            by: attribution(names.credit(opening), "name"),
            row: opening,
          },
        ],
      });
    }
  }
  return out;
}

/** The humanitarian figures as sentences, each measure in its own words. */
function humanitarian(r: Humanitarian, names: Names): Sentence {
  const credit = names.credit(r);
  const who = nounFromPlural(r.who ?? "people");
  const n = figureWords(r, who, { compact: true });
  const by = `${attribution(credit, "according")} ${reportDate(credit)}`;
  const text = {
    sheltering: () => `${capitalise(n)} ${verb(r.value, "was")} sheltering in ${r.place}, ${by}.`,
    displaced: () =>
      `${capitalise(figureWords(r, nounFromPlural(/displaced/.test(r.who ?? "") ? (r.who ?? "people") : `displaced ${r.who ?? "people"}`), { compact: true }))} ${verb(r.value, "was")} in ${r.place}, ${by}.`,
    fuel: () =>
      r.value === 0 && r.qualifier === "exact"
        ? `No fuel was available inside ${r.place}, ${by}.`
        : `${capitalise(figureWords(r, { one: "day", many: "days" }))} of fuel ${verb(r.value, "was")} available inside ${r.place}, ${by}.`,
    reproductive_health: () =>
      `${capitalise(n)} in ${r.place} ${r.value === 1 ? "faces" : "face"} limited access to reproductive health services, ${by}.`,
    troops_offered: () =>
      r.value === 0 && r.qualifier === "exact"
        ? `${r.place} has no plans to send soldiers to the International Stabilisation Force, ${by}.`
        : `${r.place} is willing to send ${figureWords(r, nounFromPlural(r.unit))} to the International Stabilisation Force, ${by}.`,
  }[r.measure]();
  return {
    id: idOf(r.measure, r.place, r.who ?? "", isoDate(r.as_of), r.reported_by),
    text,
    rows: [r],
  };
}

function displacement({ data, names }: StoryContext) {
  const rows = need(
    data,
    "humanitarian",
    "measure sheltering or displaced in May 2024",
    (r) => (r.measure === "sheltering" || r.measure === "displaced") && within(MAY_2024, r.as_of),
  );
  const title = (r: Humanitarian) =>
    r.measure === "sheltering"
      ? `Sheltering in ${r.place}`
      : `${capitalise(r.who ?? "people")} in ${r.place}`;
  // One number style for the axis and the labels: all in millions, or all in full.
  const style = numberStyle(rows.map((r) => r.value));
  const groups = [...new Set(byDate(rows).map(title))].map((t) => ({
    title: t,
    bars: byDate(rows.filter((r) => title(r) === t)).map((r) => ({
      label: `${attribution(names.credit(r), "label")}, ${formatDate(r.as_of)}`,
      value: r.value,
      text: figureIn(style, r.value, r.qualifier),
    })),
  }));
  const sheltering = rows.filter((r) => r.measure === "sheltering");
  const lead = latest(
    sheltering.some((r) => r.place === "Rafah")
      ? sheltering.filter((r) => r.place === "Rafah")
      : sheltering.length
        ? sheltering
        : rows,
  );
  const first = lead[0];
  if (!first) throw new Error("no rows");
  const doing = first.measure === "sheltering" ? "sheltering" : "displaced";
  const headline =
    byFigure(lead).length > 1
      ? `Reports of ${formatDate(first.as_of)} differ on how many people were ${doing} in ${first.place}: ${andList(byFigure(lead).map(([f, [r]]) => (r ? figureLabel(r, { compact: true }) : f)))}`
      : firstThatFits([
          `${capitalise(figureWords(first, nounFromPlural(first.who ?? "people"), { compact: true }))} ${verb(first.value, "was")} ${doing} in ${first.place} in ${formatDate(first.as_of, "month")}, ${attribution(names.credit(first), "said")}`,
          `${capitalise(figureWords(first, nounFromPlural(first.who ?? "people"), { compact: true }))} ${verb(first.value, "was")} ${doing} in ${first.place} in ${formatDate(first.as_of, "month")}`,
        ]);
  const measures = [...new Set(rows.map((r) => r.measure))];
  return {
    headline,
    subtitle: `People ${andList(measures.map((m) => (m === "sheltering" ? "sheltering" : "displaced")))} in ${andList([...new Set(rows.map((r) => r.place))].sort())}, as reported ${onDay(rows)}`,
    alt: `Bars: ${groups.map((g) => `${g.title}: ${g.bars.map((b) => `${b.text} (${b.label})`).join("; ")}`).join(". ")}.`,
    notes: [
      ...(measures.length > 1
        ? [
            `${capitalise(
              andList(
                measures.map(
                  (m) =>
                    `${m === "sheltering" ? "people sheltering" : andList([...new Set(rows.filter((r) => r.measure === m).map((r) => r.who ?? "people displaced"))])} (${attribution(
                      rows.filter((r) => r.measure === m).map((r) => names.credit(r)),
                      "outlets",
                    )})`,
                ),
              ),
            )} are different measures, shown separately.`,
          ]
        : []),
      ...differNotes(rows, names, (r) => `people ${r.measure} in ${r.place}`),
    ],
    rows,
    plot: barRows(groups, style),
  };
}

function onDay(rows: readonly Humanitarian[]): string {
  const span = extentOf(rows);
  if (!span) return "";
  return +span.from === +span.to
    ? `on ${formatDate(span.from)}`
    : `from ${formatDateRange(span.from, span.to)}`;
}

export default defineNotebook({
  id: "crossings",
  title: "The crossings, displacement and aid",
  summary:
    "Closures of the Rafah and Kerem Shalom crossings and the events reported at them, with the ceasefire; and the displacement, fuel, health and troop figures the articles give.",
  tables: ["closures", "events", "humanitarian"],
  charts: [
    chart("crossings-timeline", overview),
    chart("crossings-may-2024", (ctx) => periodChart(ctx, MAY_2024, "May 2024")),
    chart("crossings-jan-2026", (ctx) => periodChart(ctx, JAN_2026, "January 2026")),
    chart("displacement-may-2024", displacement),
  ],
  sentences(ctx) {
    const { data, names } = ctx;
    const out: Sentence[] = [];
    for (const status of data.closures.length ? statuses(ctx) : []) {
      out.push({
        id: `${idOf(status.crossing)}-status`,
        text: statusSentence(status, names, data.events),
        rows: [
          ...new Set([
            ...status.current.rows,
            ...status.current.endedBy,
            ...(status.previous?.endedBy ?? []),
          ]),
        ],
      });
    }
    for (const [crossing, name] of Object.entries(CROSSING_NAMES)) {
      const seizures = byDate(data.events.filter((e) => e.kind === "seizure" && e.crossing === crossing));
      if (!seizures.length) continue;
      const days = andList(
        mergeEvents(seizures, names).map((e) => `${formatDate(e.date)} (${e.by})`),
        new Set(seizures.map((e) => +e.date)).size > 1 ? "or" : "and",
      );
      out.push({
        id: `${idOf(crossing)}-seized`,
        text: `The ${name} crossing was seized on ${days}${new Set(seizures.map((e) => +e.date)).size > 1 ? "; the reports differ on the day" : ""}.`,
        rows: seizures,
      });
    }
    for (const e of mergeEvents(
      data.events.filter((x) => x.kind !== "seizure"),
      names,
    )) {
      out.push({
        id: idOf("event", isoDate(e.date), e.crossing, e.label),
        text: `${formatDate(e.date, e.rows[0]?.precision ?? "day")}${CROSSING_NAMES[e.crossing] ? `, ${CROSSING_NAMES[e.crossing]}` : ""} — ${e.label} (${e.by})`,
        rows: e.rows,
        kind: "entry",
      });
    }
    return [...out, ...byDate(data.humanitarian).map((r) => humanitarian(r, names))];
  },
  disagreements: (ctx) => [
    ...conflicts(ctx),
    ...findDisagreements(
      ctx.data.humanitarian,
      (r) => `${r.measure}|${r.place}|${r.who ?? ""}`,
      (r) => `${capitalise(r.measure.replaceAll("_", " "))} in ${r.place}, as of ${formatDate(r.as_of)}`,
      ctx.names,
    ),
  ],
});

runIfMain(import.meta.url);
