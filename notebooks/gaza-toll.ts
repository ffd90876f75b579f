/**
 * The death toll in Gaza as reported over time, and the killed and injured since the
 * ceasefire. Every figure comes from data/casualties.csv; the ceasefire's date from data/events.csv.
 */
import type { Casualty } from "../src/data/schema.ts";
import { formatDate, formatDateRange, isoDate } from "../src/format/date.ts";
import { reportsOverTime } from "../src/forms/reportsOverTime.ts";
import { chart, defineNotebook } from "../src/notebook/define.ts";
import { SERIES } from "../src/style/index.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { Sentence, StoryContext } from "../src/notebook/types.ts";
import { attribution, reportDate } from "../src/story/attribution.ts";
import { ceasefirePhrase } from "../src/story/ceasefire.ts";
import { CROSSING_NAMES } from "../src/story/events.ts";
import { changeSentence } from "../src/story/change.ts";
import { figureLabel, figureWords } from "../src/story/figures.ts";
import { changeHeadline } from "../src/story/headlines.ts";
import { idOf } from "../src/story/ids.ts";
import { latestSentence } from "../src/story/latest.ts";
import { need } from "../src/story/need.ts";
import { differNotes, missingNotes } from "../src/story/notes.ts";
import { byDate, extentOf, latest } from "../src/story/select.ts";
import { andList, capitalise, nounFromPlural, verb } from "../src/text/words.ts";

/** Crossings are places one is killed "at", not "in". */
const CROSSING_PLACES = new Set(Object.values(CROSSING_NAMES).filter(Boolean));

type Scope = "war" | "since_ceasefire";

/** The place the toll charts and the latest and change sentences count: all of Gaza. Figures for a part of it (Gaza City) get sentences of their own. */
const GAZA = "Gaza";

/** "in Gaza since October 2023", "in Gaza since the ceasefire of 10 October 2025" (or "of 10 or 11 October 2025" where reports differ). */
function where({ data }: StoryContext, scope: Scope): string {
  if (scope === "war") return "in Gaza since October 2023";
  const day = ceasefirePhrase(data);
  return `in Gaza since the ceasefire${day ? ` of ${day}` : ""}`;
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

/**
 * " and 1,321 injured", sharing the killed clause's verb; where the verb's number differs ("one
 * person has been killed"), the injured get their own: " and 1,321 have been injured".
 */
function andInjured(killed: Casualty, injured: Casualty | undefined, form: "has" | "had" | "was"): string {
  if (!injured) return "";
  const n = figureWords(injured);
  // "none injured" needs no verb of its own.
  if (
    form === "had" ||
    (injured.value === 0 && injured.qualifier === "exact") ||
    verb(killed.value, form, nounFromPlural(killed.who)) === verb(injured.value, form)
  )
    return ` and ${n} injured`;
  return ` and ${n} ${verb(injured.value, form)} ${form === "has" ? "been " : ""}injured`;
}

/** Every report of a scope as points on a time axis: killed and injured, never joined into a line. */
function tollChart(ctx: StoryContext, scope: Scope) {
  const { data, names } = ctx;
  const rows = byDate(
    need(
      data,
      "casualties",
      `scope ${scope} and place ${GAZA}`,
      (r) => r.scope === scope && r.place === GAZA,
    ),
  );
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
    alt: `Points on a time axis, one for each reported figure: ${rows.map((r) => `${formatDate(r.as_of)}, ${figureLabel(r)} ${r.measure} (${attribution(names.credit(r), "name")})`).join("; ")}.`,
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
        who: attribution(names.credit(r), "label"),
      })),
      SERIES,
    ),
  };
}

/** "More than 71,700 Palestinians have been killed and more than 171,000 injured in Gaza since October 2023, according to …". */
function latestToll(ctx: StoryContext, scope: Scope, id: string): Sentence[] {
  const rows = ctx.data.casualties.filter((r) => r.scope === scope && r.place === GAZA);
  const since = scope === "war" ? "in Gaza since October 2023" : "in Gaza since the ceasefire took effect";
  const killed = rows.filter((r) => r.measure === "killed");
  const injuredRows = rows.filter((r) => r.measure === "injured");
  const found = latestSentence(killed, ctx.names, `the number killed ${since}`, (k) => {
    const injured = injuredOf(k, rows);
    const credit = ctx.names.credit(k);
    const who = nounFromPlural(k.who);
    const text = `${capitalise(figureWords(k, who))} ${verb(k.value, "has", who)} been killed${andInjured(k, injured, "has")} ${since}, ${attribution(credit, "according")} ${reportDate(credit)}.`;
    return { text, rows: injured ? [k, injured] : [k] };
  });
  // An injured figure the death-toll sentence does not give (reported later, or beside death tolls
  // that differ) is a sentence of its own, never dropped.
  const lastKilled = latest(killed)[0]?.as_of ?? new Date(0);
  const laterInjured = latestSentence(
    injuredRows.filter((r) => +r.as_of >= +lastKilled && !found?.rows.includes(r)),
    ctx.names,
    `the number injured ${since}`,
    (i) => {
      const credit = ctx.names.credit(i);
      const who = nounFromPlural(i.who);
      return {
        text: `${capitalise(figureWords(i, who))} ${verb(i.value, "has", who)} been injured ${since}, ${attribution(credit, "according")} ${reportDate(credit)}.`,
        rows: [i],
      };
    },
  );
  return [
    ...(found ? [{ id, ...found }] : []),
    ...(laterInjured ? [{ id: `${id}-injured`, ...laterInjured }] : []),
  ];
}

