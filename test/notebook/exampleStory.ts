/**
 * A new story in under 100 lines, as README.md "To add a chart" shows it: two charts and five
 * sentences from the tables as they are, with the recipes and words of src/story/. It lives in
 * test/ so it draws nothing into charts/; a real story is the same file in notebooks/.
 */
import type { Casualty } from "../../src/data/schema.ts";
import { onDates } from "../../src/format/date.ts";
import { chart, defineNotebook } from "../../src/notebook/define.ts";
import type { StoryContext } from "../../src/notebook/types.ts";
import { bigNumbers } from "../../src/story/bigNumbers.ts";
import { changeSentence } from "../../src/story/change.ts";
import { figuresOverTime } from "../../src/story/figuresOverTime.ts";
import { changeHeadline } from "../../src/story/headlines.ts";
import { need } from "../../src/story/need.ts";
import { latest } from "../../src/story/select.ts";
import { reportSentences } from "../../src/story/toll.ts";
import { SERIES } from "../../src/style/index.ts";
import { countWords, noun, nounFromPlural } from "../../src/text/words.ts";

export default defineNotebook({
  id: "injured",
  title: "The injured in Gaza, as reported",
  summary: "People injured in Gaza since October 2023 and since the ceasefire, report by report.",
  tables: ["casualties"],
  charts: [chart("injured-reports", injuredSinceCeasefire), chart("injured-latest", latestInjured)],
  sentences: ({ data, names }) => {
    const war = injured(data.casualties, "war");
    const truce = injured(data.casualties, "since_ceasefire");
    const since = (r: Casualty) =>
      `in Gaza ${r.scope === "war" ? "since October 2023" : "since the ceasefire"}`;
    return [
      ...reportSentences([...latest(war), ...latest(truce)], names, "injured", "pluperfect", since),
      {
        id: "war-change",
        text: changeSentence(war, names, "the number injured since October 2023"),
        rows: war,
      },
      {
        id: "truce-change",
        text: changeSentence(truce, names, "the number injured since the ceasefire"),
        rows: truce,
      },
      {
        id: "reports",
        text: `The reports gave ${countWords(war.length + truce.length, "exact", noun("injured figure"))} ${onDates([...war, ...truce].map((r) => r.as_of))}.`,
        rows: [...war, ...truce],
      },
    ];
  },
  disagreements: () => [],
});

const injured = (rows: readonly Casualty[], scope: Casualty["scope"]) =>
  rows.filter((r) => r.measure === "injured" && r.scope === scope && r.place === "Gaza");

const words = (where: string) => ({
  measure: "injured",
  nouns: "injuries",
  where,
  who: (r: Casualty) => nounFromPlural(r.who),
});

/** Every injured figure in Gaza since the ceasefire, one point per report. */
function injuredSinceCeasefire({ data, names }: StoryContext) {
  const rows = need(
    data,
    "casualties",
    "injured since the ceasefire in Gaza",
    (r) => injured([r], "since_ceasefire").length > 0,
  );
  return figuresOverTime(rows, names, {
    headline: words("in Gaza since the ceasefire"),
    subtitle: "People injured in Gaza since the ceasefire of 10 October 2025",
    about: () => "the number injured",
    series: SERIES,
    lead: () => true,
  });
}

/** The latest injured figure of each scope, as big numbers. */
function latestInjured({ data, names }: StoryContext) {
  const war = need(
    data,
    "casualties",
    "injured since October 2023 in Gaza",
    (r) => injured([r], "war").length > 0,
  );
  const blocks = [
    { title: "Injured since October 2023", rows: war },
    { title: "Injured since the ceasefire", rows: injured(data.casualties, "since_ceasefire") },
  ];
  return bigNumbers(blocks, names, {
    headline: changeHeadline(war, names, words("in Gaza")),
    subtitle: "The latest injured figures, as reported",
  });
}
