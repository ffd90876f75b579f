import assert from "node:assert/strict";
import { test } from "node:test";
import { figuresAgree, overlap, rangeOf, spanOf, spansAgree, type Reported } from "../../src/story/ranges.ts";

const r = (value: number | null, qualifier: Reported["qualifier"]): Reported => ({ value, qualifier });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test("figuresAgree(rows): a bound and a point inside it agree", () => {
  assert.equal(figuresAgree([r(400, "more than"), r(422, "exact")]), true);
  assert.equal(figuresAgree([r(484, "at least"), r(484, "exact")]), true);
  assert.equal(figuresAgree([r(2000, "up to"), r(1500, "exact")]), true);
  assert.equal(figuresAgree([r(15000, "nearly"), r(14200, "exact")]), true);
  assert.equal(figuresAgree([r(300, "about"), r(320, "exact")]), true);
});

test("figuresAgree(rows): a point outside a bound, and two different points, differ", () => {
  assert.equal(figuresAgree([r(400, "more than"), r(400, "exact")]), false);
  assert.equal(figuresAgree([r(400, "more than"), r(380, "exact")]), false);
  assert.equal(figuresAgree([r(2000, "up to"), r(2001, "exact")]), false);
  assert.equal(figuresAgree([r(15000, "nearly"), r(15000, "exact")]), false);
  // An estimate is a point: "an estimated 128" and "132" cannot both be true.
  assert.equal(figuresAgree([r(128, "estimated"), r(132, "exact")]), false);
  assert.equal(figuresAgree([r(36, "exact"), r(37, "exact")]), false);
});

test("figuresAgree(rows): bounds agree when they overlap, and all rows must share a value", () => {
  assert.equal(figuresAgree([r(400, "more than"), r(484, "at least")]), true);
  assert.equal(figuresAgree([r(100, "up to"), r(100, "at least")]), true);
  assert.equal(figuresAgree([r(100, "up to"), r(100, "more than")]), false);
  // Each pair may overlap while the three together do not.
  assert.equal(figuresAgree([r(100, "up to"), r(50, "at least"), r(120, "about")]), false);
  assert.equal(figuresAgree([r(null, "all"), r(3, "exact")]), true);
  assert.equal(figuresAgree([]), true);
});

test("overlap(a, b) at a shared end counts only when both include it", () => {
  assert.equal(overlap(rangeOf(10, "at least"), rangeOf(10, "up to")), true);
  assert.equal(overlap(rangeOf(10, "more than"), rangeOf(10, "up to")), false);
});

test("spanOf(date, precision): a night runs into the next day, a weekend is two days, a month and a year whole", () => {
  const days = (s: { from: number; to: number }) =>
    [s.from, s.to].map((t) => (Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : String(t)));
  assert.deepEqual(days(spanOf(day("2024-05-06"), "day")), ["2024-05-06", "2024-05-06"]);
  assert.deepEqual(days(spanOf(day("2024-05-06"), "night")), ["2024-05-06", "2024-05-07"]);
  assert.deepEqual(days(spanOf(day("2024-05-04"), "weekend")), ["2024-05-04", "2024-05-05"]);
  assert.deepEqual(days(spanOf(day("2026-01-25"), "week")), ["2026-01-25", "2026-01-31"]);
  assert.deepEqual(days(spanOf(day("2024-02-01"), "month")), ["2024-02-01", "2024-02-29"]);
  assert.deepEqual(days(spanOf(day("2025-01-01"), "year")), ["2025-01-01", "2025-12-31"]);
  assert.deepEqual(days(spanOf(day("2024-05-07"), "unknown")), ["-Infinity", "2024-05-07"]);
});

test("spansAgree(spans): Monday night and Tuesday can be one operation; Monday and Tuesday cannot", () => {
  const monday = day("2024-05-06");
  const tuesday = day("2024-05-07");
  assert.equal(spansAgree([spanOf(monday, "night"), spanOf(tuesday, "day")]), true);
  assert.equal(spansAgree([spanOf(monday, "day"), spanOf(tuesday, "day")]), false);
  assert.equal(spansAgree([spanOf(day("2024-05-04"), "weekend"), spanOf(day("2024-05-05"), "day")]), true);
  assert.equal(spansAgree([spanOf(day("2024-05-01"), "month"), spanOf(tuesday, "night")]), true);
  assert.equal(spansAgree([spanOf(day("2024-04-01"), "month"), spanOf(tuesday, "day")]), false);
  assert.equal(spansAgree([spanOf(tuesday, "unknown"), spanOf(monday, "day")]), true);
  assert.equal(spansAgree([spanOf(monday, "unknown"), spanOf(tuesday, "day")]), false);
});
