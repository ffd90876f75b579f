/** Story moves on closures and events: the crossing reopens, closes again, reports arrive in 2027, rows go. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { article, chartText, drawnText, story, type Tables } from "./harness.ts";

/** A second report of people sheltering in Rafah on 7 May 2024, by `reported_by`. */
const rafahSheltering = (reported_by: string) => ({
  measure: "sheltering",
  place: "Rafah",
  who: "people",
  value: 1200000,
  unit: "people",
  qualifier: "more than",
  as_of: "2024-05-07",
  reported_by,
  source: "afp-2024-05-07",
});

const reopenRafah = (t: Tables) => {
  article(t, "news-2026-02-02", "2026-02-02");
  t.closures.add({
    crossing: "rafah",
    from: "2024-05-01",
    from_precision: "month",
    to: "2026-02-01",
    as_of: "2026-02-02",
    reported_by: "Egyptian officials",
    source: "news-2026-02-02",
  });
};

test("the Rafah crossing reopens: headline, lane and status sentence say so, and old expectations no longer count", () => {
  const s = story(reopenRafah);
  const c = s.chart("crossings-timeline");
  // The report of an opening in 2025 contests the closure: no length of closure is claimed.
  assert.equal(c.headline, "Rafah crossing reopened on 2 February 2026");
  assert.equal(
    s.sentence("rafah-status"),
    "The Rafah crossing reopened on 2 February 2026, according to Egyptian officials (2 February 2026). It had been closed from the night of 6–7 May 2024, according to the Financial Times (7 May 2024); AFP dates the start to 7 May 2024. But three sources, cited by Reuters, said that in 2025 it was staffed by Palestinian Authority affiliates, with EU monitors, during an earlier ceasefire (25 January 2026).",
  );
  const text = chartText(c);
  assert.doesNotMatch(
    text,
    /still closed as of|has been closed since|no later report|understanding to reopen it was reported/,
  );
  // The lane, contested, still ends where the closure ended: never left to read as still closed.
  const lane = drawnText(s, "crossings-timeline").match(/Rafah: closed[^\n]*/)?.[0] ?? "";
  assert.match(
    lane,
    /^Rafah: closed from the night of 6–7 May 2024, reopened on 2 February 2026;\s*reports\s*differ\s*on\s*its\s*status\s*in\s*2025/,
  );
  assert.match(
    c.alt,
    /Rafah: closed from the night of 6–7 May 2024, reopened on 2 February 2026; reports differ on its status in 2025/,
  );
});

test("the Rafah crossing reopens by an event alone: the open closure ends the day before", () => {
  const s = story((t) => {
    // Uncontested (no report of an opening in 2025): the headline gives the length of closure.
    t.events.remove({ kind: "opening" });
    article(t, "news-2026-02-02", "2026-02-02");
    t.events.add({
      date: "2026-02-02",
      precision: "day",
      crossing: "rafah",
      kind: "reopening",
      label: "Reopens for people in both directions",
      reported_by: "Egyptian officials",
      source: "news-2026-02-02",
    });
  });
  assert.match(
    s.chart("crossings-timeline").headline,
    /^Rafah crossing reopened on 2 February 2026 after more than 20 months of closure/,
  );
  assert.match(
    s.sentence("rafah-status"),
    /^The Rafah crossing reopened on 2 February 2026, according to Egyptian officials \(2 February 2026\)\. /,
  );
});

test("reopened, then closed again: two closures, never merged, and the headline says closed again", () => {
  const s = story((t) => {
    reopenRafah(t);
    article(t, "news-2026-02-21", "2026-02-21");
    t.closures.add({
      crossing: "rafah",
      from: "2026-02-20",
      from_precision: "day",
      to: "",
      as_of: "2026-02-21",
      reported_by: "Egyptian officials",
      source: "news-2026-02-21",
    });
  });
  assert.equal(
    s.chart("crossings-timeline").headline,
    "Rafah crossing closed again since 20 February 2026, after reopening on 2 February 2026",
  );
  assert.match(
    s.sentence("rafah-status"),
    /^The Rafah crossing reopened on 2 February 2026, according to Egyptian officials \(2 February 2026\)\. It was closed again from 20 February 2026 and was still closed on 21 February 2026, according to Egyptian officials\.$/,
  );
  assert.doesNotMatch(chartText(s.chart("crossings-timeline")), /closed from 20 February 2026 since/);
});

