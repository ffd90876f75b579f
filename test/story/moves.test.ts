/** Unit tests for the sub-editor's findings on story moves: each failed before its fix. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { guessPlural, names } from "../../src/cite/names.ts";
import { sourceLine } from "../../src/cite/sourceLine.ts";
import { changeOf, changeSentence } from "../../src/story/change.ts";
import { eventPhrase, eventsHeadline } from "../../src/story/events.ts";
import { statusPhrase } from "../../src/story/closureWords.ts";
import { closureIntervals, crossingStatuses } from "../../src/story/intervals.ts";
import { countWords, nounFromPlural } from "../../src/text/words.ts";
import { NAMES, REPORTERS, SOURCES, closure, event, fig, source } from "./fixtures.ts";

test("nounFromPlural(who) knows irregular plurals and -ies", () => {
  assert.equal(countWords(1, "exact", nounFromPlural("children")), "one child");
  assert.equal(countWords(1, "exact", nounFromPlural("pregnant women")), "one pregnant woman");
  assert.equal(countWords(1, "exact", nounFromPlural("displaced families")), "one displaced family");
  assert.equal(countWords(1, "exact", nounFromPlural("UN staff")), "one UN staff member");
  assert.equal(countWords(2, "exact", nounFromPlural("UN staff")), "two UN staff");
  assert.equal(countWords(1, "exact", nounFromPlural("displaced people")), "one displaced person");
});

test("guessPlural(name) reads a lower-case head noun in -s as plural and names as singular", () => {
  assert.deepEqual(
    [
      "Gaza civil defence officials",
      "medical sources, cited by X",
      "Hamas",
      "Reuters",
      "United Nations",
      "Walla",
    ].map(guessPlural),
    [true, true, false, false, false, false],
  );
});

test("names().unlisted() also lists publishers missing from reporters.csv", () => {
  const n = names({ sources: [...SOURCES, source("g-1", "Guardian", "2026-01-06")], reporters: REPORTERS });
  assert.deepEqual(n.unlisted([]), ["Guardian"]);
});

test("changeOf(rows): the same number with different qualifiers agrees; the same figure over time is 'same'", () => {
  assert.equal(
    changeOf([fig(128, "2024-05-07", "A", "wire-1", "estimated"), fig(128, "2024-05-07", "B")]).kind,
    "agree",
  );
  const same = [
    fig(71400, "2026-01-06", "A", "anon-1", "more than"),
    fig(71400, "2026-01-25", "B", "anon-2", "more than"),
  ];
  assert.equal(changeOf(same).kind, "same");
  assert.equal(
    changeSentence(same, NAMES, "the toll"),
    "The toll was more than 71,400 in reports on 6 and 25 January 2026, according to A and B.",
  );
});

test("eventPhrase(expected reopening) separates the expected day from the day it was said", () => {
  const expected = {
    ...event("2024-05-08", "reopening_expected", "kerem_shalom"),
    reported_by: "Israeli officials",
  };
  assert.equal(
    eventPhrase(expected, NAMES),
    "a reopening expected on 8 May 2024, Israeli officials said on 7 May 2024",
  );
  const same = {
    ...event("2024-05-07", "reopening_expected", "kerem_shalom"),
    reported_by: "Israeli officials",
  };
  assert.equal(eventPhrase(same, NAMES), "a reopening expected, Israeli officials said on 7 May 2024");
});

test("eventsHeadline(events) leads with the news, and joins a second day's clause with a semicolon when it fits", () => {
  const headline = eventsHeadline(
    [event("2026-01-06", "reopening_condition"), event("2026-01-25", "reopening_understanding")],
    NAMES,
  );
  // Both clauses run over 90 characters: the news is told alone, with who gave it.
  assert.equal(headline, "Rafah crossing: an understanding on reopening on 25 January 2026, UN said");
  assert.equal(
    eventsHeadline([event("2024-05-05", "attack"), event("2024-05-07", "seizure")], NAMES),
    "Rafah crossing: an attack on 5 May; seized on 7 May 2024",
  );
});

test("statusPhrase(): a start known only to the month gives no duration to the day", () => {
  const rows = [closure("rafah", "2024-05-01", "2024-06-14", "2024-06-15", { from_precision: "month" })];
  const [s] = crossingStatuses(closureIntervals(rows), []);
  assert.ok(s);
  assert.equal(statusPhrase(s), "reopened on 15 June 2024 after being closed since May 2024");
});

test("closureIntervals(): an opening dated to the day, after the last closure report, ends the closure", () => {
  const events = [event("2026-01-20", "opening")];
  const [s] = crossingStatuses(
    closureIntervals([closure("rafah", "2024-05-07", null, "2026-01-06")], events),
    events,
  );
  assert.equal(s?.kind, "reopened");
});

test("sourceLine(): one reporter cited by two outlets is named once", () => {
  const rows = [
    fig(1, "2024-05-07", "Israeli officials", "wire-1"),
    fig(1, "2024-05-07", "Israeli officials", "paper-1"),
  ];
  assert.equal(
    sourceLine(rows, NAMES),
    "Sources: Israeli officials via AFP and Financial Times (7 May 2024)",
  );
});
