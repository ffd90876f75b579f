import assert from "node:assert/strict";
import { test } from "node:test";
import { typeset } from "../../src/text/typeset.ts";

const NB = "\u00a0";

test("typeset(text) curls apostrophes and quotes", () => {
  assert.equal(typeset("the last hostage's remains"), "the last hostage’s remains");
  assert.equal(typeset("officials' figures"), "officials’ figures");
  assert.equal(typeset(`He said "soon" and 'maybe'`), "He said “soon” and ‘maybe’");
  assert.equal(typeset("Israel's Army Radio"), "Israel’s Army Radio");
});

test("typeset(text) keeps dates, day ranges and figures with units on one line", () => {
  assert.equal(
    typeset("from 7 May 2024 to 10 October 2025"),
    `from 7${NB}May${NB}2024 to 10${NB}October${NB}2025`,
  );
  assert.equal(typeset("seized: 6 or 7 May 2024"), `seized: 6${NB}or${NB}7${NB}May${NB}2024`);
  assert.equal(typeset("5 to 8 May 2024"), `5${NB}to${NB}8${NB}May${NB}2024`);
  assert.equal(typeset("Jul 2024"), `Jul${NB}2024`);
  assert.equal(typeset("1.4 m people and 1.4m"), `1.4${NB}m people and 1.4m`);
  assert.equal(typeset("14 hostages in 2024"), "14 hostages in 2024", "a count is not a date");
});

test("typeset(text) is idempotent", () => {
  const once = typeset(`6 or 7 May 2024: 'quoted' "text" hostage's`);
  assert.equal(typeset(once), once);
});
