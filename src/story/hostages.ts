/**
 * Hostage numbers in words: what each measure counts, the held and dead figures of one report
 * told together with each claim credited to who gives it, the state after the ceasefire, and
 * the hedge ("believed") kept wherever a row carries it.
 */
import type { Names } from "../cite/names.ts";
import type { Hostage } from "../data/schema.ts";
import { formatDate, isoDate, onDates } from "../format/date.ts";
import { andList, capitalise, noun, verb } from "../text/words.ts";
import { attribution } from "./attribution.ts";
import { byFigure, figureWords } from "./figures.ts";
import { firstThatFits } from "./fit.ts";
import { idOf } from "./ids.ts";
import { latestSentence } from "./latest.ts";
import { figuresAgree } from "./ranges.ts";
import { be, dateOf, sentence, uniqueIds, type Told } from "./sentence.ts";
import { byDate, latest } from "./select.ts";

export const HOSTAGE = noun("hostage");
/**
 * Living hostages released after the ceasefire are counted as the source counts them: its
 * hostages released alive are Israeli hostages (data/hostages.csv `released_living`), so copy never
 * widens "all living Israeli hostages" to all living hostages.
 */
const LIVING = noun("living Israeli hostage");

/** What each measure counts, as a chart group title and as words in a subtitle or note. */
export const MEASURES: Record<Hostage["measure"], { title: string; words: string }> = {
  held: { title: "Hostages held in Gaza", words: "hostages held in Gaza" },
  held_dead: { title: "Of those, dead", words: "those of them dead" },
  first_phase_release: {
    title: "Would be released in the first phase of the mediators' earlier proposal",
    words: "those Hamas would release in the first phase of the mediators' earlier proposal",
  },
  released_living: { title: "Living Israeli hostages released", words: "living Israeli hostages released" },
  remains_returned: { title: "Remains of hostages returned", words: "remains of hostages returned" },
  still_held: { title: "Still held in Gaza, living or dead", words: "hostages still held in Gaza" },
};

/** "hostages held in Gaza and those of them dead, as reported on 7 May 2024". */
export function measuresPhrase(rows: readonly Hostage[]): string {
  const measures = (Object.keys(MEASURES) as Hostage["measure"][]).filter((m) =>
    rows.some((r) => r.measure === m),
  );
  return `${andList(measures.map((m) => measureOf(m, rows).words))}, as reported ${onDates(rows.map((r) => r.as_of))}`;
}

/**
 * A measure's title and words, following the rows: hostages still held are "Remains of hostages
 * not yet returned" when every report of them comes after all living hostages were reported
 * released (a body still searched for, as Hamas puts it, is not one it says it holds).
 */
function measureOf(m: Hostage["measure"], rows: readonly Hostage[]): { title: string; words: string } {
  return m === "still_held" && onlyRemains(rows)
    ? { title: "Remains of hostages not yet returned", words: "remains of hostages not yet returned" }
    : MEASURES[m];
}

/** Whether there are reports of hostages still held, each after all living hostages were reported released. */
export function onlyRemains(rows: readonly Hostage[]): boolean {
  const still = rows.filter((r) => r.measure === "still_held");
  return still.length > 0 && still.every((r) => allLivingOut(rows, r.as_of));
}

export const measureTitle = (m: Hostage["measure"], rows: readonly Hostage[]): string =>
  measureOf(m, rows).title;

/** Whether every living hostage was reported released by a day: then any hostage still held is dead. */
export function allLivingOut(rows: readonly Hostage[], day: Date): boolean {
  return rows.some((r) => r.measure === "released_living" && r.qualifier === "all" && +r.as_of <= +day);
}

/**
 * "36 of them dead", "37 of them believed dead", "none of them dead". Undefined when the report
 * gives more dead than held: the two figures are then stated apart, as given, never reconciled.
 */
function deadPhrase(dead: Hostage, held: Hostage): string | undefined {
  if (dead.value !== null && held.value !== null && dead.value > held.value) return undefined;
  const n = dead.value === 0 && dead.qualifier === "exact" ? "none" : figureWords(dead);
  return `${n} of them ${dead.hedge ? `${dead.hedge} ` : ""}dead`;
}

/**
 * One sentence per report of hostages held, with its dead figure: in one clause when one reporter
 * gives both ("According to Israeli officials, 132 hostages were held in Gaza, 37 of them believed
 * dead"), else credited apart ("…, according to AFP (7 May 2024). Officials said 36 of them were dead.").
 * A dead figure with no held figure from its report is a sentence of its own.
 */