/**
 * One sentence per report of a scope: its killed figure with the injured of the same report, or an
 * injured figure the report gives alone. `text` gets the row, its verb ("had been killed") and
 * the injured phrase. The report's date is left out where the sentence already gives that day.
 */
function eachReport(
  ctx: StoryContext,
  rows: readonly Casualty[],
  prefix: string,
  form: "had" | "was",
  text: (r: Casualty, killed: string, andInjured: string) => string,
): Sentence[] {
  const paired = new Set(rows.filter((r) => r.measure === "killed").flatMap((k) => injuredOf(k, rows) ?? []));
  const leads = byDate(rows.filter((r) => r.measure === "killed" || !paired.has(r)));
  return leads.map((r) => {
    const injured = r.measure === "killed" ? injuredOf(r, rows) : undefined;
    const credit = ctx.names.credit(r);
    const body = text(r, r.measure, andInjured(r, injured, form));
    const sameDay = +r.as_of === +credit.source.published && body.includes(formatDate(r.as_of));
    return {
      id: idOf(
        prefix,
        isoDate(r.as_of),
        r.place,
        r.reported_by,
        ...(r.measure === "killed" ? [] : [r.measure]),
      ),
      text: `${body}, ${attribution(credit, "according")}${sameDay ? "" : ` ${reportDate(credit, r.as_of)}`}.`,
      rows: injured ? [r, injured] : [r],
    };
  });
}

export default defineNotebook({
  id: "gaza-toll",
  title: "The toll in Gaza, as reported",
  summary:
    "Killed and injured in Gaza since October 2023 and since the ceasefire, as given by each report, with the toll of the 7 October 2023 attack and of single incidents.",
  tables: ["casualties"],
  charts: [
    chart("toll-reports", (ctx) => tollChart(ctx, "war")),
    chart("ceasefire-toll", (ctx) => tollChart(ctx, "since_ceasefire")),
  ],
  sentences(ctx) {
    const scope = (s: Casualty["scope"]) => ctx.data.casualties.filter((r) => r.scope === s);
    const killed = (s: Casualty["scope"]) =>
      scope(s).filter((r) => r.measure === "killed" && r.place === GAZA);
    const change = (id: string, scope: Scope, what: string): Sentence[] =>
      killed(scope).length
        ? [{ id, text: changeSentence(killed(scope), ctx.names, what), rows: byDate(killed(scope)) }]
        : [];
    const who = (r: Casualty) => capitalise(figureWords(r, nounFromPlural(r.who)));
    const at = (r: Casualty) => (CROSSING_PLACES.has(r.place) ? "at" : "in");
    return [
      ...latestToll(ctx, "war", "toll-latest"),
      ...change("toll-change", "war", "the reported death toll in Gaza since October 2023"),
      ...eachReport(
        ctx,
        scope("war"),
        "toll",
        "had",
        (r, measure, injured) => `${who(r)} had been ${measure}${injured} in ${r.place} since October 2023`,
      ),
      ...latestToll(ctx, "since_ceasefire", "ceasefire-latest"),
      ...change("ceasefire-change", "since_ceasefire", "the number killed in Gaza since the ceasefire"),
      ...eachReport(
        ctx,
        scope("since_ceasefire").filter((r) => r.place !== GAZA),
        "since-ceasefire",
        "had",
        (r, measure, injured) =>
          `${who(r)} had been ${measure}${injured} ${at(r)} ${r.place} since the ceasefire took effect`,
      ),
      ...eachReport(
        ctx,
        scope("october_7_attack"),
        "october-7-attack",
        "had",
        (r, measure) =>
          `The attack on Israel of 7 October 2023 ${measure === "killed" ? "killed" : "injured"} ${figureWords(r, nounFromPlural(r.who))}`,
      ),
      ...eachReport(
        ctx,
        scope("incident"),
        "incident",
        "was",
        (r, measure, injured) =>
          `${who(r)} ${verb(r.value, "was", nounFromPlural(r.who))} ${measure}${injured} ${at(r)} ${r.place} on ${formatDate(r.as_of)}`,
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