test("the whole record's headline states the status, the period's the news: never the same headline; once it reopens, no 'understanding'", () => {
  // Without the report of an opening in 2025 the closure is uncontested ("closed since"); status and
  // news do not fit two lines at 640 px and three at 360 together (issue 20): the timeline states the
  // status, and the news leads the January 2026 chart.
  const base = story((t) => t.events.remove({ kind: "opening" }));
  assert.equal(
    base.chart("crossings-timeline").headline,
    "Rafah crossing closed since the night of 6–7 May 2024",
  );
  // With it, the closure is contested: never "since"; the status at the latest report leads, and the
  // disagreement is the lane's title and a note.
  const s = story();
  assert.equal(s.chart("crossings-timeline").headline, "Rafah crossing closed as of 6 January 2026");
  for (const t of [base, s])
    assert.notEqual(t.chart("crossings-timeline").headline, t.chart("crossings-jan-2026").headline);
  assert.match(s.chart("crossings-jan-2026").headline, /understanding on reopening/);
  const reopened = story(reopenRafah);
  assert.doesNotMatch(reopened.chart("crossings-timeline").headline, /understanding/);
});

test("Kerem Shalom reopens the next day: its lane stops saying a reopening was expected", () => {
  const s = story((t) => {
    article(t, "news-2024-05-08", "2024-05-08");
    t.events.add({
      date: "2024-05-08",
      precision: "day",
      crossing: "kerem_shalom",
      kind: "reopening",
      label: "Reopened",
      reported_by: "Israeli military",
      source: "news-2024-05-08",
    });
  });
  const alt = s.chart("crossings-timeline").alt;
  // The Financial Times dates the start only to the weekend: no length of closure is claimed.
  assert.match(
    alt,
    /Kerem Shalom: reopened on 8 May 2024 after being closed since the weekend of 4–5 May 2024/,
  );
  assert.doesNotMatch(alt, /Kerem Shalom: [^.]*a reopening was expected/);
  assert.match(
    s.sentence("kerem-shalom-status"),
    /^The Kerem Shalom crossing reopened on 8 May 2024, according to the Israeli military \(8 May 2024\)\. It had been closed from the weekend of 4–5 May 2024, according to the Financial Times \(7 May 2024\)\.$/,
  );
});

test("the seizure reports agree on the day: no disagreement is claimed", () => {
  const s = story((t) => t.events.remove({ kind: "seizure", date: "2024-05-06" }));
  assert.equal(
    s.chart("crossings-may-2024").headline,
    "Rafah crossing: seized by Israeli forces on 7 May 2024",
  );
  assert.equal(
    s.sentence("rafah-seized"),
    "Israeli forces seized the Rafah crossing on 7 May 2024, according to AFP.",
  );
  assert.ok(!s.chart("crossings-timeline").notes?.some((n) => n.includes("seized")));
});

test("every closure deleted: the timeline fails alone, naming data/closures.csv", () => {
  const s = story((t) => {
    for (const c of ["rafah", "kerem_shalom"]) t.closures.remove({ crossing: c });
  });
  assert.deepEqual(s.failures(), [
    "notebooks/crossings.ts: chart crossings-timeline: no rows in data/closures.csv with a closure of any crossing",
  ]);
  assert.ok(s.chart("crossings-may-2024"));
  assert.throws(() => s.sentence("rafah-status"));
});

test("every January 2026 event deleted: that chart fails alone, naming data/events.csv", () => {
  const s = story((t) => {
    for (const date of ["2026-01-06", "2026-01-24", "2026-01-25"]) t.events.remove({ date });
  });
  assert.deepEqual(s.failures(), [
    "notebooks/crossings.ts: chart crossings-jan-2026: no rows in data/events.csv with an event at a crossing in January 2026",
  ]);
});

test("the ceasefire rows deleted: the hostage chart that needs its date fails alone and says which rows", () => {
  const s = story((t) => t.events.remove({ kind: "ceasefire" }));
  assert.deepEqual(s.failures(), [
    "notebooks/hostages.ts: chart hostages-jan-2026: no rows in data/events.csv with kind ceasefire and precision day",
  ]);
  assert.match(s.chart("ceasefire-toll").subtitle, /^People killed in Gaza since the ceasefire, as given/);
});

