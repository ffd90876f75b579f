import assert from "node:assert/strict";
import { test } from "node:test";
import { quantitiesIn, type QualifierWord } from "../../src/text/quantities.ts";

const VOCABULARY: QualifierWord[] = [
  { words: "at least", qualifier: "at least" },
  { words: "more than", qualifier: "more than" },
  { words: "over", qualifier: "more than" },
  { words: "nearly", qualifier: "nearly" },
  { words: "up to", qualifier: "up to" },
  { words: "an estimated", qualifier: "estimated" },
  { words: "estimated", qualifier: "estimated" },
];

const read = (text: string) =>
  quantitiesIn(text, VOCABULARY).map((q) => `${q.value} ${q.qualifier} "${q.text}"`);

test("quantitiesIn(text) reads figures with separators, scale words and newsroom shorthand", () => {
  assert.deepEqual(read("a coastal strip sheltering more than 1mn displaced people"), [
    '1000000 more than "more than 1mn"',
  ]);
  assert.deepEqual(read("where 1.3 million people now shelter"), ['1300000 exact "1.3 million"']);
  assert.deepEqual(read("1.4m people and 2bn dollars"), ['1400000 exact "1.4m"', '2000000000 exact "2bn"']);
  assert.deepEqual(read("has killed at least 41,236 civilians"), ['41236 at least "at least 41,236"']);
});

test("quantitiesIn(text) reads numbers in words, and leaves ordinals out", () => {
  assert.deepEqual(read("shelling killed seven people on Friday"), ['7 exact "seven"']);
  assert.deepEqual(read("twenty-eight hostages, in the first phase"), ['28 exact "twenty-eight"']);
  assert.deepEqual(read("with just “one day of diesel left”"), ['1 exact "one"']);
});

test("quantitiesIn(text) takes the longest qualifier phrase right before a figure, and only there", () => {
  assert.deepEqual(read("the estimated 95 hostages, among them 30 officials say have died"), [
    '95 estimated "estimated 95"',
    '30 exact "30"',
  ]);
  assert.deepEqual(read("an estimated 95"), ['95 estimated "an estimated 95"']);
  assert.deepEqual(read("killing 316 people and wounding more than 1,250."), [
    '316 exact "316"',
    '1250 more than "more than 1,250"',
  ]);
  // "over" inside a word is not a qualifier.
  assert.deepEqual(read("a turnover 300"), ['300 exact "300"']);
  assert.deepEqual(read("at least 290 people have died and 1,045 were hurt"), [
    '290 at least "at least 290"',
    '1045 exact "1,045"',
  ]);
});

test("quantitiesIn(text) gives where each figure is, without the punctuation compromise keeps", () => {
  const text = "wounding more than 1,250.";
  const [q] = quantitiesIn(text, VOCABULARY);
  assert.ok(q);
  assert.equal(text.slice(q.start, q.end), "1,250");
});
