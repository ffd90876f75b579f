import assert from "node:assert/strict";
import { test } from "node:test";
import {
  checkPassage,
  suggestPassages,
  type AnchoredRow,
  type PassageVocabulary,
} from "../../src/cite/checkPassage.ts";
import { sentencesOf } from "../../src/text/passages.ts";

// Our own text, in the articles' manner: the project never copies an article's sentences.
const ARTICLE = sentencesOf(
  [
    "Officials in the territory counted the dead again on Monday.",
    "According to the Gaza health ministry, at least 500 people have been killed and 1,400 injured since the truce began.",
    "Officials say the group holds 120 hostages and believe 30 of them are dead. A third country is reportedly ready to send up to 900 soldiers.",
    "The body of the final hostage is still in the territory, the group says.",
  ].join("\n"),
);

const VOCABULARY: PassageVocabulary = {
  qualifiers: [
    { words: "at least", qualifier: "at least" },
    { words: "more than", qualifier: "more than" },
    { words: "up to", qualifier: "up to" },
  ],
  hedges: [
    { words: "believe", hedge: "believed" },
    { words: "believed", hedge: "believed" },
    { words: "reportedly", hedge: "reportedly" },
  ],
  counts: [{ words: "final", value: 1 }],
};

const row = (r: Partial<AnchoredRow>): AnchoredRow => ({
  value: 500,
  qualifier: "at least",
  hedge: null,
  reported_by: "Gaza health ministry",
  passage: "p2.s1",
  ...r,
});
const check = (r: Partial<AnchoredRow>, names = [r.reported_by ?? "Gaza health ministry"]) =>
  checkPassage(row(r), ARTICLE, VOCABULARY, names).map((p) => `${p.column}: ${p.message}`);

test("checkPassage(row) passes a row its passage backs: figure, qualifier, reporter and hedge", () => {
  assert.deepEqual(check({}), []);
  assert.deepEqual(check({ value: 1400, qualifier: "exact" }), []);
  assert.deepEqual(
    check({ value: 30, qualifier: "exact", hedge: "believed", reported_by: "Officials", passage: "p3.s1" }),
    [],
  );
  assert.deepEqual(check({ value: 1, qualifier: "exact", reported_by: "the group", passage: "p4.s1" }), []);
  assert.deepEqual(
    check({
      value: 900,
      qualifier: "up to",
      hedge: "reportedly",
      reported_by: "unattributed",
      passage: "p3.s1-s2",
    }),
    [],
  );
});

test("checkPassage(row) refuses a locator outside the article, and one that is not a locator", () => {
  assert.deepEqual(check({ passage: "p9.s1" }), [
    "passage: passage p9 is past the end of the article (4 paragraphs)",
  ]);
  assert.deepEqual(check({ passage: "p2.s2" }), [
    "passage: passage p2.s2 is past the end of its paragraph (1 sentence)",
  ]);
  assert.match(check({ passage: "2.1" }).join(), /^passage: not a locator "2\.1": write p12\.s1/);
});

test("checkPassage(row) refuses a passage without the figure, naming what it gives", () => {
  assert.deepEqual(check({ value: 484 }), [
    'value: passage p2.s1 does not give the figure 484: it gives "at least 500", "1,400"',
  ]);
  assert.deepEqual(check({ passage: "p1.s1" }), [
    "value: passage p1.s1 does not give the figure 500",
    'reported_by: passage p1.s1 does not name "Gaza health ministry" (nor any of its names in data/reporters.csv)',
  ]);
});

test("checkPassage(row) refuses a qualifier the passage does not give, and a qualifier it drops", () => {
  assert.deepEqual(check({ qualifier: "more than" }), [
    'qualifier: passage p2.s1 does not qualify the figure as "more than": it gives "at least 500"',
  ]);
  assert.deepEqual(check({ qualifier: "exact" }), [
    'qualifier: passage p2.s1 qualifies the figure ("at least 500"); the row says exact',
  ]);
});

test("checkPassage(row) refuses a passage naming another reporter; an alias names the same one", () => {
  assert.deepEqual(check({ reported_by: "Israeli officials" }), [
    'reported_by: passage p2.s1 does not name "Israeli officials" (nor any of its names in data/reporters.csv)',
  ]);
  assert.deepEqual(
    check({ reported_by: "Hamas-run health ministry" }, [
      "Hamas-run health ministry",
      "Gaza health ministry",
    ]),
    [],
  );
});

test("checkPassage(row) refuses a dropped hedge and a hedge the passage does not give", () => {
  assert.deepEqual(check({ value: 30, qualifier: "exact", reported_by: "Officials", passage: "p3.s1" }), [
    'hedge: passage p3.s1 hedges the figure with "believe"; the row\'s hedge is empty',
  ]);
  // The hedge belongs to the other figure's clause: 120 is not hedged.
  assert.deepEqual(check({ value: 120, qualifier: "exact", reported_by: "Officials", passage: "p3.s1" }), []);
  assert.deepEqual(check({ hedge: "reportedly" }), ['hedge: passage p2.s1 does not hedge with "reportedly"']);
});

test("suggestPassages(row) lists the sentences that give the row's figure", () => {
  assert.deepEqual(suggestPassages(row({ passage: null, value: 30 }), ARTICLE, VOCABULARY, []), ["p3.s1"]);
  assert.deepEqual(suggestPassages(row({ passage: null, value: 7 }), ARTICLE, VOCABULARY, []), []);
});
