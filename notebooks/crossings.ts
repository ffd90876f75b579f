/**
 * The Rafah and Kerem Shalom crossings from May 2024 to January 2026, and the
 * displacement and humanitarian figures of the articles. Every date and figure
 * comes from data/closures.csv, data/events.csv and data/humanitarian.csv.
 */
import { defineChart, type ChartSpec } from "../src/chart.ts";
import type { Data } from "../src/data/load.ts";
import type { Closure, CrossingEvent, Humanitarian } from "../src/data/schema.ts";
import { formatDate, formatDayMonth, formatShortDate } from "../src/format/date.ts";
import { qualified } from "../src/format/qualifier.ts";
import { barRows, type BarGroup } from "../src/forms/barRows.ts";
import { COLORS } from "../src/forms/palette.ts";
import { timeline, type Lane, type TimelineEvent } from "../src/forms/timeline.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { Disagreement, Notebook, Sentence } from "../src/notebook/types.ts";
import { according, andWords, pick, reportedVia, sentenceCase } from "../src/notebook/words.ts";

const DAY = 86_400_000;
const NAMES = { rafah: "Rafah", kerem_shalom: "Kerem Shalom", none: "" } as const;
const KIND_WORDS: Record<CrossingEvent["kind"], string> = {
  seizure: "seized",
  closure: "closed",
  opening: "operated",
  reopening_expected: "reopening expected",
  reopening_condition: "conditions for reopening",
  reopening_understanding: "understanding to reopen reported",
  talks: "talks on reopening",
  ceasefire: "ceasefire",
};

const addDays = (d: Date, n: number) => new Date(+d + n * DAY);
const endOfMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));

