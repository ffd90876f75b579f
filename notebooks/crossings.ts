/**
 * The Rafah and Kerem Shalom crossings: closures as intervals per crossing, the events reported
 * at them, and the displacement, fuel, health and troop figures the articles give. Every date
 * and figure comes from data/closures.csv, data/events.csv and data/humanitarian.csv.
 */
import { formatDate, isoDate } from "../src/format/date.ts";
import { chart, defineNotebook } from "../src/notebook/define.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { Sentence, StoryContext } from "../src/notebook/types.ts";
import { crossingTimeline, periodEvents } from "../src/story/crossingCharts.ts";
import { conflicts, seizureSentence, statuses, statusSentences } from "../src/story/crossings.ts";
import { CROSSING_NAMES, mergeEvents } from "../src/story/events.ts";
import { displacementChart } from "../src/story/displacementChart.ts";
import { humanitarianSentences } from "../src/story/humanitarian.ts";
import { idOf } from "../src/story/ids.ts";
import { openingsInside } from "../src/story/intervals.ts";
import { need } from "../src/story/need.ts";
import { byDate, month, within } from "../src/story/select.ts";
import { capitalise } from "../src/text/words.ts";

export default defineNotebook({
  id: "crossings",
  title: "The crossings, displacement and aid",
  summary:
    "Closures of the Rafah and Kerem Shalom crossings and the events reported at them, with the ceasefire; " +
    "and the displacement, fuel, health and troop figures the articles give.",
  tables: ["closures", "events", "humanitarian"],
  charts: [
    chart("crossings-timeline", ({ data, names }) =>
      crossingTimeline(need(data, "closures", "a closure of any crossing"), data.events, names),
    ),
    chart("crossings-may-2024", (ctx) => period(ctx, month(2024, 5), "May 2024")),
    chart("crossings-jan-2026", (ctx) => period(ctx, month(2026, 1), "January 2026")),
    chart("displacement-may-2024", displacement),
  ],
  sentences: ({ data, names }) => [
    ...(data.closures.length ? statuses(data.closures, data.events) : []).map((s) => ({
      id: `${idOf(s.crossing)}-status`,
      text: statusSentences(s, names, data.events),
      rows: [
        ...new Set([
          ...s.current.rows,
          ...s.current.endedBy,
          ...(s.previous?.endedBy ?? []),
          ...openingsInside(s.current, data.events),
        ]),
      ],
    })),
    ...seizures(data.events, names),
    ...chronology(data.events, names),
    ...humanitarianSentences(data.humanitarian, names),
  ],
  disagreements: ({ data, names }) => [
    ...conflicts(data.closures, data.events, names),
    ...findDisagreements(
      data.humanitarian,
      (r) => `${r.measure}|${r.place}|${r.who ?? ""}`,
      (r) => `${capitalise(r.measure.replaceAll("_", " "))} in ${r.place}, as of ${formatDate(r.as_of)}`,
      names,
    ),
  ],
});

type Events = StoryContext["data"]["events"];
type Names = StoryContext["names"];

/** The events of a month at the crossings, with the closures that began in it. */
function period({ data, names }: StoryContext, p: ReturnType<typeof month>, label: string) {
  need(
    data,
    "events",
    `an event at a crossing in ${label}`,
    (e) => e.crossing !== "none" && within(p, e.date),
  );
  return periodEvents(data.closures, data.events, names, p, label);
}

/** One sentence per crossing that reports say was seized. */
function seizures(events: Events, names: Names): Sentence[] {
  return Object.keys(CROSSING_NAMES).flatMap((crossing) => {
    const rows = byDate(events.filter((e) => e.kind === "seizure" && e.crossing === crossing));
    const text = seizureSentence(rows, names);
    return text ? [{ id: `${idOf(crossing)}-seized`, text, rows }] : [];
  });
}

/**
 * The other events as a chronology:
 * "25 January 2026, Rafah — Understanding reached on reopening (Israel's Army Radio)".
 */
function chronology(events: Events, names: Names): Sentence[] {
  return mergeEvents(
    events.filter((e) => e.kind !== "seizure"),
    names,
  ).map((e) => ({
    id: idOf("event", isoDate(e.date), e.crossing, e.label),
    text: [capitalise(formatDate(e.date, e.rows[0]?.precision)), CROSSING_NAMES[e.crossing]]
      .filter(Boolean)
      .join(", ")
      .concat(` — ${e.label} (${e.by})`),
    rows: e.rows,
    kind: "entry" as const,
  }));
}

/** People sheltering and displaced in May 2024: the headline's measure by place, the other in a note. */
function displacement({ data, names }: StoryContext) {
  const rows = need(
    data,
    "humanitarian",
    "measure sheltering or displaced in May 2024",
    (r) => (r.measure === "sheltering" || r.measure === "displaced") && within(month(2024, 5), r.as_of),
  );
  return displacementChart(rows, names);
}

runIfMain(import.meta.url);
