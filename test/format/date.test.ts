import assert from "node:assert/strict";
import { test } from "node:test";
import {
  datePhrase,
  formatDate,
  formatDateRange,
  lastDayOf,
  listDates,
  onDates,
} from "../../src/format/date.ts";
import { andList } from "../../src/text/words.ts";
import { day } from "../story/fixtures.ts";

test("andList(items, conjunction) joins none, one, two and more", () => {
  assert.deepEqual(
    [andList([]), andList(["a"]), andList(["a", "b"]), andList(["a", "b", "c"], "or")],
    ["", "a", "a and b", "a, b or c"],
  );
});

test("formatDateRange(from, to) writes a shared month and year once", () => {
  assert.equal(formatDateRange(day("2024-05-07"), day("2024-05-07")), "7 May 2024");
  assert.equal(formatDateRange(day("2026-01-06"), day("2026-01-25")), "6 to 25 January 2026");
  assert.equal(formatDateRange(day("2024-05-07"), day("2024-06-25")), "7 May to 25 June 2024");
  assert.equal(formatDateRange(day("2024-05-07"), day("2026-01-25")), "7 May 2024 to 25 January 2026");
  assert.equal(formatDateRange(day("2026-01-25"), day("2024-05-07")), "7 May 2024 to 25 January 2026");
  assert.equal(formatDateRange(day("2024-05-07"), day("2026-01-25"), "month"), "May 2024 to January 2026");
  assert.equal(formatDateRange(day("2026-01-06"), day("2026-03-25"), "month"), "January to March 2026");
});

test("listDates(dates) lists up to three days and refuses more", () => {
  assert.equal(listDates([day("2026-01-25"), day("2026-01-06"), day("2026-01-06")]), "6 and 25 January 2026");
  assert.equal(listDates([day("2026-01-06"), day("2026-02-02")]), "6 January and 2 February 2026");
  assert.equal(
    listDates([day("2026-01-06"), day("2026-01-25"), day("2026-02-02")]),
    "6 January, 25 January and 2 February 2026",
  );
  assert.equal(listDates([day("2024-05-07"), day("2026-01-06")]), "7 May 2024 and 6 January 2026");
  assert.equal(listDates([day("2024-05-06"), day("2024-05-07")], "or"), "6 or 7 May 2024");
  assert.equal(listDates([day("2024-05-07"), day("2025-01-06"), day("2026-01-06")]), undefined);
  assert.equal(listDates(["01", "02", "03", "04"].map((d) => day(`2026-01-${d}`))), undefined);
});

test("onDates(dates) says on for a list and between for a range", () => {
  assert.equal(onDates([day("2024-05-07")]), "on 7 May 2024");
  assert.equal(
    onDates(["01", "02", "03", "04"].map((d) => day(`2026-01-${d}`))),
    "between 1 and 4 January 2026",
  );
  assert.throws(() => onDates([]), /no dates/);
});

test("formatDate(week) gives both ends of the week, across a month end too", () => {
  assert.equal(formatDate(new Date("2026-01-25T00:00:00Z"), "week"), "the week of 25–31 January 2026");
  assert.equal(
    formatDate(new Date("2026-01-29T00:00:00Z"), "week"),
    "the week of 29 January to 4 February 2026",
  );
  assert.equal(datePhrase(new Date("2026-01-25T00:00:00Z"), "week"), "in the week of 25–31 January 2026");
});

test("lastDayOf(date, precision) is the last day the date's span can mean", () => {
  const d = new Date(Date.UTC(2026, 0, 25));
  const iso = (p?: Parameters<typeof lastDayOf>[1]) => lastDayOf(d, p).toISOString().slice(0, 10);
  assert.equal(iso(), "2026-01-25");
  assert.equal(iso("by"), "2026-01-25");
  assert.equal(iso("night"), "2026-01-26");
  assert.equal(iso("week"), "2026-01-31");
  assert.equal(iso("month"), "2026-01-31");
  assert.equal(iso("year"), "2026-12-31");
});
