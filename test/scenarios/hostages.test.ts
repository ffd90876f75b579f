/** Story moves on the hostage tables: counts reaching zero, new dates, disagreements, deletions. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { article, chartText, drawnText, story } from "./harness.ts";

const still = (value: number | string, as_of: string, reported_by: string, source: string) => ({
  measure: "still_held",
  value,
  qualifier: "exact",
  as_of,
  reported_by,
  source,
});

test("the last hostage's remains returned: the count reaches zero and reads as English", () => {
  const s = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.hostages.add(still(0, "2026-02-02", "Israeli officials", "news-2026-02-02"));
  });
  const c = s.chart("hostages-jan-2026");
  assert.equal(c.headline, "No hostages, living or dead, are still held in Gaza, Israeli officials say");
  assert.equal(
    s.sentence("still-held"),
    "No hostages, living or dead, are still held in Gaza, according to Israeli officials (2 February 2026).",
  );
  assert.ok(
    c.notes?.includes(
      "Reports of hostages still held give none (Israeli officials, 2 February 2026) and one (Hamas and Benjamin Netanyahu, 6 January 2026; Ynet, 25 January 2026). Ynet says the remains are believed to be in Gaza.",
    ),
    c.notes?.join("\n"),
  );
  const text = chartText(c) + s.sentences().join("\n");
  assert.doesNotMatch(text, /\b0 hostage|remains of 0|reports agree|same figure/);
});

test("three hostages still held: plural agreement everywhere", () => {
  const s = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.hostages.add(still(3, "2026-02-02", "Hamas", "news-2026-02-02"));
  });
  assert.equal(
    s.chart("hostages-jan-2026").headline,
    // The release is a news report's claim of 6 January, the count Hamas's: credited to both as "reports say".
    "All living Israeli hostages released; remains of three yet to be returned, reports say",
  );
  assert.match(
    s.sentence("still-held"),
    /^The remains of three hostages are still held in Gaza, according to Hamas \(2 February 2026\)\.$/,
  );
});

test("two reports of one day disagree on hostages still held: both shown, none settled by row order", () => {
  const build = (order: "a" | "b") =>
    story((t) => {
      article(t, "news-2026-02-02", "2026-02-02");
      const rows = [
        still(1, "2026-02-02", "Hamas", "news-2026-02-02"),
        still(0, "2026-02-02", "Israeli officials", "news-2026-02-02"),
      ];
      for (const r of order === "a" ? rows : rows.reverse()) t.hostages.add(r);
    });
  const a = build("a");
  const b = build("b");
  assert.equal(
    a.chart("hostages-jan-2026").headline,
    "Reports of 2 February 2026 differ on how many hostages are still held in Gaza: none or one",
  );
  assert.equal(a.chart("hostages-jan-2026").headline, b.chart("hostages-jan-2026").headline);
  assert.equal(
    a.sentence("still-held"),
    "Reports of 2 February 2026 differ on how many hostages are still held in Gaza: none, according to Israeli officials, or one, according to Hamas.",
  );
  assert.equal(a.sentence("still-held"), b.sentence("still-held"));
});

test("a number for living hostages released removes the note that the reports give none", () => {
  const before = story().chart("hostages-jan-2026");
  assert.ok(
    before.notes?.includes("The reports do not give the number of living Israeli hostages released."),
  );
  const s = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.hostages.add({
      measure: "released_living",
      value: 20,
      qualifier: "exact",
      as_of: "2026-02-02",
      reported_by: "Israeli officials",
      source: "news-2026-02-02",
    });
  });
  assert.ok(!s.chart("hostages-jan-2026").notes?.some((n) => n.includes("do not give the number")));
});

test("a hostage report in February: the subtitle's dates follow the rows", () => {
  const s = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.hostages.add(still(1, "2026-02-02", "Hamas", "news-2026-02-02"));
  });
  assert.match(
    s.chart("hostages-jan-2026").subtitle,
    /as reported on 6 January, 25 January and 2 February 2026$/,
  );
  assert.doesNotMatch(s.chart("hostages-jan-2026").subtitle, /in January 2026/);
});

test("a third report of 7 May 2024: the headline counts three reports, not two", () => {
  const s = story((t) => {
    t.hostages.add({
      measure: "held",
      value: 136,
      qualifier: "exact",
      as_of: "2024-05-07",
      reported_by: "Hamas",
      source: "afp-2024-05-07",
    });
  });
  const c = s.chart("hostages-may-2024");
  // The full form ("Three reports of 7 May 2024 differ …") is over the headline limit: the short form counts no reports.
  assert.equal(
    c.headline,
    "Reports differ on the number of hostages held in Gaza: 132, 136 or an estimated 128",
  );
  assert.doesNotMatch(chartText(c), /\btwo reports\b/i);
  assert.ok(
    c.notes?.some((n) =>
      n.startsWith(
        "On 7 May 2024, reports differ on hostages held in Gaza: an estimated 128 (AFP), 132 (Israeli officials via Financial Times) and 136 (Hamas via AFP).",
      ),
    ),
  );
});

test("a hostage count of 20 May 2024: the headline names its own date, never pooling it under 7 May", () => {
  const s = story((t) => {
    article(t, "news-2024-05-20", "2024-05-20");
    t.hostages.add({
      measure: "held",
      value: 136,
      qualifier: "exact",
      as_of: "2024-05-20",
      reported_by: "Israeli officials",
      source: "news-2024-05-20",
    });
  });
  const headline = s.chart("hostages-may-2024").headline;
  assert.doesNotMatch(headline, /7 May 2024.*136/);
  assert.match(headline, /136/);
  assert.match(s.chart("hostages-may-2024").subtitle, /as reported on 7 and 20 May 2024$/);
});

test("a hostage count dated 15 January 2024 is outside the May chart and is named as not charted", () => {
  const s = story((t) => {
    article(t, "news-2024-01-15", "2024-01-15");
    t.hostages.add({
      measure: "held",
      value: 136,
      qualifier: "exact",
      as_of: "2024-01-15",
      reported_by: "Israeli officials",
      source: "news-2024-01-15",
    });
  });
  assert.doesNotMatch(chartText(s.chart("hostages-may-2024")), /136/);
  // It still has its sentence, so it is not lost.
  // A sentence never opens with a figure: its attribution opens it.
  assert.ok(
    s.sentences().some((x) => x.startsWith("According to Israeli officials, 136 hostages were held in Gaza")),
  );
});

test("every held row deleted: the May chart fails alone, naming the notebook, chart and table", () => {
  const s = story((t) => {
    t.hostages.remove({ measure: "held" });
  });
  assert.deepEqual(s.failures(), [
    "notebooks/hostages.ts: chart hostages-may-2024: no rows in data/hostages.csv with measure held in May 2024",
  ]);
  assert.ok(s.chart("hostages-jan-2026"));
  assert.ok(s.chart("toll-reports"));
});

test("every still-held row deleted: the headline says what the rows give, never stops mid-sentence", () => {
  const s = story((t) => {
    t.hostages.remove({ measure: "still_held" });
  });
  const headline = s.chart("hostages-jan-2026").headline;
  assert.equal(
    headline,
    "All living Israeli hostages released and remains of 28 returned, a news report said",
  );
  assert.throws(() => s.sentence("still-held"), /no sentence still-held/);
});

test("one hostage held with 37 believed dead in the same report: both figures stated apart, never reconciled", () => {
  const s = story((t) => t.hostages.set({ measure: "held", source: "ft-2024-05-07" }, { value: 1 }));
  const text = s.sentences().find((x) => x.startsWith("One hostage was held"));
  assert.equal(
    text,
    "One hostage was held in Gaza, according to Israeli officials (7 May 2024). The same report gives 37 hostages believed dead.",
  );
});

test("a report's held figure deleted: its believed-dead figure keeps a sentence of its own", () => {
  const s = story((t) => t.hostages.remove({ measure: "held", source: "ft-2024-05-07" }));
  assert.ok(
    s
      .sentences()
      .includes(
        "According to Israeli officials, 37 hostages held in Gaza were believed to be dead (7 May 2024).",
      ),
    s.sentences().join("\n"),
  );
});

test("zero in the release figures reads as English", () => {
  const s = story((t) => {
    t.hostages.set({ measure: "remains_returned" }, { value: 0 });
    t.hostages.set({ measure: "first_phase_release" }, { value: 0 });
  });
  const text = s.sentences().join("\n");
  assert.match(
    text,
    /^Hamas had released all living Israeli hostages and returned no hostages' remains by 6 January 2026, under the first phase of the ceasefire/m,
  );
  assert.match(text, /did not provide for the release of any hostages in its first phase/);
  assert.doesNotMatch(text, /remains of no hostages|release of no hostages/);
});

test("the headline names its reporter as running text does: 'the Israeli military says', 'a news report said'", () => {
  const military = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.hostages.add(still(0, "2026-02-02", "Israeli military", "news-2026-02-02"));
  });
  assert.match(
    military.chart("hostages-jan-2026").headline,
    /^No hostages, living or dead, are still held in Gaza, the Israeli military says$/,
  );
  const unnamed = story((t) => {
    article(t, "news-2026-02-02", "2026-02-02");
    t.hostages.add(still(0, "2026-02-02", "unattributed", "news-2026-02-02"));
  });
  assert.match(
    unnamed.chart("hostages-jan-2026").headline,
    /^No hostages, living or dead, are still held in Gaza, a news report said( on 2 February 2026)?$/,
  );
});

test("one person in two reports of one day is one line of the big number's reports, 'in two reports'", () => {
  const s = story();
  const c = s.chart("hostages-jan-2026");
  assert.match(c.alt, /6 January 2026, Benjamin Netanyahu, in two reports, 1;/);
  assert.equal(c.alt.match(/Benjamin Netanyahu/g)?.length, 1, c.alt);
});

test("the still-held block's title follows the rows: remains once every living hostage is reported released, 'living or dead' before", () => {
  const s = story();
  assert.match(drawnText(s, "hostages-jan-2026"), /Remains of hostages\s*not yet\s*returned/);
  const unknown = story((t) => t.hostages.remove({ measure: "released_living" }));
  const text = drawnText(unknown, "hostages-jan-2026");
  assert.match(text, /Still held in\s*Gaza,\s*living\s*or\s*dead/);
  assert.doesNotMatch(text, /Remains of hostages\s*not yet/);
});

test("dead figures of two reports whose held counts differ are parts of different totals, not a disagreement", () => {
  const s = story();
  const c = s.chart("hostages-may-2024");
  assert.ok(
    c.notes?.includes(
      "On 7 May 2024, 36 and 37 (believed) are each out of a different total, so both can be true.",
    ),
    c.notes?.join("\n"),
  );
  assert.doesNotMatch(chartText(c), /differ on those of them dead/);
  const topics = s.notebooks.hostages?.disagreements.map((d) => d.topic) ?? [];
  assert.deepEqual(topics, ["Hostages held in Gaza, as of 7 May 2024"]);
});

test("when the held counts agree, 36 and 37 dead are a disagreement again", () => {
  const s = story((t) =>
    t.hostages.set({ measure: "held", value: "128" }, { value: 132, qualifier: "exact" }),
  );
  const c = s.chart("hostages-may-2024");
  assert.ok(
    c.notes?.some((n) => n.startsWith("On 7 May 2024, reports differ on those of them dead: 36")),
    c.notes?.join("\n"),
  );
  assert.ok(s.notebooks.hostages?.disagreements.some((d) => d.topic.startsWith("Of those, dead")));
});

test("of remains not yet returned, 'believed' is about where they are, never a doubt on the count", () => {
  const c = story().chart("hostages-jan-2026");
  const notes = (c.notes ?? []).join("\n");
  assert.match(notes, /Ynet says the remains are believed to be in Gaza\./);
  assert.doesNotMatch(notes, /hedges it/);
});
