/**
 * The toll in words: killed with the injured of the same report in one clause ("more than 71,700
 * Palestinians have been killed and more than 171,000 injured"), the latest report of a scope, and
 * one sentence per report. Every sentence carries each row's hedge and credit.
 */
import type { Names } from "../cite/names.ts";
import type { Casualty } from "../data/schema.ts";
import { formatDate, isoDate } from "../format/date.ts";
import { nounFromPlural, verb } from "../text/words.ts";
import { figureWords } from "./figures.ts";
import { idOf } from "./ids.ts";
import { latestSentence } from "./latest.ts";
import { be, dateOf, sentence, uniqueIds, type Tense, type Told } from "./sentence.ts";
import { byDate, latest } from "./select.ts";

/** The injured figure of the same report as a killed row, if it gives one. */
export function injuredOf(k: Casualty, rows: readonly Casualty[]): Casualty | undefined {
  return rows.find(
    (r) =>
      r.measure === "injured" &&
      +r.as_of === +k.as_of &&
      r.source === k.source &&
      r.reported_by === k.reported_by &&
      r.place === k.place,
  );
}

/**
 * The clause of a row and its report's injured figure: subject, verb and the start of the
 * predicate: "more than 71,700 Palestinians" "have been" "killed and more than 171,000 injured".
 * Where the verb's number differs ("one person has been killed"), the injured get their own
 * verb: "killed and four have been injured".
 */
export function tollClause(
  row: Casualty,
  injured: Casualty | undefined,
  tense: Tense,
): { subject: string; verb: string; measure: string } {
  const who = nounFromPlural(row.who);
  const subject = figureWords(row, who);
  const v = be(tense, verb(row.value, "is", who) === "are", row.hedge);
  if (!injured) return { subject, verb: v, measure: row.measure };
  const n = figureWords(injured);
  const same =
    tense === "pluperfect" ||
    (injured.value === 0 && injured.qualifier === "exact") ||
    verb(row.value, "has", who) === verb(injured.value, "has");
  const own = be(tense, injured.value !== 1, injured.hedge);
  const injuredWords = same && !injured.hedge ? `${n} injured` : `${n} ${own} injured`;
  return { subject, verb: v, measure: `${row.measure} and ${injuredWords}` };
}

/**
 * The latest report of a scope as one sentence, killed with injured, and an injured figure the
 * killed sentence does not give (reported later, or beside death tolls that differ) as one of its
 * own. `where` follows the measure: "in Gaza since October 2023".
 */
export function latestToll(rows: readonly Casualty[], names: Names, where: string, id: string): Told[] {
  const killed = rows.filter((r) => r.measure === "killed");
  const one = (r: Casualty) => {
    const injured = r.measure === "killed" ? injuredOf(r, rows) : undefined;
    const c = tollClause(r, injured, "perfect");
    const credits = [names.credit(r)];
    return {
      text: sentence({ ...c, predicate: `${c.measure} ${where}`, credits, date: dateOf(credits) }),
      rows: injured ? [r, injured] : [r],
    };
  };
  const found = latestSentence(killed, names, `the number killed ${where}`, one);
  const lastKilled = latest(killed)[0]?.as_of ?? new Date(0);
  const laterInjured = latestSentence(
    rows.filter((r) => r.measure === "injured" && +r.as_of >= +lastKilled && !found?.rows.includes(r)),
    names,
    `the number injured ${where}`,
    one,
  );
  return [
    ...(found ? [{ id, ...found }] : []),
    ...(laterInjured ? [{ id: `${id}-injured`, ...laterInjured }] : []),
  ];
}

/**
 * One sentence per report: its killed figure with the injured of the same report, or an injured
 * figure a report gives alone. `predicate` writes what follows the measure ("in Gaza since
 * October 2023", "at Kerem Shalom on 5 May 2024"). Two figures of one report get ids of their own.
 */
export function reportSentences(
  rows: readonly Casualty[],
  names: Names,
  prefix: string,
  tense: Tense,
  predicate: (r: Casualty) => string,
): Told[] {
  const paired = new Set(rows.filter((r) => r.measure === "killed").flatMap((k) => injuredOf(k, rows) ?? []));
  const leads = byDate(rows.filter((r) => r.measure === "killed" || !paired.has(r)));
  return uniqueIds(
    leads.map((r) => {
      const injured = r.measure === "killed" ? injuredOf(r, rows) : undefined;
      const c = tollClause(r, injured, tense);
      const credits = [names.credit(r)];
      const credit = credits[0];
      const sameDay = credit !== undefined && +r.as_of === +credit.source.published;
      return {
        id: idOf(
          prefix,
          isoDate(r.as_of),
          r.place,
          r.reported_by,
          ...(r.measure === "killed" ? [] : [r.measure]),
        ),
        text: sentence({
          ...c,
          // What killed them, where the report says: "killed in Israeli air strikes in Gaza on …".
          predicate: `${c.measure}${r.cause ? ` in ${r.cause}` : ""} ${predicate(r)}`,
          credits,
          date: sameDay && predicate(r).includes(formatDate(r.as_of)) ? undefined : dateOf(credits, r.as_of),
        }),
        rows: injured ? [r, injured] : [r],
      };
    }),
  );
}
