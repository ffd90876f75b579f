/**
 * Hostage numbers as each reporter gave them: the counts of May 2024 side by side, the release
 * the proposal of the time planned, and the state after the ceasefire. Every figure comes from
 * data/hostages.csv; the ceasefire's date from data/events.csv.
 */
import { groups } from "d3-array";
import type { Names } from "../src/cite/names.ts";
import type { Hostage } from "../src/data/schema.ts";
import { UserError } from "../src/errors.ts";
import { formatDate, isoDate, onDates } from "../src/format/date.ts";
import { barRows } from "../src/forms/barRows.ts";
import { statBlocks } from "../src/forms/statBlocks.ts";
import { chart, defineNotebook } from "../src/notebook/define.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { Sentence } from "../src/notebook/types.ts";
import { attribution, reportDate } from "../src/story/attribution.ts";
import { ceasefireDay } from "../src/story/ceasefire.ts";
import { byFigure, figureLabel, figureWords } from "../src/story/figures.ts";
import { firstThatFits } from "../src/story/fit.ts";
import { changeHeadline } from "../src/story/headlines.ts";
import { idOf } from "../src/story/ids.ts";
import { latestSentence } from "../src/story/latest.ts";
import { need } from "../src/story/need.ts";
import { differNotes } from "../src/story/notes.ts";
import { byDate, inPeriod, latest, month, within } from "../src/story/select.ts";
import { andList, capitalise, countWords, noun, verb } from "../src/text/words.ts";

const HOSTAGE = noun("hostage");
const MAY_2024 = month(2024, 5);
/** What each measure counts, as a chart group title and as words in a subtitle or note. */
const MEASURES: Record<Hostage["measure"], { title: string; words: string }> = {
  held: { title: "Hostages held in Gaza", words: "hostages held in Gaza" },
  held_believed_dead: { title: "Of those, believed dead", words: "those of them believed dead" },
  first_phase_release: {
    title: "To be released in the proposal's first phase",
    words: "those the proposal of the time would release in its first phase",
  },
  released_living: { title: "Living hostages released", words: "living hostages released" },
  remains_returned: { title: "Remains of hostages returned", words: "remains of hostages returned" },
  still_held: { title: "Still held in Gaza, living or dead", words: "hostages still held in Gaza" },
};
const AFTER: Hostage["measure"][] = ["released_living", "remains_returned", "still_held"];

/**
 * "Hostages held in Gaza, those of them believed dead and …, as reported on 7 May 2024"; with a
 * lead, "After the ceasefire of 10 October 2025: living hostages released, …" (a lead, not a tail,
 * so "since the ceasefire" never reads as how long hostages were held).
 */
function subtitle(rows: readonly Hostage[], lead = ""): string {
  const measures = Object.keys(MEASURES).filter((m) =>
    rows.some((r) => r.measure === m),
  ) as Hostage["measure"][];
  const what = andList(measures.map((m) => MEASURES[m].words));
  return `${lead ? `${lead}: ${what}` : capitalise(what)}, as reported ${onDates(rows.map((r) => r.as_of))}`;
}

/** Whether every living hostage was reported released by a day: then any hostage still held is dead. */
function allLivingOut(rows: readonly Hostage[], day: Date): boolean {
  return rows.some((r) => r.measure === "released_living" && r.qualifier === "all" && +r.as_of <= +day);
}

/** "the remains of one hostage are still held in Gaza", "three hostages are still held in Gaza", "no hostages, living or dead, are still held in Gaza". */
function stillPhrase(r: Hostage, remains: boolean): string {
  if (r.value === 0 && r.qualifier === "exact") return "no hostages, living or dead, are still held in Gaza";
  return remains
    ? `the remains of ${figureWords(r, HOSTAGE)} are still held in Gaza`
    : `${figureWords(r, HOSTAGE)} ${verb(r.value, "is")} still held in Gaza`;
}

