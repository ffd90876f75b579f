/**
 * The death toll in Gaza as reported over time, and the killed and injured since the
 * ceasefire. Every figure comes from data/casualties.csv; the ceasefire's date from data/events.csv.
 */
import type { Casualty } from "../src/data/schema.ts";
import { andList, formatDate, formatDateRange } from "../src/format/date.ts";
import { reportsOverTime } from "../src/forms/reportsOverTime.ts";
import { chart, defineNotebook } from "../src/notebook/define.ts";
import { SERIES } from "../src/style/index.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { Sentence, StoryContext } from "../src/notebook/types.ts";
import { according, capitalise, creditLabel, reportDate } from "../src/story/attribution.ts";
import { ceasefireDay } from "../src/story/ceasefire.ts";
import { changeSentence } from "../src/story/change.ts";
import { nounFromPlural, verb } from "../src/story/count.ts";
import { figureLabel, figureWords } from "../src/story/figures.ts";
import { changeHeadline } from "../src/story/headlines.ts";
import { idOf } from "../src/story/ids.ts";
import { latestSentence } from "../src/story/latest.ts";
import { need } from "../src/story/need.ts";
import { differNotes, missingNotes } from "../src/story/notes.ts";
import { byDate, extentOf } from "../src/story/select.ts";

type Scope = "war" | "since_ceasefire";

/** "in Gaza since October 2023", "in Gaza since the ceasefire of 10 October 2025". */
function where({ data }: StoryContext, scope: Scope): string {
  if (scope === "war") return "in Gaza since October 2023";
  const day = ceasefireDay(data);
  return `in Gaza since the ceasefire${day ? ` of ${formatDate(day)}` : ""}`;
}

/** The injured figure of the same report as a killed row, if it gives one. */
const injuredOf = (k: Casualty, rows: readonly Casualty[]) =>
  rows.find(
    (r) =>
      r.measure === "injured" &&
      +r.as_of === +k.as_of &&
      r.source === k.source &&
      r.reported_by === k.reported_by &&
      r.place === k.place,
  );

/** Every report of a scope as points on a time axis: killed and injured, never joined into a line. */
function tollChart(ctx: StoryContext, scope: Scope) {
  const { data, names } = ctx;
  const rows = byDate(need(data, "casualties", `scope ${scope}`, (r) => r.scope === scope));
  const killed = rows.filter((r) => r.measure === "killed");
  const lead = killed.length ? killed : rows;
  const measures = (["killed", "injured"] as const).filter((m) => rows.some((r) => r.measure === m));
  const span = extentOf(rows);
  const period = span ? formatDateRange(span.from, span.to) : "";
  const measure = lead[0]?.measure ?? "killed";
  return {
    headline: changeHeadline(lead, names, {
      measure,
      nouns: measure === "killed" ? "deaths" : "injuries",
      where: scope === "war" ? "in Gaza" : "in Gaza since the ceasefire",
      who: (r) => nounFromPlural(r.who),
    }),
    subtitle: `People ${andList(measures)} ${where(ctx, scope)}, as given in each report, ${period.includes(" to ") ? period : `on ${period}`}`,
    alt: `Points on a time axis, one for each reported figure: ${rows.map((r) => `${formatDate(r.as_of)}, ${figureLabel(r)} ${r.measure} (${creditLabel(names.credit(r))})`).join("; ")}.`,
    notes: [
      "Each point is one report, with its own source and wording; reports are not joined into a series.",
      ...missingNotes(rows, names),
      ...differNotes(rows, names, (r) => `the number ${r.measure}`),
    ],
    legend: measures.map((m) => SERIES[m]),
    rows,
    plot: reportsOverTime(
      rows.map((r) => ({
        date: r.as_of,
        value: r.value,
        series: r.measure,
        label: figureLabel(r, { compact: true }),
        who: creditLabel(names.credit(r)),
      })),
      SERIES,
    ),
  };
}

