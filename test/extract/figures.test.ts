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
    only("Khan Younis, home to more than 1mn Gazans who fled, was shelled.", "2024-05-07").value,
    "1000000",
  );
  assert.equal(
    only("The UN says 1.3 million people are sheltering in Mawasi.", "2024-05-07").value,
    "1300000",
  );
  assert.equal(only("The UN says 1.9m people remain displaced in Gaza.", "2024-05-07").value, "1900000");
});

test("proposeRows(text) keeps each qualifier as the article words it", () => {
  const q = (text: string) => only(text, "2026-01-06").qualifier;
  assert.equal(q("At least 14 Palestinians were killed in Gaza, the ministry said."), "at least");
  assert.equal(q("More than 350 Palestinians have died since the truce started."), "more than");
  assert.equal(q("Nearly 520 people have died since the truce."), "nearly");
  assert.equal(q("Some 1,650 people have been wounded since the ceasefire."), "about");
  assert.equal(q("Hamas holds an estimated 128 hostages."), "estimated");
  assert.equal(
    q("Bangladesh is prepared to contribute up to 1,200 soldiers to the peacekeeping mission."),
    "up to",
  );
  assert.equal(q("Tank fire killed four people on Thursday."), "exact");
  assert.equal(q("The UN estimates that 1.9 million people remain displaced."), "estimated");
});

test("proposeRows(text) gives measure, scope and place in the tables' vocabularies", () => {
  const row = only(
    "More than 69,000 Palestinians in Gaza have died in the war since October 2023, health authorities say.",
    "2026-01-25",
  );
  assert.deepEqual([row.measure, row.scope, row.place, row.who], ["killed", "war", "Gaza", "Palestinians"]);
  const attack = only("The October 7 attack on Israel left more than 1,150 people dead.", "2024-05-07");
  assert.deepEqual([attack.scope, attack.place], ["october_7_attack", "Israel"]);
  const city = only(
    "On Saturday, one Palestinian was shot dead in Gaza City, hospital sources said.",
    "2026-01-25",
  );
  assert.deepEqual([city.scope, city.place, city.who], ["incident", "Gaza City", "Palestinians"]);
  const held = lines(
    "Army officials say the militants are holding 104 hostages and believe 29 of them are dead.",
    "2024-05-07",
    ["measure", "value", "hedge"],
  );
  assert.deepEqual(held, ["hostages · held · 104 · ", "hostages · held_dead · 29 · believed"]);
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
    "Israel's public broadcaster Kan, citing two security officials, said the militants still had the last Israeli captive, believed to be held in the south of the strip.",
    "2026-01-25",
  );
  assert.deepEqual(
    [row.measure, row.value, row.hedge, row.reported_by],
    ["still_held", "1", "believed", "Kan, citing two security officials"],
  );
  const offer = only("Bangladesh is reportedly ready to contribute up to 1,200 soldiers.", "2026-01-06");
  assert.deepEqual(
    [offer.place, offer.hedge, offer.reported_by],
    ["Bangladesh", "reportedly", "unattributed"],
  );
});

test("every proposal carries its passage locator and a confidence between 0 and 1", () => {
  const rows = propose(
    "Headline here\nFirst sentence. Tank fire killed four people on Thursday.",
    "2026-01-25",
  );
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.passage.locator, "p2.s2");
  assert.equal(rows[0]?.row.passage, "p2.s2");
  const c = rows[0]?.confidence ?? -1;
  assert.ok(c > 0 && c <= 1, String(c));
});

test("proposeRows(text) keeps a hedge that follows the figure's auxiliary verb, with a source named or not", () => {
  const hedge = (text: string) => only(text, "2026-01-27").hedge;
  assert.equal(hedge("Twelve people were reportedly killed in the strike."), "reportedly");
  assert.equal(
    hedge("Twelve people were reportedly killed in the strike, according to medics."),
    "reportedly",
  );
  assert.equal(hedge("Medics said twelve people were reportedly killed in the strike."), "reportedly");
  // Not across another clause: "and believe" is not the figure's hedge.
  assert.equal(hedge("Twelve people were killed and medics believe more are under the rubble."), "");
});
