/**
 * Hostage numbers: the May 2024 counts of two reporters side by side, the
 * release planned in the proposal's first phase, and the January 2026 state.
 * Every figure comes from data/hostages.csv.
 */
import { defineChart, type ChartSpec } from "../src/chart.ts";
import type { Data } from "../src/data/load.ts";
import type { Hostage } from "../src/data/schema.ts";
import { formatDate, formatShortDate } from "../src/format/date.ts";
import { barRows, type BarGroup } from "../src/forms/barRows.ts";
import { COLORS } from "../src/forms/palette.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { Notebook, Sentence } from "../src/notebook/types.ts";
import { according, andWords, figure, pick, reportedVia, sentenceCase } from "../src/notebook/words.ts";

const MEASURE_TITLES: Record<Hostage["measure"], string> = {
  held: "Hostages held in Gaza",
  held_believed_dead: "Of those, believed dead",
  first_phase_release: "To be released in the proposal's first phase",
  released_living: "Living hostages released",
  remains_returned: "Remains of hostages returned",
  still_held: "Still held in Gaza",
};

/** One colour per article, in date-then-id order, so each reporter keeps its colour across groups. */
function articleColors(rows: Hostage[]): Map<string, string> {
  const palette = [COLORS.primary, COLORS.secondary, COLORS.tertiary, COLORS.muted];
  const ids = [...new Set(rows.map((r) => r.source))];
  return new Map(ids.map((id, i) => [id, palette[i % palette.length]!]));
}

function groups(rows: Hostage[], data: Data): BarGroup[] {
  const colors = articleColors(rows);
  const measures = [...new Set(rows.map((r) => r.measure))];
  return measures.map((m) => ({
    title: MEASURE_TITLES[m],
    bars: rows
      .filter((r) => r.measure === m)
      .map((r) => ({
        label: `${reportedVia(r, data)}, ${formatShortDate(r.as_of)}`,
        value: r.value,
        text: r.value === null ? "all; the article gives no number" : figure(r),
        color: colors.get(r.source)!,
      })),
  }));
}

export default function build(data: Data): Notebook {
  const may = pick(data.hostages, "hostages in May 2024", (r) => r.as_of.getUTCFullYear() === 2024);
  const held = may.filter((r) => r.measure === "held" || r.measure === "held_believed_dead");
  const phase = may.filter((r) => r.measure === "first_phase_release");
  const later = pick(data.hostages, "hostages after the ceasefire", (r) => r.as_of.getUTCFullYear() >= 2025);
  const heldRows = held.filter((r) => r.measure === "held");
  const mayDate = formatDate(may[0]!.as_of);

  const released = later.filter((r) => r.measure === "released_living");
  const returned = later.filter((r) => r.measure === "remains_returned");
  const still = later.filter((r) => r.measure === "still_held");
  const stillLatest = still[still.length - 1];

  const charts: ChartSpec[] = [
    defineChart({
      id: "hostages-may-2024",
      headline: `Reports on ${mayDate} put the hostages held in Gaza at ${andWords(heldRows.map((r) => figure(r)))}`,
      subtitle: `Hostages held in Gaza, those believed dead, and those the proposal would release in its first phase, as reported on ${mayDate}`,
      alt:
        `Bars comparing hostage figures reported on ${mayDate}: ` +
        groups([...held, ...phase], data)
          .map((g) => `${g.title}: ${g.bars.map((b) => `${b.text} (${b.label})`).join("; ")}`)
          .join(". ") +
        ".",
      notes: [
        "The two reports of the same day give different figures; both are shown, and neither is preferred.",
        ...phase.map(
          (r) =>
            `The first-phase figure is from the mediators' proposal as described in the ${reportedVia(r, data).replace(/ \(unattributed\)$/, "")} report of ${formatDate(r.as_of)}.`,
        ),
      ],
      rows: [...held, ...phase],
      plot: (ctx) => barRows(groups([...held, ...phase], data), ctx),
    }),
    defineChart({
      id: "hostages-jan-2026",
      headline: stillLatest
        ? `All living hostages released; the remains of ${figure(stillLatest)} still held in Gaza as of ${formatShortDate(stillLatest.as_of)}`
        : "Hostages after the ceasefire",
      subtitle: `Hostages released, remains returned and still held under the ceasefire of 10 October 2025, as reported in ${formatDate(later[0]!.as_of, "month")}`,
      alt:
        `Hostages after the ceasefire: ` +
        groups(later, data)
          .map((g) => `${g.title}: ${g.bars.map((b) => `${b.text} (${b.label})`).join("; ")}`)
          .join(". ") +
        ".",
      notes: [
        "The articles do not give the number of living hostages released.",
        "Each report of a hostage still held is shown; the reports agree.",
      ],
      rows: later,
      plot: (ctx) => barRows(groups(later, data), ctx),
    }),
  ];

  const sentences: Sentence[] = [
    ...heldRows.map((r) => {
      const dead = held.find((d) => d.measure === "held_believed_dead" && d.source === r.source);
      return {
        id: `held-${r.source}`,
        text: `${sentenceCase(figure(r))} hostages were held in Gaza${dead ? `, ${figure(dead)} of them believed dead` : ""}, ${according(r, data)}${dead && dead.reported_by !== r.reported_by ? `; the dead figure is attributed to ${dead.reported_by}` : ""}.`,
        rows: dead ? [r, dead] : [r],
      };
    }),
    ...phase.map((r) => ({
      id: "first-phase-release",
      text: `The proposal under discussion in ${formatDate(r.as_of, "month")} would have released ${figure(r)} hostages in its first phase, ${according(r, data)}.`,
      rows: [r],
    })),
    ...(released[0] && returned[0]
      ? [
          {
            id: "ceasefire-releases",
            text: `Under the first phase of the ceasefire, all living hostages were released and the remains of ${figure(returned[0])} were returned, ${according(returned[0], data)}.`,
            rows: [released[0], returned[0]],
          },
        ]
      : []),
    ...(still.length
      ? [
          {
            id: "still-held",
            text: `The remains of ${figure(stillLatest!)} hostage are still held in Gaza, as reported on ${andWords([...new Set(still.map((r) => formatDate(r.as_of)))])} (${andWords([...new Set(still.map((r) => r.reported_by))])}).`,
            rows: still,
          },
        ]
      : []),
  ];

  return {
    id: "hostages",
    title: "Hostages: the May 2024 counts and the January 2026 state",
    summary:
      "Hostage numbers as each reporter gave them: the counts of May 2024, which differ between two reports of the same day, the first-phase release the proposal of the time planned, and the state after the ceasefire of 10 October 2025.",
    charts,
    sentences,
    disagreements: findDisagreements(
      data.hostages,
      (r) => r.measure,
      (r) => `${MEASURE_TITLES[r.measure]}, as of ${formatDate(r.as_of)}`,
      data,
    ),
  };
}

runIfMain(import.meta.url, build);