test("an event in 2027: the timeline covers it, and the January 2026 chart keeps its own events", () => {
  const s = story((t) => {
    article(t, "news-2027-03-01", "2026-11-20");
    t.events.add({
      date: "2026-11-01",
      precision: "day",
      crossing: "rafah",
      kind: "talks",
      label: "Talks on the crossing resume",
      reported_by: "Egyptian officials",
      source: "news-2027-03-01",
    });
  });
  const jan = s.chart("crossings-jan-2026");
  // With its day it takes three lines at 640 px; the subtitle gives the day.
  assert.equal(jan.headline, "Rafah crossing: an understanding on reopening, Israel's Army Radio said");
  assert.doesNotMatch(chartText(jan), /November 2026|\.\./);
  assert.match(s.chart("crossings-timeline").subtitle, /May 2024 to November 2026$/);
});

test("a displacement figure of 2,000,000 reads as displaced people, never as people living somewhere", () => {
  const s = story((t) => {
    t.humanitarian.add({
      measure: "displaced",
      place: "Gaza",
      who: "people",
      value: 2000000,
      unit: "people",
      qualifier: "about",
      as_of: "2026-01-25",
      reported_by: "UN",
      source: "witkoff-talks-2026-01-25",
    });
  });
  assert.ok(
    s.sentences().includes("About 2m displaced people were in Gaza, according to the UN (25 January 2026)."),
    s
      .sentences()
      .filter((x) => x.includes("2m"))
      .join("\n"),
  );
  assert.doesNotMatch(s.sentences().join("\n"), /living in/);
});

test("a second sheltering figure for Rafah from another reporter gets its own sentence id; the chart shows both", () => {
  const s = story((t) => {
    t.humanitarian.add({ ...rafahSheltering("UNRWA head Philippe Lazzarini"), qualifier: "nearly" });
  });
  assert.deepEqual(s.failures(), []);
  // "Nearly 1.2m" and "1.4m" cannot both be true.
  assert.equal(
    s.chart("displacement-may-2024").headline,
    // "Reports of 7 May 2024 differ …" runs to 94 characters: the shorter form leaves the day to the subtitle.
    "Reports differ on how many people were sheltering in Rafah: 1.4m or nearly 1.2m",
  );
  assert.equal(s.sentences().filter((x) => x.includes("sheltering in Rafah")).length, 2);
});

test("the same reporter giving two sheltering figures in one article: the sentence ids collide and the error names both rows", () => {
  const s = story((t) => {
    t.humanitarian.add(rafahSheltering("UN"));
  });
  assert.deepEqual(s.failures(), [
    "notebooks/crossings.ts: sentences: two sentences have the id sheltering-rafah-people-2024-05-07-un: from data/humanitarian.csv:2 and from data/humanitarian.csv:10",
  ]);
  assert.ok(s.chart("displacement-may-2024"), "the charts still build");
});

test("a publisher identified later: every source line and sentence follows sources.csv", () => {
  const s = story((t) =>
    t.sources.set({ id: "qatar-talks-2026-01-06" }, { publisher: "Anadolu", publisher_basis: "stated" }),
  );
  assert.equal(
    s.sourceLine("ceasefire-toll"),
    "Sources: Gaza health ministry via news reports (6 and 25 January 2026); Palestinian health officials via Anadolu (6 January 2026)",
  );
  assert.match(s.sentence("rafah-status"), /It was still closed on 6 January 2026, according to Anadolu\. /);
});

test("a reporter missing from reporters.csv, with an Arabic name: it reads as written and its sentence id is not empty", () => {
  const name = "وزارة الصحة في غزة";
  const s = story((t) => {
    t.humanitarian.add({
      measure: "sheltering",
      place: "Khan Younis",
      who: "people",
      value: 500000,
      unit: "people",
      qualifier: "about",
      as_of: "2026-01-25",
      reported_by: name,
      source: "witkoff-talks-2026-01-25",
    });
  });
  assert.ok(
    s
      .sentences()
      .includes(
        `About 500,000 people were sheltering in Khan Younis, according to ${name} (25 January 2026).`,
      ),
  );
  const ids = s.notebooks.crossings?.sentences.map((x) => x.id) ?? [];
  assert.ok(
    ids.some((id) => /^sheltering-khan-younis-people-2026-01-25-x[0-9a-f]{6}$/.test(id)),
    ids.join("\n"),
  );
});