/** The hostages still held, from the latest reports, with "the remains of" once every living hostage is reported released. */
function stillHeld(rows: readonly Hostage[], names: Names): string {
  const newest = latest(rows.filter((r) => r.measure === "still_held"));
  const first = newest[0];
  if (!first) {
    const parts = AFTER.filter((m) => rows.some((r) => r.measure === m)).map((m) => MEASURES[m].words);
    return `Hostages after the ceasefire: ${andList(parts)}, as reported ${onDates(rows.map((r) => r.as_of))}`;
  }
  const figures = byFigure(newest);
  const on = formatDate(first.as_of);
  if (figures.length > 1) {
    return `Reports of ${on} differ on how many hostages are still held in Gaza: ${andList(
      figures.map(([, [r]]) => (r ? figureWords(r) : "")),
      "or",
    )}`;
  }
  const remains = allLivingOut(rows, first.as_of);
  const still = stillPhrase(first, remains);
  const remainsOf = `the remains of ${figureWords(first)} are still held in Gaza`;
  // Attributed, as every headline figure is: "Ynet reported on 25 January 2026", or for several
  // reports of that day, "reports of 25 January 2026 say".
  const who = attribution(names.credit(first), "reported");
  const by = newest.length === 1 ? `${who} on ${on}` : `reports of ${on} say`;
  const briefly = newest.length === 1 ? who : "reports say";
  const lead = remains && first.value !== 0 ? "All living hostages released; " : "";
  return firstThatFits([
    `${capitalise(`${lead}${still}`)}, ${by}`,
    `${capitalise(`${lead}${still}`)}, ${briefly}`,
    ...(lead ? [`${lead}${remainsOf}, ${briefly}`] : []),
    `${capitalise(still)}, ${by}`,
    `${capitalise(still)}, ${briefly}`,
    `${capitalise(`${lead}${still}`)}, as of ${on}`,
    `${capitalise(still)}, as of ${on}`,
  ]);
}

/** Notes on the reports of hostages still held: the figure they share, or how they differ, with who gives each. */
function stillHeldNote(rows: readonly Hostage[], names: Names): string[] {
  const still = rows.filter((r) => r.measure === "still_held");
  if (still.length < 2) return [];
  const figures = byFigure(still);
  const reports = countWords(still.length, "exact", noun("report"));
  if (figures.length === 1) {
    return [
      `${still.length === 2 ? "Both" : `All ${reports.replace(/ reports$/, "")}`} reports of hostages still held (${onDates(still.map((r) => r.as_of)).replace(/^(on|between) /, "")}) give the same figure.`,
    ];
  }
  // Different figures on different days are a change over time, not a disagreement.
  const sameDay = new Set(still.map((r) => +r.as_of)).size === 1;
  // "one (Hamas and Benjamin Netanyahu, 6 January 2026; Ynet, 25 January 2026)"
  const by = (list: readonly Hostage[]) =>
    groups(list, (r) => +r.as_of)
      .map(
        ([day, same]) =>
          `${andList([...new Set(same.map((r) => attribution(names.credit(r), "name")))])}, ${formatDate(new Date(day))}`,
      )
      .join("; ");
  const listed = andList(figures.map(([, list]) => `${list[0] ? figureWords(list[0]) : ""} (${by(list)})`));
  return [
    sameDay
      ? `Reports of hostages still held differ: ${listed}.`
      : `Reports of hostages still held give ${listed}.`,
  ];
}

/**
 * "36 of them believed dead", "none of them believed dead", "not believed dead" (of one hostage),
 * "believed dead" (the one). Undefined when the report gives more believed dead than held: the
 * two figures are then stated apart, as given, never reconciled.
 */
function deadPhrase(dead: Hostage, held: Hostage): string | undefined {
  if (dead.value !== null && held.value !== null && dead.value > held.value) return undefined;
  if (
    held.value === 1 &&
    held.qualifier === "exact" &&
    dead.qualifier === "exact" &&
    (dead.value ?? 0) <= 1
  ) {
    return dead.value === 0 ? "not believed dead" : "believed dead";
  }
  return `${figureWords(dead)} of them believed dead`;
}

