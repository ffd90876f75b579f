import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse } from "../../src/extract/analyse.ts";
import { datesIn } from "../../src/extract/dates.ts";
import { lines, only, propose, vocabulary } from "./fixtures.ts";

/** The date phrases of a one-sentence text as "text → date precision". */
function dates(text: string, published: string, ahead = false): string[] {
  const [a] = analyse(text, vocabulary);
  assert.ok(a);
  return datesIn(a, published, ahead).map(
    (d) => `${d.text} → ${d.date} ${d.precision}${d.since ? " since" : ""}`,
  );
}

test("datesIn(sentence) resolves a weekday against publication, in the past", () => {
  // Published Sunday 25 January 2026: Thursday is the 22nd, not the 29th.
  assert.deepEqual(dates("Shelling killed seven people on Thursday.", "2026-01-25"), [
    "on Thursday → 2026-01-22 day",
  ]);
  // The day of publication itself.
  assert.deepEqual(dates("On Sunday, a fisherman was shot.", "2026-01-25"), ["On Sunday → 2026-01-25 day"]);
  // Looking ahead, for an expected reopening: Thursday after Tuesday 11 March 2025.
  assert.deepEqual(dates("The terminal was due to reopen on Thursday.", "2025-03-11", true), [
    "on Thursday → 2025-03-13 day",
  ]);
});

test("datesIn(sentence) resolves across a month end and a year end", () => {
  // Published Monday 1 June 2026: Friday is 29 May.
  assert.deepEqual(dates("Gunmen opened fire on Friday.", "2026-06-01"), ["on Friday → 2026-05-29 day"]);
  // Published 6 January 2026: "October 10" is the last one, in 2025.
  assert.deepEqual(dates("The ceasefire took effect on October 10.", "2026-01-06"), [
    "October 10 → 2025-10-10 day",
  ]);
  assert.deepEqual(dates("It took effect on October 10 last year.", "2026-11-03"), [
    "October 10 last year → 2025-10-10 day",
  ]);
});

test("datesIn(sentence) gives nights, weekends, weeks, months and years their spans", () => {
  assert.deepEqual(dates("Troops entered Rafah on Monday night.", "2024-05-07"), [
    "on Monday night → 2024-05-06 night",
  ]);
  assert.deepEqual(dates("A strike hit the house overnight.", "2026-11-24"), [
    "overnight → 2026-11-23 night",
  ]);
  // A weekend is dated by its Saturday; a week by its Monday.
  assert.deepEqual(dates("It was closed after an attack at the weekend.", "2024-05-07"), [
    "weekend → 2024-05-04 weekend",
  ]);
  assert.deepEqual(dates("Talks were held last week.", "2026-01-25"), ["last week → 2026-01-12 week"]);
  assert.deepEqual(dates("It has been closed since May 2024.", "2026-01-06"), [
    "May 2024 → 2024-05-01 month since",
  ]);
  assert.deepEqual(dates("It has been shut since mid-July.", "2026-08-20"), [
    "July → 2026-07-01 month since",
  ]);
  assert.deepEqual(dates("In 2014, a war began.", "2026-08-20"), ["2014 → 2014-01-01 year"]);
  assert.deepEqual(dates("During the 2014 war, 2,250 were killed.", "2026-08-20"), [
    "2014 → 2014-01-01 year",
  ]);
});

test("proposeRows(text) dates an incident by its day and a running total by publication", () => {
  assert.deepEqual(
    lines("Medics said tank fire killed four people in Jabalia on Thursday.", "2026-01-25", ["as_of"]),
    ["casualties · 2026-01-22"],
  );
  assert.equal(
    only("More than 350 Palestinians have died since the truce started.", "2026-01-06").as_of,
    "2026-01-06",
  );
  // "three days after": Wednesday 12 March 2025 less three days.
  assert.equal(
    only(
      "Hamas said Wednesday it had fired mortars at an army post near Khan Younis, three days after two soldiers were killed there.",
      "2025-03-12",
    ).as_of,
    "2025-03-09",
  );
  // A date in a relative clause is its noun's, not the figure's.
  assert.equal(
    only(
      "Under the truce that took effect on November 3, the militants handed over the bodies of 17 captives.",
      "2026-01-06",
    ).as_of,
    "2026-01-06",
  );
  // Last week: the Monday of that week, with a doubt.
  const week = only(
    "Israeli strikes killed 12 people in Khan Younis last week, the ministry said.",
    "2026-01-25",
  );
  assert.equal(week.as_of, "2026-01-12");
});

test("proposeRows(text) dates a figure 'overnight' by the night before the statement, not by the statement's day", () => {
  // Published Wednesday 28 January 2026; Monday is the 26th, its night before the 25th.
  const asOf = (text: string) => only(text, "2026-01-28").as_of;
  assert.equal(
    asOf("The health ministry said on Monday that 12 people were killed in Israeli strikes overnight."),
    "2026-01-25",
  );
  assert.equal(
    asOf("Twelve people were killed in strikes overnight, the health ministry said on Monday."),
    "2026-01-25",
  );
  // No day of statement: the night before publication.
  assert.equal(
    asOf("Twelve people were killed in strikes overnight, the health ministry said."),
    "2026-01-27",
  );
  // The day of a statement still dates a figure nothing else dates.
  assert.equal(asOf("The health ministry said on Monday that 12 people had been killed."), "2026-01-26");
});

test("proposeRows(text) does not date a running total in a later statement by the day the sentence opens with", () => {
  // Published Tuesday 27 January 2026: Sunday is the 25th.
  assert.deepEqual(
    lines(
      "On Sunday, a strike killed three people, and the ministry later said 40 had been killed since the truce.",
      "2026-01-27",
      ["value", "as_of"],
    ),
    ["casualties · 3 · 2026-01-25", "casualties · 40 · 2026-01-27"],
  );
  // The opening day still dates the sentence's own incident, in a later statement too.
  assert.deepEqual(
    lines("On Sunday, a strike killed three people, and medics said 10 others were wounded.", "2026-01-27", [
      "value",
      "as_of",
    ]),
    ["casualties · 3 · 2026-01-25", "casualties · 10 · 2026-01-25"],
  );
});

test("datesIn(sentence): a date in a 'since' clause is a start, whatever the clause's verb", () => {
  assert.deepEqual(
    dates(
      "Some 90,000 people have fled since evacuation orders were issued there earlier this month.",
      "2026-07-09",
    ),
    ["this month → 2026-07-01 month since"],
  );
});

test("proposeRows(text): 'X told the state news agency BSS on Monday' dates the statement", () => {
  const rows = propose(
    "Bangladesh is ready to send up to 1,500 soldiers to the force, its army chief told the state news agency BSS on Monday.",
    "2026-11-18",
  );
  assert.deepEqual(
    rows.map((r) => r.row.as_of),
    ["2026-11-16"],
  );
});