test("a closure whose start no report gives: never drawn or told as a start", () => {
  // Kerem Shalom in May 2024, had the Financial Times not dated its closure to the weekend: the UN
  // gives no start either, and AFP's date of the attack is an event of its own.
  const s = story((t) =>
    t.closures.set(
      { crossing: "kerem_shalom", source: "ft-2024-05-07" },
      { from: "2024-05-07", from_precision: "unknown" },
    ),
  );
  assert.equal(
    s.sentence("kerem-shalom-status"),
    "The Kerem Shalom crossing was still closed on 7 May 2024, according to UN humanitarian office spokesman Jens Laerke and the Financial Times. The reports do not date the start of the closure.",
  );
  const may = s.chart("crossings-may-2024");
  assert.match(
    chartText(may),
    /Kerem Shalom — closed on 7 May 2024, start not dated \(UN humanitarian office via AFP\)/,
  );
  const timeline = chartText(s.chart("crossings-timeline"));
  assert.match(timeline, /Kerem Shalom: closed \(start not dated\), latest report 7 May 2024/);
  assert.doesNotMatch(chartText(may) + timeline, /Kerem Shalom: closed (from|since)|unreported day/);
  assert.match(drawnText(s, "crossings-may-2024"), /Fading: no start given/);
});

test("the start given by one report and the end by others: each part credited to who gives it", () => {
  const s = story((t) =>
    t.closures.add({
      crossing: "kerem_shalom",
      from: "2024-05-05",
      from_precision: "day",
      to: "",
      as_of: "2024-05-07",
      reported_by: "Israeli military",
      source: "afp-2024-05-07",
    }),
  );
  assert.equal(
    s.sentence("kerem-shalom-status"),
    // The start is the articles' own dating: credited to them; the closure, to who reports it.
    "The Kerem Shalom crossing was closed from the weekend of 4–5 May 2024, according to the Financial Times (7 May 2024); AFP dates the start to 5 May 2024. It was still closed on 7 May 2024, according to the Financial Times, the Israeli military and UN humanitarian office spokesman Jens Laerke.",
  );
  assert.match(
    s.sentence("rafah-status"),
    /^The Rafah crossing was closed from the night of 6–7 May 2024, according to the Financial Times \(7 May 2024\); AFP dates the start to 7 May 2024\. It was still closed on 6 January 2026, according to a news report\. But three sources, cited by Reuters, said that in 2025 it was staffed by Palestinian Authority affiliates, with EU monitors, during an earlier ceasefire \(25 January 2026\)\.$/,
  );
  assert.equal(s.chart("crossings-timeline").headline, "Rafah crossing closed as of 6 January 2026");
});

test("chronology entries: one colon at most, credits in lower case inside brackets", () => {
  const s = story();
  const entries = s.sentences().filter((x) => / — /.test(x));
  assert.ok(entries.length > 5, entries.join("\n"));
  assert.ok(
    // Israel's position is reported on 6 January without a day of its own: "By".
    entries.includes(
      "By 6 January 2026, Rafah — Israel would allow the crossing to open only for people leaving Gaza (Israel)",
    ),
    entries.join("\n"),
  );
  assert.ok(entries.includes("10 October 2025 — Ceasefire takes effect (news report)"), entries.join("\n"));
  for (const e of entries) assert.ok((e.match(/:/g) ?? []).length <= 1, e);
  assert.doesNotMatch(s.chart("crossings-timeline").notes?.join("\n") ?? "", /\(News report\)/);
});

test("no fuel left: the sentence says so in words", () => {
  const s = story((t) => t.humanitarian.set({ measure: "fuel" }, { value: 0 }));
  assert.ok(
    s.sentences().some((x) => x.startsWith("No fuel was available inside Gaza, according to")),
    s.sentences().join("\n"),
  );
  assert.doesNotMatch(s.sentences().join("\n"), /\bno days\b|\b0 days?\b/i);
});

