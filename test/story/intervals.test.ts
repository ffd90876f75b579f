import assert from "node:assert/strict";
import { test } from "node:test";
import { closureWords, duration, startPhrase, statusPhrase } from "../../src/story/closureWords.ts";
import { closureIntervals, crossingStatuses } from "../../src/story/intervals.ts";
import { closure, day, event } from "./fixtures.ts";

const seized6 = closure("rafah", "2024-05-06", null, "2024-05-07");
const seized7 = closure("rafah", "2024-05-07", null, "2024-05-07");
const stillClosed = closure("rafah", "2024-05-01", null, "2026-01-06", { from_precision: "month" });

const statusOf = (rows = [seized6, seized7, stillClosed], events: ReturnType<typeof event>[] = []) => {
  const [s] = crossingStatuses(closureIntervals(rows, events), events);
  if (!s) throw new Error("no status");
  return s;
};

test("closureIntervals(rows) merges the reports of one closure and keeps the days they give", () => {
  const intervals = closureIntervals([stillClosed, seized7, seized6]);
  assert.equal(intervals.length, 1);
  assert.equal(startPhrase(intervals[0]!), "6 or 7 May 2024");
  assert.equal(startPhrase(intervals[0]!, "month"), "May 2024");
  assert.equal(intervals[0]!.to, null);
  assert.deepEqual(intervals[0]!.lastReport, day("2026-01-06"));
});

test("crossingStatuses() says closed since the start while the latest report has no end", () => {
  assert.equal(statusPhrase(statusOf()), "closed since 6 or 7 May 2024");
});

test("crossingStatuses() says reopened when the latest report ends the closure", () => {
  const ended = closure("rafah", "2024-05-01", "2026-02-01", "2026-02-02", { from_precision: "month" });
  const s = statusOf([seized6, seized7, stillClosed, ended]);
  assert.equal(s.kind, "reopened");
  assert.equal(statusPhrase(s), "reopened on 2 February 2026 after more than 20 months of closure");
});

test("crossingStatuses() says reopened from a reopening event later than the last closure report", () => {
  const s = statusOf(undefined, [event("2026-02-02", "reopening")]);
  assert.equal(s.kind, "reopened");
  assert.match(statusPhrase(s), /^reopened on 2 February 2026/);
});

test("crossingStatuses() keeps a closure that reopened and closed again as two intervals", () => {
  const ended = closure("rafah", "2024-05-06", "2026-02-01", "2026-02-02");
  const again = closure("rafah", "2026-02-20", null, "2026-02-21");
  const intervals = closureIntervals([again, seized6, ended]);
  assert.equal(intervals.length, 2);
  const s = statusOf([again, seized6, ended]);
  assert.equal(s.kind, "closed again");
  assert.equal(statusPhrase(s), "closed again since 20 February 2026, after reopening on 2 February 2026");
});

test("crossingStatuses() counts expectations only when they are later than the last status report", () => {
  const before = event("2026-01-06", "reopening_condition");
  const after = event("2026-01-25", "reopening_understanding");
  assert.deepEqual(statusOf(undefined, [before, after]).pending, [after]);
  const reopened = event("2026-02-02", "reopening");
  assert.deepEqual(statusOf(undefined, [before, after, reopened]).pending, []);
});

test("duration(from, until) reads days below two months and whole months above", () => {
  assert.equal(duration(day("2024-05-07"), day("2024-05-08")), "one day");
  assert.equal(duration(day("2024-05-07"), day("2024-06-02")), "26 days");
  assert.equal(duration(day("2024-05-06"), day("2026-02-02")), "more than 20 months");
  assert.equal(duration(day("2024-05-06"), day("2026-01-06")), "20 months");
});

test("closureWords: a report of the closure's first day does not say it was still closed that day", () => {
  assert.equal(closureWords(seized7), "closed from 7 May 2024");
  assert.equal(closureWords(seized6), "closed from 6 May 2024, still closed on 7 May 2024");
});
