/** The social card's compact timeline (src/forms/timelineCard.ts): terse key entries, one row of markers. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { markerRow, withoutCredit } from "../../src/forms/timelineCard.ts";

test("withoutCredit(label) drops the credit in brackets at the end, and only there", () => {
  assert.equal(
    withoutCredit("Israeli ground troops seize the crossing (Financial Times; AFP dates it to 7 May 2024)"),
    "Israeli ground troops seize the crossing",
  );
  assert.equal(withoutCredit("Talks (round two) resume (AFP (Cairo))"), "Talks (round two) resume");
  assert.equal(withoutCredit("Talks (round two) resume"), "Talks (round two) resume");
  assert.equal(withoutCredit("Expected to reopen"), "Expected to reopen");
  assert.equal(withoutCredit("(AFP)"), "(AFP)");
});

test("markerRow(xs, step, r, width) keeps markers at their x when they can, else a step apart, inside the width", () => {
  assert.deepEqual(markerRow([10, 50, 90], 15, 7, 200), [10, 50, 90]);
  assert.deepEqual(markerRow([10, 12, 14], 15, 7, 200), [10, 25, 40]);
  // At the right edge the row moves back left, in order.
  assert.deepEqual(markerRow([190, 195, 199], 15, 7, 200), [163, 178, 193]);
  assert.deepEqual(markerRow([0], 15, 7, 200), [7]);
});