function bars(rows: readonly Hostage[], names: Names) {
  const measures = [...new Set(byDate(rows).map((r) => r.measure))];
  return measures.map((m) => ({
    title: MEASURES[m].title,
    bars: byDate(rows.filter((r) => r.measure === m)).map((r) => ({
      label: `${attribution(names.credit(r), "label")}, ${formatDate(r.as_of)}`,
      value: r.value,
      text: r.value === null ? "All; the report gives no number" : figureLabel(r),
    })),
  }));
}

export default defineNotebook({
  id: "hostages",
  title: "Hostages: the May 2024 counts and the state after the ceasefire",
  summary:
    "Hostage numbers as each reporter gave them: the counts of May 2024, the first-phase release the proposal of the time planned, and the state after the ceasefire.",
  tables: ["hostages"],
  charts: [
    chart("hostages-may-2024", ({ data, names }) => {
      const held = need(
        data,
        "hostages",
        "measure held in May 2024",
        (r) => r.measure === "held" && within(MAY_2024, r.as_of),
      );
      const rows = inPeriod(
        data.hostages.filter((r) =>
          ["held", "held_believed_dead", "first_phase_release"].includes(r.measure),
        ),
        MAY_2024,
      );
      return {
        headline: changeHeadline(held, names, {
          measure: "held",
          nouns: "hostage counts",
          where: "in Gaza",
          who: () => HOSTAGE,
          about: "the number of hostages held",
        }),
        subtitle: subtitle(rows),
        alt: `Bars: ${bars(rows, names)
          .map((g) => `${g.title}: ${g.bars.map((b) => `${b.text} (${b.label})`).join("; ")}`)
          .join(". ")}.`,
        notes: [
          ...differNotes(rows, names, (r) => MEASURES[r.measure].words),
          ...rows
            .filter((r) => r.measure === "first_phase_release")
            .map(
              (r) =>
                `The first-phase figure is the mediators' proposal as ${attribution(names.credit(r), "subject")} described it on ${formatDate(r.as_of)}.`,
            ),
        ],
        rows,
        plot: barRows(bars(rows, names)),
      };
    }),
    chart("hostages-jan-2026", ({ data, names }) => {
      const ceasefire = ceasefireDay(data);
      if (!ceasefire) throw new UserError("no rows in data/events.csv with kind ceasefire and precision day");
      const rows = need(
        data,
        "hostages",
        `measure ${AFTER.join(", ")} on or after ${formatDate(ceasefire)}`,
        (r) => AFTER.includes(r.measure) && +r.as_of >= +ceasefire,
      );
      const released = rows.filter((r) => r.measure === "released_living");
      return {
        headline: stillHeld(rows, names),
        subtitle: subtitle(rows, `After the ceasefire of ${formatDate(ceasefire)}`),
        alt: `Figures: ${bars(rows, names)
          .map((g) => `${g.title}: ${g.bars.map((b) => `${b.text} (${b.label})`).join("; ")}`)
          .join(". ")}.`,
        notes: [
          ...(released.length && released.every((r) => r.value === null)
            ? ["The reports do not give the number of living hostages released."]
            : []),
          ...stillHeldNote(rows, names),
          ...differNotes(
            rows.filter((r) => r.measure !== "still_held"),
            names,
            (r) => MEASURES[r.measure].words,
          ),
        ],
        rows,
        plot: statBlocks(
          AFTER.filter((m) => rows.some((r) => r.measure === m)).map((m) => {
            const list = byDate(rows.filter((r) => r.measure === m));
            return {
              title: MEASURES[m].title,
              figure: andList(
                byFigure(latest(list)).map(([f]) => capitalise(f)),
                "or",
              ),
              reports: list.map(
                (r) =>
                  `${formatDate(r.as_of)} · ${attribution(names.credit(r), "label")}${byFigure(list).length > 1 ? `: ${figureLabel(r)}` : ""}`,
              ),
            };
          }),
        ),
      };
    }),
  ],
  sentences({ data, names }) {
    const held = byDate(data.hostages.filter((r) => r.measure === "held"));
    const deadOf = (r: Hostage) =>
      data.hostages.find(
        (d) => d.measure === "held_believed_dead" && d.source === r.source && +d.as_of === +r.as_of,
      );
    const out: Sentence[] = held.map((r) => {
      const dead = deadOf(r);
      const credit = names.credit(r);
      const phrase = dead && deadPhrase(dead, r);
      const deadBy =
        dead && !phrase
          ? `; the same report gives ${figureWords(dead, HOSTAGE)} believed dead${dead.reported_by !== r.reported_by ? `, a figure attributed to ${dead.reported_by}` : ""}`
          : dead && dead.reported_by !== r.reported_by
            ? `; the figure of those believed dead is attributed to ${dead.reported_by}`
            : "";
      return {
        id: idOf("held", isoDate(r.as_of), r.source, r.reported_by),
        text: `${capitalise(figureWords(r, HOSTAGE))} ${verb(r.value, "was")} held in Gaza${phrase ? `, ${phrase}` : ""}, ${attribution(credit, "according")} ${reportDate(credit)}${deadBy}.`,
        rows: dead ? [r, dead] : [r],
      };
    });
    // A believed-dead figure whose report gives no held figure is a sentence of its own, never dropped.
    const told = new Set(held.flatMap((r) => deadOf(r) ?? []));
    for (const d of byDate(data.hostages.filter((x) => x.measure === "held_believed_dead" && !told.has(x)))) {
      const credit = names.credit(d);
      out.push({
        id: idOf("believed-dead", isoDate(d.as_of), d.source, d.reported_by),
        text: `${capitalise(figureWords(d, HOSTAGE))} held in Gaza ${verb(d.value, "was")} believed dead, ${attribution(credit, "according")} ${reportDate(credit)}.`,
        rows: [d],
      });
    }
    for (const r of byDate(data.hostages.filter((x) => x.measure === "first_phase_release"))) {
      const credit = names.credit(r);
      out.push({
        id: idOf("first-phase-release", r.source),
        text: `A ceasefire proposal reported in ${formatDate(r.as_of, "month")} ${r.value === 0 && r.qualifier === "exact" ? "did not provide for the release of any hostages" : `provided for the release of ${figureWords(r, HOSTAGE)}`} in its first phase, ${attribution(credit, "according")} ${reportDate(credit)}.`,
        rows: [r],
      });
    }
    for (const r of byDate(data.hostages.filter((x) => x.measure === "remains_returned"))) {
      const credit = names.credit(r);
      const released = data.hostages.find((x) => x.measure === "released_living" && x.source === r.source);
      const living = released
        ? released.value === null
          ? "all living hostages had been released and "
          : `${figureWords(released, noun("living hostage"))} had been released and `
        : "";
      out.push({
        id: idOf("ceasefire-releases", r.source),
        text: `${capitalise(`${living}${r.value === 0 && r.qualifier === "exact" ? "no hostages' remains" : `the remains of ${figureWords(r, HOSTAGE)}`} had been returned by ${formatDate(r.as_of)}`)}, ${attribution(credit, "according")}${+r.as_of === +credit.source.published ? "" : ` ${reportDate(credit)}`}.`,
        rows: released ? [released, r] : [r],
      });
    }
    const still = data.hostages.filter((r) => r.measure === "still_held");
    const latestStill = latestSentence(still, names, "how many hostages are still held in Gaza", (r) => {
      const credit = names.credit(r);
      return {
        text: `${capitalise(stillPhrase(r, allLivingOut(data.hostages, r.as_of)))}, ${attribution(credit, "according")} ${reportDate(credit)}.`,
        rows: [r],
      };
    });
    if (latestStill) out.push({ id: "still-held", ...latestStill });
    return out;
  },
  disagreements: ({ data, names }) =>
    findDisagreements(
      data.hostages,
      (r) => r.measure,
      (r) => `${MEASURES[r.measure].title}, as of ${formatDate(r.as_of)}`,
      names,
    ),
});

runIfMain(import.meta.url);
