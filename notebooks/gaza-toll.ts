/**
 * The death toll in Gaza as reported over time, and the killed and injured since the ceasefire.
 * Every figure comes from data/casualties.csv; the ceasefire's date from data/events.csv.
 */
import type { Casualty } from "../src/data/schema.ts";
import { formatDate } from "../src/format/date.ts";
import { chart, defineNotebook } from "../src/notebook/define.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { StoryContext } from "../src/notebook/types.ts";
import { ceasefirePhrase } from "../src/story/ceasefire.ts";
import { changeRows, changeSentence } from "../src/story/change.ts";
import { CROSSING_NAMES } from "../src/story/events.ts";
import { figuresOverTime } from "../src/story/figuresOverTime.ts";
import { need } from "../src/story/need.ts";
import { byDate } from "../src/story/select.ts";
import { untold } from "../src/story/sentence.ts";
import { latestToll, reportSentences } from "../src/story/toll.ts";
import { SERIES } from "../src/style/index.ts";
import { capitalise, nounFromPlural } from "../src/text/words.ts";

export default defineNotebook({
  id: "gaza-toll",
  title: "The toll in Gaza, as reported",
  summary:
    "Killed and injured in Gaza since October 2023 and since the ceasefire, as given by each report, " +
    "with the toll of the 7 October 2023 attack and of single incidents.",
  tables: ["casualties"],
  charts: [
    chart("toll-reports", (ctx) => tollChart(ctx, "war")),
    chart("ceasefire-toll", (ctx) => tollChart(ctx, "since_ceasefire")),
  ],
  sentences: ({ data, names }) => {
    const of = (scope: Scope, place?: string) =>
      data.casualties.filter((r) => r.scope === scope && (place === undefined || r.place === place));
    const killed = (scope: Scope) => byDate(of(scope, GAZA).filter((r) => r.measure === "killed"));
    const change = (id: string, scope: Scope, what: string) =>
      killed(scope).length
        ? [{ id, text: changeSentence(killed(scope), names, what), rows: changeRows(killed(scope)) }]
        : [];
    const latestWar = latestToll(of("war", GAZA), names, "in Gaza since October 2023", "toll-latest");
    return [
      ...latestWar,
      ...change("toll-change", "war", "the reported death toll in Gaza since October 2023"),
      ...untold(
        latestWar,
        reportSentences(of("war"), names, "toll", "pluperfect", (r) => `in ${r.place} since October 2023`),
      ),
      ...latestToll(of("since_ceasefire", GAZA), names, SINCE_CEASEFIRE, "ceasefire-latest"),
      ...change("ceasefire-change", "since_ceasefire", "the number killed in Gaza since the ceasefire"),
      ...reportSentences(
        of("since_ceasefire").filter((r) => r.place !== GAZA),
        names,
        "since-ceasefire",
        "pluperfect",
        (r) => `${at(r)} ${r.place} since the ceasefire took effect`,
      ),
      ...reportSentences(of("october_7_attack"), names, "october-7-attack", "past", () => ATTACK),
      ...reportSentences(
        of("incident"),
        names,
        "incident",
        "past",
        (r) => `${at(r)} ${r.place} on ${formatDate(r.as_of)}`,
      ),
    ];
  },
  disagreements: ({ data, names }) =>
    findDisagreements(
      data.casualties,
      (r) => `${r.measure}|${r.scope}|${r.place}`,
      (r) => `${capitalise(r.measure)} ${SCOPES[r.scope](r)}, as of ${formatDate(r.as_of)}`,
      names,
    ),
});

type Scope = Casualty["scope"];

/**
 * The place the toll charts and the latest and change sentences count: all of Gaza. Figures for a
 * part of it (Gaza City) get sentences of their own.
 */
const GAZA = "Gaza";
const SINCE_CEASEFIRE = "in Gaza since the ceasefire took effect";
const ATTACK = "in Hamas's attack on Israel of 7 October 2023";
const SCOPES: Record<Scope, (r: Casualty) => string> = {
  war: () => "since October 2023",
  since_ceasefire: () => "since the ceasefire",
  october_7_attack: () => "in the attack of 7 October 2023",
  incident: (r) => `in ${r.place}`,
};

/** Crossings are places one is killed "at", not "in". */
const at = (r: Casualty) => (Object.values(CROSSING_NAMES).includes(r.place) ? "at" : "in");

/** Every report of a scope in Gaza as points on a time axis: killed and injured, never joined into a line. */
function tollChart({ data, names }: StoryContext, scope: "war" | "since_ceasefire") {
  const rows = need(
    data,
    "casualties",
    `scope ${scope} and place ${GAZA}`,
    (r) => r.scope === scope && r.place === GAZA,
  );
  const day = ceasefirePhrase(data);
  const where =
    scope === "war" ? "in Gaza since October 2023" : `in Gaza since the ceasefire${day ? ` of ${day}` : ""}`;
  const killed = rows.some((r) => r.measure === "killed");
  return figuresOverTime(rows, names, {
    headline: {
      measure: killed ? "killed" : "injured",
      nouns: killed ? "deaths" : "injuries",
      where: scope === "war" ? "in Gaza" : "in Gaza since the ceasefire",
      who: (r) => nounFromPlural(r.who),
    },
    // Deaths get their own axis: injured figures, far larger, go to a note.
    subtitle: `People ${killed ? "killed" : "injured"} ${where}`,
    about: (r) => `the number ${r.measure}`,
    series: SERIES,
    lead: (r) => r.measure === (killed ? "killed" : "injured"),
    aside: (r) => killed && r.measure === "injured",
  });
}

runIfMain(import.meta.url);