/** Events with the same date, crossing and label are one event told by several reporters. */
function mergeEvents(
  events: CrossingEvent[],
  data: Data,
): { event: CrossingEvent; rows: CrossingEvent[]; by: string }[] {
  const groups = new Map<string, CrossingEvent[]>();
  for (const e of events) {
    const key = `${+e.date}|${e.crossing}|${e.label}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((rows) => {
    const reporters = [...new Set(rows.map((r) => r.reported_by))];
    const by =
      reporters.length === 1 && rows.length > 1
        ? `${reportedVia(rows[0]!, data).split(", via")[0]}, in ${rows.length} reports`
        : andWords(rows.map((r) => reportedVia(r, data)));
    return { event: rows[0]!, rows, by };
  });
}

function eventLabel(e: CrossingEvent, by: string): string {
  const place = NAMES[e.crossing];
  return `${place ? `${place}: ` : ""}${e.label} (${by})`;
}

function closureTitle(c: Closure, data: Data): string {
  const from = formatShortDate(c.from, c.from_precision);
  const until = c.to ? `to ${formatShortDate(c.to)}` : `still closed as of ${formatShortDate(c.as_of)}`;
  return `${NAMES[c.crossing]}: closed from ${from}, ${until} (${reportedVia(c, data)})`;
}

function interval(c: Closure) {
  return {
    from: c.from,
    to: c.to ?? c.as_of,
    fuzzyUntil: c.from_precision === "month" ? endOfMonth(c.from) : undefined,
    color: c.crossing === "rafah" ? COLORS.primary : COLORS.secondary,
  };
}

export default function build(data: Data): Notebook {
  const closures = pick(data.closures, "closures", () => true);
  const crossingEvents = data.events.filter((e) => e.crossing !== "none");
  const ceasefires = pick(
    data.events,
    "the ceasefire",
    (e) => e.kind === "ceasefire" && e.precision === "day",
  );
  const openings = data.events.filter((e) => e.kind === "opening" && e.precision === "year");
  const dayEvents = crossingEvents.filter((e) => e.precision === "day");
  const firstEvent = dayEvents.reduce((a, b) => (a.date < b.date ? a : b));
  const lastEvent = dayEvents.reduce((a, b) => (a.date > b.date ? a : b));

  // Long view: one lane per crossing, all its closure reports; one event line per date and crossing.
  const lanes: Lane[] = (["rafah", "kerem_shalom"] as const).map((crossing) => {
    const rows = closures.filter((c) => c.crossing === crossing);
    const latest = rows.reduce((a, b) => (a.as_of >= b.as_of ? a : b));
    // Where reports give different days for the seizure, the lane says so rather than pick one.
    const seized = [
      ...new Set(
        dayEvents.filter((e) => e.crossing === crossing && e.kind === "seizure").map((e) => +e.date),
      ),
    ].sort();
    const dayRows = rows.filter((r) => r.from_precision === "day");
    const earliest = dayRows.length ? dayRows.reduce((a, b) => (a.from <= b.from ? a : b)) : rows[0]!;
    const from =
      seized.length > 1
        ? `${formatDayMonth(new Date(seized[0]!)).split(" ")[0]}–${formatShortDate(new Date(seized[seized.length - 1]!))} (reports differ)`
        : formatShortDate(earliest.from, earliest.from_precision);
    const expected = dayEvents.filter(
      (e) => e.crossing === crossing && e.kind === "reopening_expected" && e.date <= addDays(latest.as_of, 7),
    );
    const title =
      `${NAMES[crossing]}: closed from ${from}` +
      (latest.to
        ? ` to ${formatShortDate(latest.to)}`
        : `; still closed as of ${formatShortDate(latest.as_of)}, the latest report`) +
      (expected.length
        ? `; expected to reopen ${formatShortDate(expected[0]!.date)} (${reportedVia(expected[0]!, data)}), no later report`
        : "");
    return { title, intervals: rows.map(interval) };
  });
  const byDateAndCrossing = new Map<string, CrossingEvent[]>();
  for (const e of dayEvents) {
    const key = `${+e.date}|${e.crossing}`;
    byDateAndCrossing.set(key, [...(byDateAndCrossing.get(key) ?? []), e]);
  }
  const summaries: TimelineEvent[] = [...byDateAndCrossing.values()].map((group) => ({
    date: group[0]!.date,
    label: `${NAMES[group[0]!.crossing]}: ${[...new Set(group.map((e) => KIND_WORDS[e.kind]))].join(", ")}`,
  }));
  const longRows = [...closures, ...dayEvents, ...ceasefires, ...openings];
  const longDomain: [Date, Date] = [addDays(firstEvent.date, -20), addDays(lastEvent.date, 20)];
  const disagreements = findEventDisagreements(data, closures);

  const detail = (
    id: string,
    headline: string,
    subtitle: string,
    from: Date,
    to: Date,
    unit: "day" | "month",
  ): ChartSpec => {
    const inRange = (d: Date) => d >= from && d <= to;
    const events = mergeEvents(
      dayEvents.filter((e) => inRange(e.date)),
      data,
    );
    const laneRows = closures.filter((c) => inRange(c.as_of) || (c.to !== null && inRange(c.to)));
    return defineChart({
      id,
      headline,
      subtitle,
      alt: `${subtitle}. ${laneRows.map((c) => closureTitle(c, data)).join(". ")}. Events: ${events.map(({ event, by }) => `${formatDate(event.date)}, ${eventLabel(event, by)}`).join("; ")}.`,
      notes: [
        `Each closure bar is one report, drawn from the day the closure began to the date of the report${laneRows.some((c) => c.from_precision === "month") ? "; where a report gives only the month, that month is shaded lighter" : ""}.`,
      ],
      legend: [
        { label: "Rafah closed", color: COLORS.primary, shape: "square" },
        ...(laneRows.some((c) => c.crossing === "kerem_shalom")
          ? [{ label: "Kerem Shalom closed", color: COLORS.secondary, shape: "square" as const }]
          : []),
        { label: "Event", color: COLORS.secondary, shape: "circle" },
      ],
      rows: [...laneRows, ...events.flatMap((e) => e.rows)],
      plot: (ctx) =>
        timeline(
          {
            domain: [from, addDays(to, 1)],
            ticks: unit,
            lanes: laneRows.map((c) => ({ title: closureTitle(c, data), intervals: [interval(c)] })),
            events: events.map(({ event, by }) => ({ date: event.date, label: eventLabel(event, by) })),
          },
          ctx,
        ),
    });
  };

  const mayEvents = dayEvents.filter((e) => e.date.getUTCFullYear() === firstEvent.date.getUTCFullYear());
  const mayFrom = addDays(mayEvents.reduce((a, b) => (a.date < b.date ? a : b)).date, -1);
  const mayTo = addDays(mayEvents.reduce((a, b) => (a.date > b.date ? a : b)).date, 1);
  const janEvents = dayEvents.filter((e) => e.date.getUTCFullYear() === lastEvent.date.getUTCFullYear());
  const janFrom = addDays(janEvents.reduce((a, b) => (a.date < b.date ? a : b)).date, -5);
  const janTo = addDays(lastEvent.date, 6);

  const rafahLatest = closures
    .filter((c) => c.crossing === "rafah")
    .reduce((a, b) => (a.as_of >= b.as_of ? a : b));
  const seizures = dayEvents.filter((e) => e.kind === "seizure");
  const understanding = dayEvents.filter((e) => e.kind === "reopening_understanding");

  const charts: ChartSpec[] = [
    defineChart({
      id: "crossings-timeline",
      headline: `Rafah crossing closed from ${formatDate(rafahLatest.from, rafahLatest.from_precision)}; ${understanding.length ? `an understanding to reopen it was reported on ${formatDate(understanding[0]!.date)}` : `still closed as of ${formatDate(rafahLatest.as_of)}`}`,
      subtitle: `Closures of the Rafah and Kerem Shalom crossings and events reported at them, ${formatShortDate(longDomain[0], "month")} to ${formatShortDate(longDomain[1], "month")}`,
      alt:
        `Timeline. ${lanes.map((l) => l.title).join(". ")}. ` +
        `${ceasefires.map((c) => `${c.label}, ${formatDate(c.date)}`).join(". ")}. ` +
        summaries.map((s) => `${formatDate(s.date)}: ${s.label}`).join("; ") +
        ". " +
        openings
          .map((o) => `${o.label}, ${formatDate(o.date, o.precision)} (${reportedVia(o, data)})`)
          .join(". "),
      notes: [
        ...openings.map(
          (o) =>
            `Shaded: ${o.label.charAt(0).toLowerCase()}${o.label.slice(1)}, in ${formatDate(o.date, o.precision)} (${reportedVia(o, data)}); the article gives no dates. Another report of ${formatShortDate(rafahLatest.as_of)} says the crossing has been closed since ${formatDate(rafahLatest.from, rafahLatest.from_precision)}.`,
        ),
        "A bar ends at the latest report that the crossing was closed; the articles do not report the status after that. The May 2024 and January 2026 charts list each event.",
      ],
      legend: [
        { label: "Rafah closed", color: COLORS.primary, shape: "square" },
        { label: "Kerem Shalom closed", color: COLORS.secondary, shape: "square" },
        { label: "Event", color: COLORS.secondary, shape: "circle" },
        ...(openings.length
          ? [{ label: "Earlier ceasefire, 2025", color: COLORS.muted, shape: "band" as const }]
          : []),
      ],
      rows: longRows,
      plot: (ctx) =>
        timeline(
          {
            domain: longDomain,
            ticks: "month",
            lanes,
            events: summaries,
            rules: ceasefires.map((c) => ({ date: c.date, label: `${c.label}, ${formatShortDate(c.date)}` })),
            bands: openings.map((o) => ({
              from: o.date,
              to: new Date(Date.UTC(o.date.getUTCFullYear() + 1, 0, 1) - DAY),
              label: `Earlier ceasefire, ${formatDate(o.date, o.precision)}: ${NAMES[o.crossing]} ${o.label.charAt(0).toLowerCase()}${o.label.slice(1).replace(/ during an earlier ceasefire$/, "")}`,
            })),
          },
          ctx,
        ),
    }),
    detail(
      "crossings-may-2024",
      seizures.length > 1 && new Set(seizures.map((s) => +s.date)).size > 1
        ? `Reports differ on the day Israeli forces seized the Rafah crossing: ${andWords(seizures.map((s) => formatDayMonth(s.date)))} ${seizures[0]!.date.getUTCFullYear()}`
        : `Rafah crossing seized on ${formatDate(seizures[0]!.date)}`,
      `Closures of the Rafah and Kerem Shalom crossings and events, ${formatDate(mayFrom)} to ${formatDate(mayTo)}, one bar per report`,
      mayFrom,
      mayTo,
      "day",
    ),
    detail(
      "crossings-jan-2026",
      understanding.length
        ? `Rafah crossing: conditions set on ${formatDayMonth(janEvents[0]!.date)}, understanding to reopen reported on ${formatDayMonth(understanding[0]!.date)}`
        : "Rafah crossing in January 2026",
      `Events reported at the Rafah crossing, ${formatDate(janFrom)} to ${formatDate(janTo)}`,
      janFrom,
      janTo,
      "day",
    ),
    displacementChart(data),
  ];

  return {
    id: "crossings",
    title: "The crossings, displacement and aid",
    summary:
      "Closures of the Rafah and Kerem Shalom crossings from the seizure of May 2024 to the talks on reopening Rafah in January 2026, with the ceasefire of 10 October 2025; and the displacement, fuel, health and troop figures the articles give.",
    charts,
    sentences: sentences(data, closures, dayEvents),
    disagreements,
  };
}

function displacementChart(data: Data): ChartSpec {
  const rows = pick(
    data.humanitarian,
    "sheltering and displaced",
    (r) => (r.measure === "sheltering" || r.measure === "displaced") && r.as_of.getUTCFullYear() === 2024,
  );
  const fuel = data.humanitarian.filter((r) => r.measure === "fuel");
  const title = (r: Humanitarian) =>
    r.measure === "sheltering"
      ? `Sheltering in ${r.place}`
      : `${sentenceCase(r.who ?? "people")} in ${r.place}`;
  const groups: BarGroup[] = [...new Set(rows.map(title))].map((t) => ({
    title: t,
    bars: rows
      .filter((r) => title(r) === t)
      .map((r) => ({
        label: `${reportedVia(r, data)}, ${formatShortDate(r.as_of)}`,
        value: r.value,
        text: qualified(r.value, r.qualifier, { compact: true }),
        color: r.place === "Rafah" ? COLORS.primary : COLORS.tertiary,
      })),
  }));
  const rafah = rows.find((r) => r.measure === "sheltering" && r.place === "Rafah") ?? rows[0]!;
  return defineChart({
    id: "displacement-may-2024",
    headline: `${sentenceCase(qualified(rafah.value, rafah.qualifier, { compact: true }))} people were sheltering in Rafah as Israeli forces moved in, ${rafah.reported_by === "UN" ? "the UN said" : `according to ${rafah.reported_by}`}`,
    subtitle: `People sheltering or displaced in Rafah and Al-Muwasi, as reported on ${formatDate(rafah.as_of)}`,
    alt:
      `Bars: ` +
      groups.map((g) => `${g.title}: ${g.bars.map((b) => `${b.text} (${b.label})`).join("; ")}`).join(". ") +
      ".",
    notes: [
      "The UN counts people sheltering in Rafah; the Financial Times counts displaced Palestinians for whom Rafah is home. The figures measure different things and are shown separately.",
      ...fuel.map(
        (f) =>
          `Fuel: ${qualified(f.value, f.qualifier)} day${f.value === 1 ? "" : "s"} of fuel available inside Gaza (${reportedVia(f, data)}, ${formatShortDate(f.as_of)}).`,
      ),
    ],
    rows: [...rows, ...fuel],
    plot: (ctx) => barRows(groups, ctx),
  });
}

/** Reports that disagree on the crossings: different seizure days, and Rafah's status in 2025. */
function findEventDisagreements(data: Data, closures: Closure[]): Disagreement[] {
  const out: Disagreement[] = [];
  const seizures = data.events.filter((e) => e.kind === "seizure");
  for (const crossing of new Set(seizures.map((e) => e.crossing))) {
    const group = seizures.filter((e) => e.crossing === crossing);
    if (new Set(group.map((e) => +e.date)).size > 1) {
      out.push({
        topic: `Day ${NAMES[crossing]} crossing was seized`,
        reports: group.map((row) => ({ figure: formatDate(row.date), by: reportedVia(row, data), row })),
      });
    }
  }
  for (const opening of data.events.filter((e) => e.kind === "opening")) {
    const closed = closures.filter(
      (c) => c.crossing === opening.crossing && !c.to && c.from <= opening.date && c.as_of > opening.date,
    );
    if (closed.length) {
      out.push({
        topic: `${NAMES[opening.crossing]} crossing in ${formatDate(opening.date, opening.precision)}`,
        reports: [
          ...closed.map((row) => ({
            figure: `closed since ${formatDate(row.from, row.from_precision)}, as of ${formatDate(row.as_of)}`,
            by: reportedVia(row, data),
            row,
          })),
          { figure: opening.label, by: reportedVia(opening, data), row: opening },
        ],
      });
    }
  }
  return out;
}

function sentences(data: Data, closures: Closure[], events: CrossingEvent[]): Sentence[] {
  const out: Sentence[] = [];
  const rafah = closures.filter((c) => c.crossing === "rafah").reduce((a, b) => (a.as_of >= b.as_of ? a : b));
  out.push({
    id: "rafah-closed",
    text: `The Palestinian side of the Rafah crossing has been closed since ${formatDate(rafah.from, rafah.from_precision)}, ${according(rafah, data)}.`,
    rows: [rafah],
  });
  const seizures = events.filter((e) => e.kind === "seizure");
  if (seizures.length) {
    out.push({
      id: "rafah-seized",
      text: `Israeli forces seized the Rafah crossing on ${andWords(seizures.map((e) => `${formatDate(e.date)} (${reportedVia(e, data)})`))}.`,
      rows: seizures,
    });
  }
  for (const e of mergeEvents(
    events.filter((e) => e.kind !== "seizure"),
    data,
  )) {
    out.push({
      id: `event-${e.event.date.toISOString().slice(0, 10)}-${e.event.crossing.replace("_", "-")}-${e.event.label
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .slice(0, 40)
        .replace(/-$/, "")}`,
      text: `${formatDate(e.event.date)}, ${NAMES[e.event.crossing] || "Gaza"}: ${e.event.label} (${e.by}).`,
      rows: e.rows,
    });
  }
  for (const r of data.humanitarian) {
    const n = qualified(r.value, r.qualifier, { compact: true });
    const text =
      r.measure === "sheltering"
        ? `${sentenceCase(n)} people were sheltering in ${r.place}, ${according(r, data)}.`
        : r.measure === "displaced"
          ? `${sentenceCase(n)} ${r.who ?? "people"} were living in ${r.place}, ${according(r, data)}.`
          : r.measure === "fuel"
            ? `${sentenceCase(n)} day${r.value === 1 ? "" : "s"} of fuel ${r.value === 1 ? "was" : "were"} available inside ${r.place}, ${according(r, data)}.`
            : r.measure === "reproductive_health"
              ? `${sentenceCase(n)} ${r.who ?? "people"} in ${r.place} face limited access to reproductive health services, ${according(r, data)}.`
              : r.value === 0
                ? `${r.place} has no plans to send soldiers to the International Stabilisation Force, ${according(r, data)}.`
                : `${r.place} is willing to send ${n} soldiers to the International Stabilisation Force, ${according(r, data)}.`;
    out.push({
      id: `${r.measure}-${r.place.toLowerCase().replace(/\W+/g, "-")}${r.who ? `-${r.who.toLowerCase().replace(/\W+/g, "-")}` : ""}`,
      text,
      rows: [r],
    });
  }
  return out;
}

runIfMain(import.meta.url, build);