export function heldSentences(rows: readonly Hostage[], names: Names): Told[] {
  const deadOf = (r: Hostage) =>
    rows.find((d) => d.measure === "held_dead" && d.source === r.source && +d.as_of === +r.as_of);
  const out: Told[] = byDate(rows.filter((r) => r.measure === "held")).map((r) => {
    const dead = deadOf(r);
    const credits = [names.credit(r)];
    const joined = dead && dead.reported_by === r.reported_by ? deadPhrase(dead, r) : undefined;
    const held = sentence({
      subject: figureWords(r, HOSTAGE),
      verb: be("past", verb(r.value, "was") === "were", r.hedge),
      predicate: `held in Gaza${joined ? `, ${joined}` : ""}`,
      credits,
      date: dateOf(credits),
    });
    const apart = dead && !joined ? ` ${deadApart(dead, names, dead.reported_by === r.reported_by)}` : "";
    return {
      id: idOf("held", isoDate(r.as_of), r.source, r.reported_by),
      text: `${held}${apart}`,
      rows: dead ? [r, dead] : [r],
    };
  });
  const told = new Set(out.flatMap((s) => s.rows));
  for (const d of byDate(rows.filter((x) => x.measure === "held_dead" && !told.has(x)))) {
    const credits = [names.credit(d)];
    out.push({
      id: idOf("dead", isoDate(d.as_of), d.source, d.reported_by),
      text: sentence({
        subject: `${figureWords(d, HOSTAGE)} held in Gaza`,
        verb: be("past", verb(d.value, "was") === "were", d.hedge),
        predicate: "dead",
        credits,
        date: dateOf(credits),
      }),
      rows: [d],
    });
  }
  return uniqueIds(out);
}

/** "Officials said 36 of them were dead." or, for more dead than held, "The same report gives 40 dead." */
function deadApart(dead: Hostage, names: Names, same: boolean): string {
  const who = capitalise(attribution(names.credit(dead), "subject"));
  const n = figureWords(dead);
  const were = be("past", verb(dead.value, "was") === "were", dead.hedge);
  return same
    ? `The same report gives ${figureWords(dead, HOSTAGE)} ${dead.hedge ? `${dead.hedge} ` : ""}dead.`
    : `${who} said ${n} of them ${were} dead.`;
}

/** "the remains of one hostage are believed to be still held in Gaza", "no hostages, living or dead, are still held in Gaza". */
export function stillPhrase(r: Hostage, remains: boolean, short = false): string {
  if (r.value === 0 && r.qualifier === "exact") return "no hostages, living or dead, are still held in Gaza";
  const is = be("present", remains || verb(r.value, "is") === "are", r.hedge);
  const held = short ? `${r.hedge ? `${r.hedge} ` : ""}still held in Gaza` : `${is} still held in Gaza`;
  return remains
    ? `${short ? "remains of" : "the remains of"} ${figureWords(r, short ? undefined : HOSTAGE)} ${held}`
    : `${figureWords(r, HOSTAGE)} ${held}`;
}

/**
 * The headline of the state after the ceasefire, each claim credited: "All living hostages
 * released; remains of one yet to be returned, reports say" when the claims come from different
 * reports, "…, Ynet reports" when from one.
 */
export function afterCeasefireHeadline(rows: readonly Hostage[], names: Names): string {
  const newest = latest(rows.filter((r) => r.measure === "still_held"));
  const first = newest[0];
  if (!first) return releasesHeadline(rows, names);
  if (!figuresAgree(newest))
    return `Reports of ${formatDate(first.as_of)} differ on how many hostages are still held in Gaza: ${andList(
      byFigure(newest).map(([, [r]]) => (r ? figureWords(r) : "")),
      "or",
    )}`;
  const released = rows.filter(
    (r) => r.measure === "released_living" && r.qualifier === "all" && +r.as_of <= +first.as_of,
  );
  const remains = released.length > 0 && first.value !== 0;
  // The headline's hedge is every report's, or none: one report's "believed" stays in its note.
  const same = rows.filter((r) => r.measure === "still_held" && r.value === first.value);
  const hedge = same.every((r) => r.hedge) ? first.hedge : null;
  const still = remains
    ? `remains of ${figureWords(first)} ${hedge ? `${hedge} still in Gaza` : "yet to be returned"}`
    : stillPhrase(first, remains, true);
  // "freed" is the shorter headline word for "released", before the lead is given up.
  const leads = remains
    ? ["All living Israeli hostages released; ", "All living Israeli hostages freed; "]
    : [""];
  const told = [...newest, ...(remains ? released : [])];
  const oneReport = new Set(told.map((r) => `${r.source}|${r.reported_by}`)).size === 1;
  const who = oneReport ? attribution(names.credit(first), "says", { by: "body" }) : "reports say";
  return firstThatFits([
    ...leads.map((lead) => capitalise(`${lead}${still}, ${who}`)),
    capitalise(
      `${still}, ${newest.length === 1 ? attribution(names.credit(first), "says", { by: "body" }) : "reports say"}`,
    ),
    capitalise(still),
  ]);
}

