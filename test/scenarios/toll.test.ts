/** Story moves on data/casualties.csv: tomorrow's toll, same-day reports, one report, deletions, corrections. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { sentenceChanges } from "../../src/pipeline/report.ts";
import { article, chartText, drawnText, story } from "./harness.ts";

const toll = (
  value: number,
  as_of: string,
  reported_by: string,
  source: string,
  extra: Record<string, string> = {},
) => ({
  measure: "killed",
  who: "people",
  scope: "since_ceasefire",
  place: "Gaza",
  value,
  qualifier: "at least",
  as_of,
  reported_by,
  source,
  ...extra,
});

test("tomorrow's toll since the ceasefire: headline, latest and change sentences follow the new report", () => {
  const s = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.casualties.add(toll(512, "2026-02-02", "Gaza health ministry", "news-2026-02-02"));
  });
  assert.equal(
    s.chart("ceasefire-toll").headline,
    "At least 512 people killed in Gaza since the ceasefire, the Gaza health ministry says",
  );
  assert.equal(
    s.sentence("ceasefire-latest"),
    "At least 512 people have been killed in Gaza since the ceasefire took effect, according to the Gaza health ministry (2 February 2026).",
  );
  // "More than 400" and "422" of 6 January can both be true: the lead figure is credited to its own,
  // the other figure to its reporters, never offered as an alternative.
  assert.equal(
    s.sentence("ceasefire-change"),
    "The number killed in Gaza since the ceasefire rose from more than 400 on 6 January 2026 to at least 512 on 2 February 2026, according to the Gaza health ministry. Palestinian health officials put the figure at 422 in a report of 6 January 2026.",
  );
  assert.match(s.chart("ceasefire-toll").subtitle, /as given in each report, 6 January to 2 February 2026$/);
});

test("a toll row inserted above older rows changes nothing a reader sees", () => {
  const base = story();
  const moved = story((t) => {
    t.casualties.reverse();
    t.hostages.reverse();
    t.events.reverse();
    t.closures.reverse();
    t.humanitarian.reverse();
  });
  for (const id of [
    "toll-reports",
    "ceasefire-toll",
    "hostages-may-2024",
    "hostages-jan-2026",
    "crossings-timeline",
    "crossings-may-2024",
    "crossings-jan-2026",
    "displacement-may-2024",
  ]) {
    assert.equal(chartText(moved.chart(id)), chartText(base.chart(id)), id);
    assert.equal(moved.sourceLine(id), base.sourceLine(id), id);
  }
  assert.deepEqual([...moved.sentences()].sort(), [...base.sentences()].sort());
});

test("two reports of the latest day that cannot both be true: both shown, each credited, none picked", () => {
  const s = story((t) => {
    t.casualties.add(
      toll(480, "2026-01-25", "Gaza civil defence officials", "witkoff-talks-2026-01-25", {
        qualifier: "exact",
      }),
    );
  });
  // "At least 484" and "480" cannot both be true. The full form runs over 90 characters.
  assert.equal(
    s.chart("ceasefire-toll").headline,
    "Reports differ on the number killed in Gaza since the ceasefire: 480 or at least 484",
  );
  assert.equal(
    s.sentence("ceasefire-latest"),
    "Reports of 25 January 2026 differ on the number killed in Gaza since the ceasefire took effect: 480, according to Gaza civil defence officials, or at least 484, according to the Gaza health ministry.",
  );
  assert.ok(
    s
      .chart("ceasefire-toll")
      .notes?.includes(
        "On 25 January 2026, reports differ on the number killed: 480 (Gaza civil defence officials) and at least 484 (Gaza health ministry). Each is shown as reported.",
      ),
  );
});

test("two reports of the latest day that can both be true: told as agreeing, never as a disagreement", () => {
  const s = story((t) => {
    t.casualties.add(
      toll(490, "2026-01-25", "Gaza civil defence officials", "witkoff-talks-2026-01-25", {
        qualifier: "exact",
      }),
    );
  });
  const c = s.chart("ceasefire-toll");
  assert.equal(c.headline, "At least 484 people killed in Gaza since the ceasefire, reports say");
  assert.equal(
    s.sentence("ceasefire-latest"),
    "At least 484 people have been killed and 1,321 injured in Gaza since the ceasefire took effect, according to the Gaza health ministry (25 January 2026). Gaza civil defence officials give 490, which agrees with it.",
  );
  assert.ok(
    c.notes?.includes(
      "On 25 January 2026, reports give at least 484 (Gaza health ministry) and 490 (Gaza civil defence officials) for the number killed; both can be true.",
    ),
    c.notes?.join("\n"),
  );
  assert.doesNotMatch([c.headline, ...(c.notes ?? []), ...s.sentences()].join("\n"), /differ/);
});

test("only one report of the war toll left: no 'from X to X', and the only report is said to be so", () => {
  const s = story((t) => {
    t.casualties.remove({ scope: "war", as_of: "2026-01-06" });
    t.casualties.remove({ scope: "war", as_of: "2026-01-25" });
  });
  const headline = s.chart("toll-reports").headline;
  // A name the body lists as an alias is named as the body, in charts and in sentences.
  assert.equal(headline, "At least 34,789 people killed in Gaza, the Gaza health ministry says");
  assert.equal(
    s.sentence("toll-change"),
    "The reported death toll in Gaza since October 2023 was at least 34,789 on 7 May 2024, according to the Hamas-run Gaza health ministry.",
  );
  assert.match(s.chart("toll-reports").subtitle, /as given in each report, on 7 May 2024$/);
  assert.doesNotMatch(chartText(s.chart("toll-reports")), /from at least 34,789 .* to at least 34,789/);
});

test("a single report since the ceasefire reads as one report", () => {
  const s = story((t) => {
    t.casualties.remove({ scope: "since_ceasefire", as_of: "2026-01-06" });
  });
  assert.equal(
    s.sentence("ceasefire-change"),
    "The number killed in Gaza since the ceasefire was at least 484 on 25 January 2026, according to the Gaza health ministry.",
  );
});

test("a toll attributed to a plural reporter agrees: say, not says", () => {
  const s = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.casualties.add(toll(512, "2026-02-02", "Gaza civil defence officials", "news-2026-02-02"));
  });
  assert.equal(
    s.chart("ceasefire-toll").headline,
    "At least 512 people killed in Gaza since the ceasefire, Gaza civil defence officials say",
  );
});

test("an unattributed toll is credited to its publication, or to a news report; never to 'unattributed'", () => {
  const s = story((t) => {
    article(t, "ft-2026-02-02", "2026-02-02", "Financial Times");
    t.casualties.add(toll(512, "2026-02-02", "unattributed", "ft-2026-02-02"));
  });
  assert.equal(
    s.chart("ceasefire-toll").headline,
    "At least 512 people killed in Gaza since the ceasefire, the Financial Times reported",
  );
  assert.match(s.sentence("ceasefire-latest"), /according to the Financial Times \(2 February 2026\)\.$/);
  assert.doesNotMatch(s.sentences().join("\n") + chartText(s.chart("ceasefire-toll")), /unattributed/);
});

test("a 120-character attribution never makes a headline over 90 characters", () => {
  const long =
    "a spokesperson for a coalition of several humanitarian organisations working in the south of the Gaza Strip, via radio";
  const s = story(
    (t) => {
      article(t, "news-2026-02-02", "2026-02-02");
      t.casualties.add(toll(512, "2026-02-02", long, "news-2026-02-02"));
    },
    {
      style: {
        allow: /ceasefire-(change|latest): sentence of \d+ words/,
        why: "a 20-word attribution makes any sentence for copy long; npm run check suggests a reporters.csv row to give it a short display name",
      },
    },
  );
  const headline = s.chart("ceasefire-toll").headline;
  assert.ok(headline.length <= 90, headline);
  assert.equal(headline, "At least 512 people killed in Gaza since the ceasefire, as of 2 February 2026");
  assert.match(s.sentence("ceasefire-latest"), new RegExp(`according to ${long}`));
});

test("a toll of one person since the ceasefire: singular noun and verb", () => {
  const s = story((t) => {
    t.casualties.remove({ scope: "since_ceasefire" });
    t.casualties.add(
      toll(1, "2026-01-25", "Gaza health ministry", "witkoff-talks-2026-01-25", { qualifier: "exact" }),
    );
  });
  assert.equal(
    s.chart("ceasefire-toll").headline,
    "One person killed in Gaza since the ceasefire, the Gaza health ministry says",
  );
  assert.equal(
    s.sentence("ceasefire-latest"),
    "One person has been killed in Gaza since the ceasefire took effect, according to the Gaza health ministry (25 January 2026).",
  );
});

test("every row since the ceasefire deleted: that chart fails alone; the war toll still builds", () => {
  const s = story((t) => t.casualties.remove({ scope: "since_ceasefire" }));
  assert.deepEqual(s.failures(), [
    "notebooks/gaza-toll.ts: chart ceasefire-toll: no rows in data/casualties.csv with scope since_ceasefire and place Gaza",
  ]);
  assert.ok(s.chart("toll-reports"));
  assert.throws(() => s.sentence("ceasefire-latest"));
  assert.ok(s.sentence("toll-latest"));
});

test("a war toll in a new year: the headline gives the newest figure, credited, and the subtitle's dates follow the rows", () => {
  const s = story((t) => {
    article(t, "news-2026-03-01", "2026-03-01");
    t.casualties.add(
      toll(72000, "2026-03-01", "Gaza health ministry", "news-2026-03-01", {
        scope: "war",
        qualifier: "more than",
      }),
    );
  });
  const c = s.chart("toll-reports");
  assert.equal(c.headline, "More than 72,000 people killed in Gaza, the Gaza health ministry says");
  assert.match(c.subtitle, /7 May 2024 to 1 March 2026$/);
});

test("an archive toll older than every report appears in the chart, which starts from it", () => {
  const s = story((t) => {
    article(t, "news-2023-12-01", "2023-12-01");
    t.casualties.add(
      toll(15000, "2023-12-01", "Gaza health ministry", "news-2023-12-01", {
        scope: "war",
        qualifier: "more than",
      }),
    );
  });
  const c = s.chart("toll-reports");
  // The rise, in either form, is over the headline limit; the latest report leads instead.
  assert.equal(c.headline, "More than 71,700 Palestinians killed in Gaza, the Gaza health ministry says");
  assert.match(c.subtitle, /1 December 2023 to 25 January 2026$/);
  assert.deepEqual(s.notebooks["gaza-toll"]?.uncharted, []);
});

test("a correction to a figure is listed old → new under the same sentence id", () => {
  const before = story();
  const after = story((t) => t.casualties.set({ scope: "since_ceasefire", value: "484" }, { value: 490 }));
  const old = new Map(
    Object.values(before.notebooks).map((nb) => [
      nb.id,
      { notebook: nb.id, sentences: nb.sentences.map((s) => ({ id: s.id, text: s.text, rows: [] })) },
    ]),
  );
  const lines = sentenceChanges(old, Object.values(after.notebooks));
  assert.ok(
    lines.includes(
      "  gaza-toll/ceasefire-latest: At least 484 people have been killed and 1,321 injured in Gaza since the ceasefire took effect, according to the Gaza health ministry (25 January 2026).\n    → At least 490 people have been killed and 1,321 injured in Gaza since the ceasefire took effect, according to the Gaza health ministry (25 January 2026).",
    ),
    lines.join("\n"),
  );
  assert.ok(!lines.some((l) => l.includes("(new)") || l.includes("(removed)")), lines.join("\n"));
});

test("an incident with one person killed and none injured reads as English", () => {
  const s = story((t) => {
    t.casualties.set({ scope: "incident", place: "Gaza City", measure: "injured" }, { value: 0 });
  });
  assert.ok(
    s
      .sentences()
      .includes(
        "One Palestinian was killed and no Palestinians injured in Gaza City on 25 January 2026, according to medical sources, cited by Anadolu (25 January 2026).",
      ) || s.sentences().some((x) => /^One Palestinian was killed and none injured in Gaza City/.test(x)),
    s
      .sentences()
      .filter((x) => x.includes("Gaza City"))
      .join("\n"),
  );
});

test("a Gaza City toll since the ceasefire is its own sentence, never the Gaza-wide toll", () => {
  const s = story((t) => {
    article(t, "gc-2026-01-26", "2026-01-26");
    t.casualties.add(
      toll(150, "2026-01-26", "Gaza City municipality", "gc-2026-01-26", {
        qualifier: "more than",
        place: "Gaza City",
      }),
    );
  });
  assert.equal(
    s.chart("ceasefire-toll").headline,
    "At least 484 people killed in Gaza since the ceasefire, the Gaza health ministry says",
  );
  assert.match(
    s.sentence("ceasefire-change"),
    /to at least 484 on 25 January 2026, according to the Gaza health ministry\./,
  );
  assert.ok(
    s
      .sentences()
      .includes(
        "More than 150 people had been killed in Gaza City since the ceasefire took effect, according to Gaza City municipality (26 January 2026).",
      ),
    s.sentences().join("\n"),
  );
});

test("an injured figure reported after the latest death toll gets its own sentence", () => {
  const s = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.casualties.add(
      toll(172000, "2026-02-02", "Gaza health authorities", "news-2026-02-02", {
        measure: "injured",
        scope: "war",
        who: "Palestinians",
        qualifier: "more than",
      }),
    );
  });
  assert.equal(
    s.sentence("toll-latest-injured"),
    "More than 172,000 Palestinians have been injured in Gaza since October 2023, according to Gaza health authorities (2 February 2026).",
  );
  // The report's own sentence would repeat it but for its tense: copy gets it once.
  assert.ok(
    !s
      .sentences()
      .some((x) =>
        x.startsWith("More than 172,000 Palestinians had been injured in Gaza since October 2023"),
      ),
  );
});

test("nobody killed in an incident reads 'No one was killed', or 'No Palestinians were killed'", () => {
  const s = story((t) => {
    t.casualties.set({ scope: "incident", place: "Gaza City", measure: "killed" }, { value: 0 });
    t.casualties.set({ scope: "incident", place: "Gaza", measure: "killed" }, { value: 0 });
  });
  const text = s.sentences().join("\n");
  assert.match(
    text,
    /^No one was killed in Israeli air strikes in Gaza on 22 January 2026, according to Gaza health officials \(reported 25 January 2026\)\.$/m,
  );
  assert.match(
    text,
    /^No Palestinians were killed and four injured in Gaza City on 25 January 2026, according to medical sources, cited by Anadolu\.$/m,
  );
});

test("two reports of the ceasefire's day: subtitles give both days", () => {
  const s = story((t) => {
    t.events.add({
      date: "2025-10-11",
      precision: "day",
      crossing: "none",
      kind: "ceasefire",
      label: "Ceasefire takes effect",
      reported_by: "Israeli military",
      source: "witkoff-talks-2026-01-25",
    });
  });
  assert.match(s.chart("ceasefire-toll").subtitle, /since the ceasefire of 10 or 11 October 2025,/);
});

test("a same-day report of '484' beside the ministry's 'at least 484': both can be true, never 'differ' nor 'the same figure', and the injured kept", () => {
  const s = story((t) =>
    t.casualties.add({
      measure: "killed",
      who: "Palestinians",
      scope: "since_ceasefire",
      place: "Gaza",
      value: 484,
      qualifier: "exact",
      as_of: "2026-01-25",
      reported_by: "Palestinian health officials",
      source: "witkoff-talks-2026-01-25",
    }),
  );
  assert.equal(
    s.sentence("ceasefire-latest"),
    "At least 484 people have been killed and 1,321 injured in Gaza since the ceasefire took effect, according to the Gaza health ministry (25 January 2026). Palestinian health officials give 484, which agrees with it.",
  );
  assert.doesNotMatch(s.sentences().join("\n"), /same figure|differ/);
});

test("one person killed beside 1,321 injured: each clause has a verb of its own number", () => {
  const s = story((t) =>
    t.casualties.set({ measure: "killed", as_of: "2026-01-25", scope: "since_ceasefire" }, { value: 1 }),
  );
  assert.match(
    s.sentence("ceasefire-latest"),
    /^At least one person has been killed and 1,321 have been injured in Gaza since the ceasefire took effect/,
  );
});

test("a chart of one measure has no one-entry legend: its subtitle names what the dots are", () => {
  const s = story();
  for (const id of ["toll-reports", "ceasefire-toll"]) {
    const c = s.chart(id);
    assert.deepEqual(c.legend ?? [], [], id);
    assert.match(c.subtitle, /^People killed in Gaza/, id);
    assert.doesNotMatch(drawnText(s, id), /^Killed$/m, id);
  }
});
