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
  assert.deepEqual(read("home to more than 1mn displaced Palestinians"), [
    '1000000 more than "more than 1mn"',
  ]);
  assert.deepEqual(read("where 1.4 million people are sheltering"), ['1400000 exact "1.4 million"']);
  assert.deepEqual(read("1.4m people and 2bn dollars"), ['1400000 exact "1.4m"', '2000000000 exact "2bn"']);
  assert.deepEqual(read("has killed at least 34,789 people"), ['34789 at least "at least 34,789"']);
});

test("quantitiesIn(text) reads numbers in words, and leaves ordinals out", () => {
  assert.deepEqual(read("air strikes killed five people on Thursday"), ['5 exact "five"']);
  assert.deepEqual(read("twenty-eight hostages, in the first phase"), ['28 exact "twenty-eight"']);
  assert.deepEqual(read("with only “one day of fuel available”"), ['1 exact "one"']);
});

test("quantitiesIn(text) takes the longest qualifier phrase right before a figure, and only there", () => {
  assert.deepEqual(read("the estimated 128 captives, including 36 officials say are dead"), [
    '128 estimated "estimated 128"',
    '36 exact "36"',
  ]);
  assert.deepEqual(read("an estimated 128"), ['128 estimated "an estimated 128"']);
  assert.deepEqual(read("killing 422 Palestinians and injuring more than 1,100."), [
    '422 exact "422"',
    '1100 more than "more than 1,100"',
  ]);
  // "over" inside a word is not a qualifier.
  assert.deepEqual(read("a turnover 300"), ['300 exact "300"']);
  assert.deepEqual(read("at least 484 people have been killed and 1,321 injured"), [
    '484 at least "at least 484"',
    '1321 exact "1,321"',
  ]);
});

test("quantitiesIn(text) gives where each figure is, without the punctuation compromise keeps", () => {
  const text = "injuring more than 1,100.";
  const [q] = quantitiesIn(text, VOCABULARY);
  assert.ok(q);
  assert.equal(text.slice(q.start, q.end), "1,100");
});