test("a closure row given its last day closed: no reopening day is claimed that no row gives", () => {
  const s = story((t) => t.closures.set({ crossing: "rafah", as_of: "2026-01-06" }, { to: "2026-01-06" }));
  assert.equal(
    s.sentence("rafah-status"),
    "The Rafah crossing was closed from the night of 6–7 May 2024, according to the Financial Times (7 May 2024); AFP dates the start to 7 May 2024. It was closed until 6 January 2026, according to a news report (6 January 2026). But three sources, cited by Reuters, said that in 2025 it was staffed by Palestinian Authority affiliates, with EU monitors, during an earlier ceasefire (25 January 2026).",
  );
  const c = s.chart("crossings-timeline");
  // Contested for 2025, the headline claims no unbroken closure; the news of 25 January beside it
  // would run over 90 characters, so it states the status alone (the news leads the period chart).
  assert.equal(c.headline, "Rafah crossing closed in May 2024; reported closed until 6 January 2026");
  assert.doesNotMatch(c.headline, /closed from/);
  assert.doesNotMatch(chartText(c) + s.sentences().join("\n"), /reopened on 7 January/);
});

test("a lane whose latest report is older than the chart says so, never reading as closed today", () => {
  const s = story();
  assert.match(
    chartText(s.chart("crossings-timeline")),
    /Kerem Shalom: closed since the weekend of 4–5 May 2024, latest report 7 May 2024/,
  );
  const drawn = drawnText(s, "crossings-timeline");
  // Too brief for the timeline's scale, Kerem Shalom is told in a note rather than drawn as a dot.
  assert.match(
    drawn,
    /Not drawn at this scale \(two to four days\): Kerem Shalom, closed from the weekend of\s+4–5 May\s2024\s+\(Financial\s+Times\)\./,
  );
  // The UN gives no start: it is credited with the status only.
  assert.match(drawn, /Kerem Shalom still\s+closed\s+on\s+7 May\s2024\s+\(Financial\s+Times\s+and\s+UN/);
  // Rafah's closure is contested for 2025 (a report has it staffed then): its lane says so.
  assert.match(
    drawn,
    /Rafah: closed from the night of 6–7 May 2024;\s*reports\s*differ\s*on\s*its\s*status\s*in\s*2025/,
  );
  assert.doesNotMatch(drawn, /Kerem Shalom: closed since/);
  const reopened = drawnText(story(reopenRafah), "crossings-timeline");
  assert.doesNotMatch(
    reopened,
    /Rafah: reopened[^\n]*latest report/,
    "a reopened lane needs no date of report",
  );
});

test("a reopening reported the day after: the headline gives the day it reopened, with no 'as of' the report", () => {
  const s = story((t) => {
    article(t, "news-2026-02-03", "2026-02-03");
    t.closures.add({
      crossing: "rafah",
      from: "2024-05-07",
      from_precision: "day",
      to: "2026-02-01",
      as_of: "2026-02-03",
      reported_by: "Egyptian officials",
      source: "news-2026-02-03",
    });
  });
  assert.equal(s.chart("crossings-timeline").headline, "Rafah crossing reopened on 2 February 2026");
  assert.match(
    s.sentence("rafah-status"),
    /^The Rafah crossing reopened on 2 February 2026, according to Egyptian officials \(3 February 2026\)\. /,
  );
});

test("a closure dated to the weekend is pale over the weekend, and the subtitle's dates are those drawn", () => {
  const s = story(() => {});
  const may = s.chart("crossings-may-2024");
  assert.match(may.subtitle, /4 to 8 May 2024$/);
  assert.match(
    drawnText(s, "crossings-may-2024"),
    /Kerem Shalom: closed from the weekend of 4–5 May 2024 \(Financial Times\)/,
  );
  assert.match(drawnText(s, "crossings-may-2024"), /Tint: start within a span/);
});

test("subtitles say what the event rows are, true of any of them; none, and the subtitle names only closures", () => {
  const s = story();
  assert.match(
    s.chart("crossings-timeline").subtitle,
    /^Closures of the Rafah crossing, and events, statements and talks about it, /,
  );
  assert.match(
    s.chart("crossings-jan-2026").subtitle,
    /^Events, statements and talks about the Rafah crossing, /,
  );
  const bare = story((t) => t.events.remove({ crossing: "rafah" }).remove({ crossing: "kerem_shalom" }));
  assert.match(bare.chart("crossings-timeline").subtitle, /^Closures of the Rafah crossing, May 2024/);
});

test("an event list is dated by its reports' months, so an item looking ahead ('the week of 25–31 January') stays inside it", () => {
  const s = story();
  const jan = s.chart("crossings-jan-2026");
  assert.match(jan.subtitle, /, as reported in January 2026$/);
  assert.match(jan.alt, /The week of 25–31 January 2026 — Could open later this week \(Walla\)/);
  // Each entry runs on after a dash, never ", Still closed" with a capital after a comma.
  assert.doesNotMatch(jan.alt, /, [A-Z][a-z]+ (closed|open|to|in)\b/);
});

test("reports of one seizure whose days can meet are one entry, each report keeping its own dating", () => {
  const s = story();
  const may = drawnText(s, "crossings-may-2024");
  assert.match(
    may,
    /The night of 6–7 May 2024: Rafah — Israeli ground troops seize the crossing\s*\(Financial\s+Times;\s+AFP\s+dates\s+it\s+to\s+7\s+May\s+2024\)/,
  );
  assert.doesNotMatch(may, /tanks seize/);
  // Days that cannot meet stay two entries: the reports differ.
  const apart = drawnText(
    story((t) =>
      t.events.set({ kind: "seizure", source: "ft-2024-05-07" }, { date: "2024-05-04", precision: "day" }),
    ),
    "crossings-may-2024",
  );
  assert.match(apart, /tanks seize/);
});

test("the January mobile chart keeps both reports' news (Netanyahu's condition) and lists every event that fits", () => {
  const s = story();
  const mobile = drawnText(s, "crossings-jan-2026", "mobile");
  assert.match(mobile, /Israel ties reopening to the return of the last\s*hostage/);
  // It left out 24 January for a cap of ten events, with room to spare.
  assert.match(mobile, /US envoys urge Israel to reopen the crossing/);
  assert.doesNotMatch(mobile, /at this size|chart's description/);
});

test("a contested closure's headline follows the latest report's date, and never repeats the lane's title", () => {
  const s = story((t) => {
    article(t, "news-2026-03-01", "2026-03-01");
    t.closures.add({
      crossing: "rafah",
      from: "2024-05-07",
      from_precision: "day",
      to: "",
      as_of: "2026-03-01",
      reported_by: "Egyptian officials",
      source: "news-2026-03-01",
    });
  });
  const c = s.chart("crossings-timeline");
  assert.match(c.headline, /^Rafah crossing closed as of 1 March 2026/);
  assert.doesNotMatch(c.headline, /since|reports differ/);
  const lane = drawnText(s, "crossings-timeline").match(/Rafah: closed[^\n]*/)?.[0] ?? "";
  assert.match(lane, /reports\s*differ\s*on\s*its\s*status\s*in\s*2025/);
  assert.ok(!lane.includes(c.headline.replace("Rafah crossing ", "")), lane);
});

test("a day's group counts a hedged 'could open' as a reopening forecast, never an expected reopening", () => {
  const text = drawnText(story(), "crossings-timeline");
  assert.match(text, /two\s+reopening\s+forecasts/);
  assert.doesNotMatch(text, /expected\s+reopenings?\b/);
});

test("a period's lanes lead with the headline's crossing: Rafah's seizure heads the May chart, Kerem Shalom follows", () => {
  const text = drawnText(story(), "crossings-may-2024");
  const rafah = text.search(/Rafah: closed from the night/);
  const kerem = text.search(/Kerem Shalom: closed from the weekend/);
  assert.ok(rafah >= 0 && kerem > rafah, `Rafah's lane at ${rafah}, Kerem Shalom's at ${kerem}`);
});

test("the alt text gives each entry one dash: '5 May 2024, Kerem Shalom — …', never two", () => {
  const alt = story().chart("crossings-may-2024").alt;
  assert.match(alt, /5 May 2024, Kerem Shalom — Four Israeli soldiers/);
  assert.doesNotMatch(alt, / — [^.]* — /);
});
