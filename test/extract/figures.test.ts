import assert from "node:assert/strict";
import { test } from "node:test";
import { lines, only, propose } from "./fixtures.ts";

/** The proposals of `text`, as lines of the given columns, are `expected`. */
function expectLines(text: string, published: string, columns: string[], expected: string[]): void {
  assert.deepEqual(lines(text, published, columns), expected, text);
}

const FIGURE = ["measure", "who", "value", "qualifier"];

test("proposeRows(text) reads numbers in words, separators and newsroom shorthand as values", () => {
  expectLines(
    "Nine people were killed in the strike on Monday, the ministry said. Twenty-two others were wounded.",
    "2026-03-03",
    FIGURE,
    ["casualties · killed · people · 9 · exact", "casualties · injured · people · 22 · exact"],
  );
  assert.equal(
    only("Rafah, home to more than 1mn displaced Palestinians, was shelled.", "2024-05-07").value,
    "1000000",
  );
  assert.equal(
    only("The UN says 1.4 million people are sheltering in Rafah.", "2024-05-07").value,
    "1400000",
  );
  assert.equal(only("The UN says 1.9m people remain displaced in Gaza.", "2024-05-07").value, "1900000");
});

test("proposeRows(text) keeps each qualifier as the article words it", () => {
  const q = (text: string) => only(text, "2026-01-06").qualifier;
  assert.equal(q("At least 14 Palestinians were killed in Gaza, the ministry said."), "at least");
  assert.equal(q("More than 400 people have been killed since the ceasefire began."), "more than");
  assert.equal(q("Nearly 600 Palestinians have been killed since the ceasefire."), "nearly");
  assert.equal(q("Some 1,650 people have been wounded since the ceasefire."), "about");
  assert.equal(q("Hamas holds an estimated 128 hostages."), "estimated");
  assert.equal(q("Turkey is willing to send up to 2,000 soldiers to the stabilisation force."), "up to");
  assert.equal(q("Israeli air strikes killed five people on Thursday."), "exact");
  assert.equal(q("The UN estimates that 1.9 million people remain displaced."), "estimated");
});

test("proposeRows(text) gives measure, scope and place in the tables' vocabularies", () => {
  const row = only(
    "The war has killed more than 71,700 Palestinians in Gaza since October 2023, health authorities say.",
    "2026-01-25",
  );
  assert.deepEqual([row.measure, row.scope, row.place, row.who], ["killed", "war", "Gaza", "Palestinians"]);
  const attack = only(
    "The October 7 attack on Israel resulted in the deaths of more than 1,170 people.",
    "2024-05-07",
  );
  assert.deepEqual([attack.scope, attack.place], ["october_7_attack", "Israel"]);
  const city = only(
    "On Sunday, one Palestinian was killed in Gaza City, medical sources said.",
    "2026-01-25",
  );
  assert.deepEqual([city.scope, city.place, city.who], ["incident", "Gaza City", "Palestinians"]);
  const held = lines(
    "Israeli officials say Hamas is holding 132 hostages and believe 37 of them are dead.",
    "2024-05-07",
    ["measure", "value", "hedge"],
  );
  assert.deepEqual(held, ["hostages · held · 132 · ", "hostages · held_dead · 37 · believed"]);
});

test("proposeRows(text) tells a daily count from the cumulative one", () => {
  expectLines(
    "The ministry said 31 people had been killed in the past 24 hours, bringing the number killed since October 2023 to 73,104.",
    "2026-05-20",
    ["scope", "value"],
    ["casualties · incident · 31", "casualties · war · 73104"],
  );
});

test("proposeRows(text) skips ages, years, percentages, money, durations and labels", () => {
  const text = [
    "Donors pledged $2.4bn, about 40% of what is needed for the first three years, the third conference since 2014.",
    "A 12-year-old boy and a man aged 34 were injured, Israel's Channel 12 said, citing Article 6 of the charter.",
    "The six-week pause would last until October 7.",
  ].join("\n");
  assert.deepEqual(
    propose(text, "2026-09-15").map((p) => p.row.value),
    [],
  );
});

test("proposeRows(text) leaves out a figure the text gives for an earlier date, and one a correction withdraws", () => {
  assert.deepEqual(
    propose("In 2014, a 50-day war killed more than 2,200 Palestinians in Gaza.", "2026-09-15"),
    [],
  );
  const corrected = propose(
    "Correction: An earlier version of this article said 45 people were killed.\nThe strike killed 38 people on Tuesday, the ministry said.",
    "2026-07-22",
  );
  assert.deepEqual(
    corrected.map((p) => p.row.value),
    ["38"],
  );
});

test("proposeRows(text) makes a figure in the headline and the body one row, from the body", () => {
  const rows = propose(
    "Strike on Khan Younis kills nine\nNine people were killed in Khan Younis on Monday, the Gaza health ministry said.",
    "2026-03-03",
  );
  assert.deepEqual(
    rows.map((r) => [r.row.value, r.row.reported_by, r.passage.locator]),
    [["9", "Gaza health ministry", "p2.s1"]],
  );
});

test("proposeRows(text) keeps two reporters' different figures as two rows", () => {
  expectLines(
    "At least 14 Palestinians were killed near Rafah on Sunday, according to the Palestinian Red Crescent.\nGaza's civil defence agency said 17 people were killed in the clashes.",
    "2026-04-14",
    ["value", "reported_by"],
    ["casualties · 14 · Palestinian Red Crescent", "casualties · 17 · Gaza's civil defence agency"],
  );
});

test("proposeRows(text) reads implied figures and the hedge the source puts on them", () => {
  const row = only(
    "Ynet, citing an unnamed Israeli official, said Hamas had not returned the remains of the last Israeli hostage believed to be held in Gaza.",
    "2026-01-25",
  );
  assert.deepEqual(
    [row.measure, row.value, row.hedge, row.reported_by],
    ["still_held", "1", "believed", "Ynet, citing an unnamed Israeli official"],
  );
  const offer = only("Turkey is reportedly willing to send up to 2,000 soldiers.", "2026-01-06");
  assert.deepEqual([offer.place, offer.hedge, offer.reported_by], ["Turkey", "reportedly", "unattributed"]);
});

test("every proposal carries its passage locator and a confidence between 0 and 1", () => {
  const rows = propose(
    "Headline here\nFirst sentence. Israeli air strikes killed five people on Thursday.",
    "2026-01-25",
  );
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.passage.locator, "p2.s2");
  assert.equal(rows[0]?.row.passage, "p2.s2");
  const c = rows[0]?.confidence ?? -1;
  assert.ok(c > 0 && c <= 1, String(c));
});
