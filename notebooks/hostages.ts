/**
 * Hostage numbers as each reporter gave them: the counts of May 2024 side by side, the release
 * the mediators' earlier proposal planned, and the state after the ceasefire. Every figure comes from
 * data/hostages.csv; the ceasefire's date from data/events.csv.
 */
import type { Hostage } from "../src/data/schema.ts";
import { UserError } from "../src/errors.ts";
import { formatDate } from "../src/format/date.ts";
import { chart, defineNotebook } from "../src/notebook/define.ts";
import { findDisagreements } from "../src/notebook/disagree.ts";
import { runIfMain } from "../src/notebook/print.ts";
import type { StoryContext } from "../src/notebook/types.ts";
import { attribution } from "../src/story/attribution.ts";
import { bigNumbers } from "../src/story/bigNumbers.ts";
import { ceasefireDay } from "../src/story/ceasefire.ts";
import { figuresSideBySide } from "../src/story/figuresSideBySide.ts";
import { changeHeadline } from "../src/story/headlines.ts";
import {
  afterCeasefireHeadline,
  firstPhaseSentences,
  heldSentences,
  HOSTAGE,
  MEASURES,
  measureTitle,
  measuresPhrase,
  releaseSentences,
  stillHeldSentence,
} from "../src/story/hostages.ts";
import { stillHeldNotes } from "../src/story/stillHeldNotes.ts";
import { wholeOf } from "../src/story/hostageParts.ts";
import { need } from "../src/story/need.ts";
import { inPeriod, month, within } from "../src/story/select.ts";
import { capitalise } from "../src/text/words.ts";

export default defineNotebook({
  id: "hostages",
  title: "Hostages: the May 2024 counts and the state after the ceasefire",
  summary:
    "Hostage numbers as each reporter gave them: the counts of May 2024, the first-phase release " +
    "the mediators' earlier proposal planned, and the state after the ceasefire.",
  tables: ["hostages"],
  charts: [chart("hostages-may-2024", countsOfMay2024), chart("hostages-jan-2026", afterTheCeasefire)],
  sentences: ({ data, names }) => [
    ...heldSentences(data.hostages, names),
    ...firstPhaseSentences(data.hostages, names),
    ...releaseSentences(data.hostages, names),
    ...stillHeldSentence(data.hostages, names),
  ],
  disagreements: ({ data, names }) =>
    findDisagreements(
      data.hostages,
      (r) => r.measure,
      (r) => `${MEASURES[r.measure].title}, as of ${formatDate(r.as_of)}`,
      names,
      wholeOf(data.hostages),
    ),
});

const MAY_2024 = month(2024, 5);
const AFTER: Hostage["measure"][] = ["released_living", "remains_returned", "still_held"];

/** The counts of May 2024, held and dead side by side with the first-phase release of the mediators' proposal. */
function countsOfMay2024({ data, names }: StoryContext) {
  const held = need(
    data,
    "hostages",
    "measure held in May 2024",
    (r) => r.measure === "held" && within(MAY_2024, r.as_of),
  );
  const order: Hostage["measure"][] = ["held", "held_dead", "first_phase_release"];
  const rows = inPeriod(
    data.hostages.filter((r) => order.includes(r.measure)),
    MAY_2024,
  ).sort((a, b) => order.indexOf(a.measure) - order.indexOf(b.measure));
  return figuresSideBySide(rows, names, {
    headline: changeHeadline(held, names, {
      measure: "held",
      nouns: "hostage counts",
      where: "in Gaza",
      who: () => HOSTAGE,
      about: "the number of hostages held",
    }),
    subtitle: capitalise(measuresPhrase(rows)),
    form: "range",
    focus: (r) => r.measure === "held",
    group: (r) => MEASURES[r.measure].title,
    wholeOf: wholeOf(data.hostages),
    about: (r) => MEASURES[r.measure].words,
    notes: rows
      .filter((r) => r.measure === "first_phase_release")
      .map((r) => {
        const who = attribution(names.credit(r), "subject");
        return `The first-phase figure is the mediators' proposal as ${who} described it on ${formatDate(r.as_of)}.`;
      }),
  });
}

/** Releases, returned remains and hostages still held, as reported after the ceasefire. */
function afterTheCeasefire({ data, names }: StoryContext) {
  const ceasefire = ceasefireDay(data);
  if (!ceasefire) throw new UserError("no rows in data/events.csv with kind ceasefire and precision day");
  const rows = need(
    data,
    "hostages",
    `measure ${AFTER.join(", ")} on or after ${formatDate(ceasefire)}`,
    (r) => AFTER.includes(r.measure) && +r.as_of >= +ceasefire,
  );
  const released = rows.filter((r) => r.measure === "released_living");
  return bigNumbers(
    AFTER.map((m) => ({ title: measureTitle(m, rows), rows: rows.filter((r) => r.measure === m) })),
    names,
    {
      headline: afterCeasefireHeadline(rows, names),
      subtitle: `After the ceasefire of ${formatDate(ceasefire)}: ${measuresPhrase(rows)}`,
      notes: [
        ...(released.length && released.every((r) => r.value === null)
          ? ["The reports do not give the number of living Israeli hostages released."]
          : []),
        ...stillHeldNotes(rows, names),
      ],
    },
  );
}

runIfMain(import.meta.url);
