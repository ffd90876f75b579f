import assert from "node:assert/strict";
import { test } from "node:test";
import { byDate, earliest, inPeriod, latest, month } from "../../src/story/select.ts";
import { fig } from "./fixtures.ts";

const a = fig(400, "2026-01-06", "Gaza health ministry");
const b = fig(422, "2026-01-06", "Palestinian health officials");
const c = fig(484, "2026-01-25", "Gaza health ministry");

test("latest(rows) picks by date, never by position, and keeps ties", () => {
  assert.deepEqual(latest([c, a, b]), [c]);
  assert.deepEqual(latest([a, c, b]), [c]);
  assert.deepEqual(
    latest([a, b])
      .map((r) => r.value)
      .sort(),
    [400, 422],
  );
  assert.deepEqual(latest([]), []);
});

test("earliest(rows) keeps every row of the first day", () => {
  assert.deepEqual(
    earliest([c, b, a])
      .map((r) => r.value)
      .sort(),
    [400, 422],
  );
});

test("byDate(rows) gives the same order for any order of the table", () => {
  const orders = [
    [a, b, c],
    [c, b, a],
    [b, c, a],
  ];
  const keys = orders.map((o) =>
    byDate(o)
      .map((r) => r.value)
      .join(),
  );
  assert.equal(new Set(keys).size, 1);
  assert.deepEqual(byDate([c, b, a]).at(-1), c);
});

test("inPeriod(rows, month) keeps the rows of that month, both ends included", () => {
  const first = fig(1, "2026-01-01", "x");
  const last = fig(2, "2026-01-31", "x");
  const next = fig(3, "2026-02-01", "x");
  assert.deepEqual(
    inPeriod([next, last, first, c], month(2026, 1)).map((r) => r.value),
    [1, 484, 2],
  );
});
