import assert from "node:assert/strict";
import { test } from "node:test";
import { countWords, noun, nounFromPlural, numberWords, verb } from "../../src/text/words.ts";

const HOSTAGE = noun("hostage");

test("countWords(n, qualifier, noun) reads 0 as no, 1 as one, 2–9 in words and 10 up as figures", () => {
  assert.equal(countWords(0, "exact", HOSTAGE), "no hostages");
  assert.equal(countWords(1, "exact", HOSTAGE), "one hostage");
  assert.equal(countWords(2, "exact", HOSTAGE), "two hostages");
  assert.equal(countWords(9, "exact", HOSTAGE), "nine hostages");
  assert.equal(countWords(10, "exact", HOSTAGE), "10 hostages");
  assert.equal(countWords(34789, "at least", noun("person", "people")), "at least 34,789 people");
});

test("countWords(n, qualifier) keeps the article's qualifier and agrees the noun with the count", () => {
  assert.equal(countWords(128, "estimated", HOSTAGE), "an estimated 128 hostages");
  assert.equal(countWords(1, "more than", noun("person", "people")), "more than one person");
  assert.equal(countWords(1_400_000, "exact", noun("person", "people"), { compact: true }), "1.4m people");
  assert.equal(countWords(null, "all", noun("living hostage")), "all living hostages");
  assert.equal(countWords(0, "exact"), "none");
  assert.equal(countWords(0, "at least"), "at least zero");
});

test("numberWords(n) spells zero to nine only for whole numbers", () => {
  assert.deepEqual(
    [0, 5, 9, 10, 1321].map((n) => numberWords(n)),
    ["zero", "five", "nine", "10", "1,321"],
  );
  assert.equal(numberWords(2.5), "2.5");
});

test("verb(n, form) agrees with the count", () => {
  assert.deepEqual(
    [verb(1, "is"), verb(0, "is"), verb(2, "was"), verb(1, "has"), verb(3, "says")],
    ["is", "are", "were", "has", "say"],
  );
});

test("nounFromPlural(who) finds the singular of a table's plural", () => {
  assert.deepEqual(nounFromPlural("people"), { one: "person", many: "people" });
  assert.deepEqual(nounFromPlural("Palestinians"), { one: "Palestinian", many: "Palestinians" });
  assert.deepEqual(nounFromPlural("Israeli soldiers"), { one: "Israeli soldier", many: "Israeli soldiers" });
  assert.deepEqual(nounFromPlural("women and girls"), { one: "women and girls", many: "women and girls" });
  assert.deepEqual(nounFromPlural("press"), { one: "press", many: "press" });
});
