import assert from "node:assert/strict";
import { test } from "node:test";
import { prioritise } from "../../src/forms/prioritise.ts";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const point = (date: Date, value: number, series: string, label: string) => ({ date, value, series, label });

test("prioritise(points) takes the latest and first of each series, then both sides of a day that differs", () => {
  const points = [
    point(day(2024, 5, 7), 1, "killed", "a"),
    point(day(2025, 1, 1), 2, "killed", "b"),
    point(day(2025, 6, 1), 3, "killed", "c"),
    point(day(2025, 6, 1), 4, "killed", "d"),
    point(day(2026, 1, 6), 5, "killed", "e"),
    point(day(2026, 1, 6), 9, "injured", "f"),
  ];
  assert.deepEqual(
    prioritise(points).map((p) => p.label),
    ["f", "e", "a", "d", "c", "b"],
  );
});