/** The latest report of hostages still held as a sentence, hedge and all. */
export function stillHeldSentence(rows: readonly Hostage[], names: Names): Told[] {
  const found = latestSentence(
    rows.filter((r) => r.measure === "still_held"),
    names,
    "how many hostages are still held in Gaza",
    (r) => {
      const credits = [names.credit(r)];
      const text =
        `${capitalise(stillPhrase(r, allLivingOut(rows, r.as_of)))}, ${attribution(credits, "according")} ${dateOf(credits) ?? ""}`.trim();
      return { text: `${text}.`, rows: [r] };
    },
  );
  return found ? [{ id: "still-held", ...found }] : [];
}

/** "A ceasefire proposal reported in May 2024 provided for the release of 33 hostages in its first phase, according to …". */
export function firstPhaseSentences(rows: readonly Hostage[], names: Names): Told[] {
  return uniqueIds(
    byDate(rows.filter((x) => x.measure === "first_phase_release")).map((r) => {
      const credits = [names.credit(r)];
      const none = r.value === 0 && r.qualifier === "exact";
      return {
        id: idOf("first-phase-release", r.source),
        // The mediators' proposal, never told as the one Hamas accepted: the report does not say that.
        text: sentence({
          subject: `A mediators' proposal reported in ${formatDate(r.as_of, "month")}`,
          verb: none ? "did not provide" : "provided",
          predicate: `for the release of ${none ? "any hostages" : figureWords(r, HOSTAGE)} in its first phase`,
          credits,
          date: dateOf(credits),
        }),
        rows: [r],
      };
    }),
  );
}

/** "All living Israeli hostages had been released and the remains of 28 hostages had been returned by 6 January 2026, according to a news report." */
export function releaseSentences(rows: readonly Hostage[], names: Names): Told[] {
  return uniqueIds(
    byDate(rows.filter((x) => x.measure === "remains_returned")).map((r) => {
      const released = rows.find((x) => x.measure === "released_living" && x.source === r.source);
      // Under the ceasefire's first phase, Hamas released and returned them: the actor is kept.
      const living = released
        ? `${released.value === null ? "all living Israeli hostages" : figureWords(released, LIVING)}`
        : "";
      const remains =
        r.value === 0 && r.qualifier === "exact"
          ? "no hostages' remains"
          : `the remains of ${figureWords(r, HOSTAGE)}`;
      const credits = [names.credit(r)];
      const sameDay = +r.as_of === +(credits[0]?.source.published ?? 0);
      return {
        id: idOf("ceasefire-releases", r.source),
        text: sentence({
          subject: "Hamas",
          verb: "had",
          predicate: `${living ? `released ${living} and ` : ""}returned ${remains} by ${formatDate(r.as_of)}, under the first phase of the ceasefire`,
          credits,
          date: sameDay ? undefined : dateOf(credits),
        }),
        rows: released ? [released, r] : [r],
      };
    }),
  );
}

/**
 * Without a count of hostages still held, what the rows give of releases: "All living hostages
 * released and remains of 28 returned, a news report says", credited as each claim is.
 */
function releasesHeadline(rows: readonly Hostage[], names: Names): string {
  const released = latest(rows.filter((r) => r.measure === "released_living"));
  const remains = latest(rows.filter((r) => r.measure === "remains_returned"));
  // Shorter, with the attribution kept, says the noun once: "…released and remains of 28 returned"
  // (never "remains of none", so a count of zero keeps its noun).
  const partsWith = (noun: boolean) => [
    ...(released[0]
      ? [
          released[0].value === null
            ? "all living Israeli hostages released"
            : `${figureWords(released[0], LIVING)} released`,
        ]
      : []),
    ...(remains[0]
      ? [`remains of ${figureWords(remains[0], noun || !remains[0].value ? HOSTAGE : undefined)} returned`]
      : []),
  ];
  const parts = partsWith(true);
  const short = partsWith(false);
  const told = [...released.slice(0, 1), ...remains.slice(0, 1)];
  if (!parts.length || !told[0]) return "Hostages after the ceasefire";
  const oneReport = new Set(told.map((r) => `${r.source}|${r.reported_by}`)).size === 1;
  const who = oneReport ? attribution(names.credit(told[0]), "says", { by: "body" }) : "reports say";
  return firstThatFits([
    capitalise(`${andList(parts)}, ${who}`),
    ...(released[0] ? [capitalise(`${andList(short)}, ${who}`)] : []),
    capitalise(andList(parts)),
    "Hostages after the ceasefire",
  ]);
}