/** "More than 71,700 Palestinians have been killed and more than 171,000 injured in Gaza since October 2023, according to …". */
function latestToll(ctx: StoryContext, scope: Scope, id: string): Sentence[] {
  const rows = ctx.data.casualties.filter((r) => r.scope === scope && r.place === "Gaza");
  const since = scope === "war" ? "in Gaza since October 2023" : "since the ceasefire took effect";
  const found = latestSentence(
    rows.filter((r) => r.measure === "killed"),
    ctx.names,
    `the number killed ${since}`,
    (k) => {
      const injured = injuredOf(k, rows);
      const credit = ctx.names.credit(k);
      const text = `${capitalise(figureWords(k, nounFromPlural(k.who)))} ${verb(k.value, "has")} been killed${injured ? ` and ${figureWords(injured)} injured` : ""} ${since}, ${according(credit)} ${reportDate(credit)}.`;
      return { text, rows: injured ? [k, injured] : [k] };
    },
  );
  return found ? [{ id, ...found }] : [];
}

/** One sentence per row of a scope: "<figure> killed <where>, according to <who> (<date>)." */
function eachReport(
  ctx: StoryContext,
  rows: readonly Casualty[],
  prefix: string,
  text: (r: Casualty, andInjured: string) => string,
): Sentence[] {
  return byDate(rows).map((r) => {
    const injured = injuredOf(r, ctx.data.casualties);
    const credit = ctx.names.credit(r);
    return {
      id: idOf(prefix, r.as_of.toISOString().slice(0, 10), r.place, r.reported_by),
      text: `${text(r, injured ? ` and ${figureWords(injured)} injured` : "")}, ${according(credit)} ${reportDate(credit, r.as_of)}.`,
      rows: injured ? [r, injured] : [r],
    };
  });
}

export default defineNotebook({
  id: "gaza-toll",
  title: "The toll in Gaza, as reported",
  summary:
    "Killed and injured in Gaza since October 2023 and since the ceasefire of 10 October 2025, as given by each report, with the toll of the 7 October 2023 attack and of single incidents.",
  tables: ["casualties"],
  charts: [
    chart("toll-reports", (ctx) => tollChart(ctx, "war")),
    chart("ceasefire-toll", (ctx) => tollChart(ctx, "since_ceasefire")),
  ],
  sentences(ctx) {
    const killed = (scope: Casualty["scope"]) =>
      ctx.data.casualties.filter((r) => r.scope === scope && r.measure === "killed");
    const change = (id: string, scope: Scope, what: string): Sentence[] =>
      killed(scope).length
        ? [{ id, text: changeSentence(killed(scope), ctx.names, what), rows: byDate(killed(scope)) }]
        : [];
    const who = (r: Casualty) => capitalise(figureWords(r, nounFromPlural(r.who)));
    return [
      ...latestToll(ctx, "war", "toll-latest"),
      ...change("toll-change", "war", "the reported death toll in Gaza since October 2023"),
      ...eachReport(
        ctx,
        killed("war"),
        "toll",
        (r, injured) => `${who(r)} had been killed${injured} in ${r.place} since October 2023`,
      ),
      ...latestToll(ctx, "since_ceasefire", "ceasefire-latest"),
      ...change("ceasefire-change", "since_ceasefire", "the number killed in Gaza since the ceasefire"),
      ...eachReport(
        ctx,
        killed("october_7_attack"),
        "october-7-attack",
        (r) => `The attack on Israel of 7 October 2023 killed ${figureWords(r, nounFromPlural(r.who))}`,
      ),
      ...eachReport(
        ctx,
        killed("incident"),
        "incident",
        (r, injured) =>
          `${who(r)} ${verb(r.value, "was")} killed${injured} ${r.place === "Kerem Shalom" ? "at" : "in"} ${r.place} on ${formatDate(r.as_of)}`,
      ),
    ];
  },
  disagreements: ({ data, names }) =>
    findDisagreements(
      data.casualties,
      (r) => `${r.measure}|${r.scope}|${r.place}`,
      (r) =>
        `${capitalise(r.measure)} ${{ war: "since October 2023", since_ceasefire: "since the ceasefire", october_7_attack: "in the attack of 7 October 2023", incident: `in ${r.place}` }[r.scope]}, as of ${formatDate(r.as_of)}`,
      names,
    ),
});

runIfMain(import.meta.url);
