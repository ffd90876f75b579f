/**
 * The death toll in Gaza as reported over time, and the killed and injured
 * since the ceasefire of 10 October 2025. Every figure comes from
 * data/casualties.csv; nothing here is a number typed in by hand.
 */
import { defineChart, type ChartSpec } from "../src/chart.ts";
import type { Data } from "../src/data/load.ts";
import type { Casualty } from "../src/data/schema.ts";
import { formatDate, formatShortDate } from "../src/format/date.ts";
import { COLORS } from "../src/forms/palette.ts";
import { reportStrip, type Report } from "../src/forms/reportStrip.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { Notebook, Sentence } from "../src/notebook/types.ts";
import {
  according,
  andWords,
  byDate,
  countNoun,
  figure,
  pick,
  reportedVia,
  sentenceCase,
  withArticle,
} from "../src/notebook/words.ts";

const SERIES = {
  killed: { color: COLORS.primary, shape: "circle" as const },
  injured: { color: COLORS.secondary, shape: "ring" as const },
};
const LEGEND = [
  { label: "Killed", color: COLORS.primary, shape: "circle" as const },
  { label: "Injured", color: COLORS.secondary, shape: "ring" as const },
];

/** One strip per report (date and reporter), with killed and injured on it. */
function reportsOf(rows: Casualty[], data: Data): Report[] {
  const groups = new Map<string, Casualty[]>();
  for (const row of byDate(rows)) {
    const key = `${row.as_of.toISOString()}|${row.reported_by}|${row.source}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const ordered = [...group].sort((a, b) =>
      a.measure === b.measure ? 0 : a.measure === "killed" ? -1 : 1,
    );
    return {
      title: `${formatShortDate(first.as_of)} · ${reportedVia(first, data)}`,
      points: ordered.map((r) => ({ value: r.value, series: r.measure })),
      caption: ordered.map((r) => `${figure(r)} ${r.measure}`).join(" · "),
    };
  });
}

export default function build(data: Data): Notebook {
  const war = byDate(pick(data.casualties, "war toll", (r) => r.scope === "war"));
  const ceasefire = byDate(
    pick(data.casualties, "toll since the ceasefire", (r) => r.scope === "since_ceasefire"),
  );
  const attack = pick(data.casualties, "7 October attack", (r) => r.scope === "october_7_attack");
  const incidents = byDate(data.casualties.filter((r) => r.scope === "incident"));

  const warKilled = war.filter((r) => r.measure === "killed");
  const firstKilled = warKilled[0]!;
  const lastKilled = warKilled[warKilled.length - 1]!;
  const lastInjured = war.filter(
    (r) => r.measure === "injured" && +r.as_of === +lastKilled.as_of && r.source === lastKilled.source,
  );

  const cfKilled = ceasefire.filter((r) => r.measure === "killed");
  const cfLast = cfKilled[cfKilled.length - 1]!;
  const cfFirstDate = +cfKilled[0]!.as_of;
  const cfEarliest = cfKilled.filter((r) => +r.as_of === cfFirstDate);
  const cfLastInjured = ceasefire.filter(
    (r) => r.measure === "injured" && +r.as_of === +cfLast.as_of && r.source === cfLast.source,
  );

  const charts: ChartSpec[] = [
    defineChart({
      id: "toll-reports",
      headline: `Reported deaths in Gaza rose from ${figure(firstKilled)} in ${formatDate(firstKilled.as_of, "month")} to ${figure(lastKilled)} by ${formatDate(lastKilled.as_of, "month")}`,
      subtitle: `People killed and injured in Gaza since October 2023, as given in each report, ${formatShortDate(war[0]!.as_of)} to ${formatShortDate(war[war.length - 1]!.as_of)}`,
      alt:
        `Figures for people killed and injured in Gaza since October 2023, one line per report: ` +
        reportsOf(war, data)
          .map((r) => `${r.title}: ${r.caption}`)
          .join("; ") +
        ".",
      notes: [
        "Each line is one report, with its own source and wording; reports are not joined into a series.",
        ...missingNotes(war),
      ],
      legend: LEGEND,
      rows: war,
      plot: (ctx) => reportStrip(reportsOf(war, data), SERIES, ctx),
    }),
    defineChart({
      id: "ceasefire-toll",
      headline: `${sentenceCase(figure(cfLast))} ${countNoun(cfLast.who, cfLast.value)} killed in Gaza since the ceasefire, ${withArticle(cfLast.reported_by)} says`,
      subtitle: `People killed and injured in Gaza since the ceasefire of 10 October 2025, as reported on ${andDates(ceasefire)}`,
      alt:
        `Killed and injured in Gaza since the ceasefire, one line per report: ` +
        reportsOf(ceasefire, data)
          .map((r) => `${r.title}: ${r.caption}`)
          .join("; ") +
        ".",
      notes: [...sameDayNotes(ceasefire), ...missingNotes(ceasefire)],
      legend: LEGEND,
      rows: ceasefire,
      plot: (ctx) => reportStrip(reportsOf(ceasefire, data), SERIES, ctx),
    }),
  ];

  const sentences: Sentence[] = [
    {
      id: "toll-latest",
      text: `${sentenceCase(figure(lastKilled))} ${lastKilled.who} have been killed${lastInjured[0] ? ` and ${figure(lastInjured[0])} injured` : ""} in Gaza since October 2023, ${according(lastKilled, data)}.`,
      rows: [lastKilled, ...lastInjured],
    },
    {
      id: "toll-change",
      text: `The reported death toll in Gaza went from ${figure(firstKilled)} on ${formatDate(firstKilled.as_of)} (${reportedVia(firstKilled, data)}) to ${figure(lastKilled)} on ${formatDate(lastKilled.as_of)} (${reportedVia(lastKilled, data)}).`,
      rows: [firstKilled, lastKilled],
    },
    ...warKilled.map((row) => ({
      id: `toll-${row.as_of.toISOString().slice(0, 10)}-${row.source}`,
      text: `${sentenceCase(figure(row))} ${row.who} killed in Gaza since October 2023, ${according(row, data)}.`,
      rows: [row],
    })),
    {
      id: "ceasefire-latest",
      text: `${sentenceCase(figure(cfLast))} ${cfLast.who} have been killed${cfLastInjured[0] ? ` and ${figure(cfLastInjured[0])} injured` : ""} since the ceasefire took effect, ${according(cfLast, data)}.`,
      rows: [cfLast, ...cfLastInjured],
    },
    {
      id: "ceasefire-change",
      text: `Killed since the ceasefire went from ${cfEarliest.map((r) => `${figure(r)} (${r.reported_by})`).join(" or ")} on ${formatDate(cfEarliest[0]!.as_of)} to ${figure(cfLast)} on ${formatDate(cfLast.as_of)} (${cfLast.reported_by}).`,
      rows: [...cfEarliest, cfLast],
    },
    ...attack.map((row) => ({
      id: "october-7-attack",
      text: `The attack on Israel of 7 October 2023 killed ${figure(row)} ${row.who}, ${according(row, data)}.`,
      rows: [row],
    })),
    ...incidents
      .filter((r) => r.measure === "killed")
      .map((row) => {
        const injured = incidents.find(
          (r) =>
            r.measure === "injured" &&
            +r.as_of === +row.as_of &&
            r.source === row.source &&
            r.place === row.place,
        );
        return {
          id: `incident-${row.as_of.toISOString().slice(0, 10)}-${row.place.toLowerCase().replace(/\W+/g, "-")}`,
          text: `${sentenceCase(figure(row))} ${countNoun(row.who, row.value)} killed${injured ? ` and ${figure(injured)} injured` : ""} ${row.place.includes("Kerem Shalom") ? "at" : "in"} ${row.place} on ${formatDate(row.as_of)}, ${according(row, data)}.`,
          rows: injured ? [row, injured] : [row],
        };
      }),
  ];

  return {
    id: "gaza-toll",
    title: "The toll in Gaza, as reported",
    summary:
      "Killed and injured in Gaza since October 2023 and since the ceasefire of 10 October 2025, as given by each report, with the toll of the 7 October 2023 attack and of single incidents.",
    charts,
    sentences,
    disagreements: findDisagreements(
      data.casualties,
      (r) => `${r.measure}|${r.scope}|${r.place}`,
      (r) =>
        `${sentenceCase(r.measure)} ${r.scope === "since_ceasefire" ? "since the ceasefire" : r.scope === "war" ? "since October 2023" : `(${r.scope.replaceAll("_", " ")})`}, as of ${formatDate(r.as_of)}`,
      data,
    ),
  };
}

/** "The report of 7 May 2024 gives no injured figure." for each report that lacks a measure the others have. */
function missingNotes(rows: Casualty[]): string[] {
  const measures = [...new Set(rows.map((r) => r.measure))];
  const reports = new Map<string, Casualty[]>();
  for (const r of rows) {
    const key = `${+r.as_of}|${r.source}|${r.reported_by}`;
    reports.set(key, [...(reports.get(key) ?? []), r]);
  }
  const notes: string[] = [];
  for (const group of reports.values()) {
    for (const m of measures) {
      if (!group.some((r) => r.measure === m))
        notes.push(
          `The report of ${formatDate(group[0]!.as_of)} (${group[0]!.reported_by}) gives no ${m} figure.`,
        );
    }
  }
  return notes;
}

/** A note for each day on which several reporters give figures: both are shown, none is picked. */
function sameDayNotes(rows: Casualty[]): string[] {
  const days = new Map<number, Set<string>>();
  for (const r of rows) days.set(+r.as_of, (days.get(+r.as_of) ?? new Set()).add(r.reported_by));
  return [...days]
    .filter(([, who]) => who.size > 1)
    .map(
      ([t, who]) =>
        `On ${formatDate(new Date(t))}, ${[...who].join(" and ")} gave different figures; each is shown as reported.`,
    );
}

function andDates(rows: Casualty[]): string {
  return andWords([...new Set(rows.map((r) => +r.as_of))].map((t) => formatShortDate(new Date(t))));
}

runIfMain(import.meta.url, build);
