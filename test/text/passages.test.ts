import assert from "node:assert/strict";
import { test } from "node:test";
import {
  formatLocator,
  parseLocator,
  passageAt,
  passageText,
  sentencesOf,
  type Locator,
} from "../../src/text/passages.ts";

const ARTICLE = [
  " date 2026-01-06 A caption.",
  "",
  "A U.S. delegation met on Saturday. The talks were positive.",
  "   ",
  "The ministry said at least 290 people had died. Officials say 36 are dead.",
].join("\r\n");

test("sentencesOf(article) numbers non-blank lines as paragraphs and their sentences from 1", () => {
  const s = sentencesOf(ARTICLE);
  assert.deepEqual(
    s.map((x) => `p${x.paragraph}.s${x.sentence} ${x.text}`),
    [
      "p1.s1 date 2026-01-06 A caption.",
      "p2.s1 A U.S. delegation met on Saturday.",
      "p2.s2 The talks were positive.",
      "p3.s1 The ministry said at least 290 people had died.",
      "p3.s2 Officials say 36 are dead.",
    ],
  );
});

test("parseLocator(text) reads a sentence, a run in a paragraph and a run across paragraphs", () => {
  for (const text of ["p3.s1", "p2.s1-s2", "p2.s2-p3.s1"]) {
    const loc = parseLocator(text);
    assert.ok(!("error" in loc), text);
    assert.equal(formatLocator(loc), text);
  }
  assert.deepEqual(parseLocator(" p12.s3 "), {
    from: { paragraph: 12, sentence: 3 },
    to: { paragraph: 12, sentence: 3 },
  });
});

test("parseLocator(text) refuses what is not a locator, saying the form it wants", () => {
  for (const text of [
    "",
    "12.1",
    "p0.s1",
    "p1.s0",
    "p1",
    "s1",
    "p1.s1-",
    "p1.s1-p2",
    "p1.s1-s2-s3",
    "P1.S1",
  ]) {
    const loc = parseLocator(text);
    assert.ok("error" in loc, text);
    assert.match(loc.error, /^not a locator .*: write p12\.s1, p12\.s1-s2 or p12\.s1-p13\.s2$/);
  }
  const backwards = parseLocator("p3.s2-s1");
  assert.ok("error" in backwards);
  assert.equal(backwards.error, "passage ends before it starts: p3.s2-s1");
});

test("passageAt(sentences, locator) gives the sentences, or says which end is outside the article", () => {
  const s = sentencesOf(ARTICLE);
  const at = (text: string) => passageAt(s, parseLocator(text) as Locator);
  const run = at("p2.s2-p3.s1");
  assert.ok(Array.isArray(run));
  assert.equal(passageText(run), "The talks were positive. The ministry said at least 290 people had died.");
  assert.deepEqual(at("p4.s1"), { error: "p4 is past the end of the article (3 paragraphs)" });
  assert.deepEqual(at("p1.s2"), { error: "p1.s2 is past the end of its paragraph (1 sentence)" });
  assert.deepEqual(at("p3.s1-p9.s1"), { error: "p9 is past the end of the article (3 paragraphs)" });
});
