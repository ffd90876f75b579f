import assert from "node:assert/strict";
import { test } from "node:test";
import { dodge } from "../../src/forms/dodge.ts";

test("dodge(points, step) spreads points that would overlap symmetrically around where they fall", () => {
  const at = (px: number, value: number) => ({ px, py: 100, value, series: "killed" });
  const out = dodge([at(200, 1), at(201, 2), at(400, 3)], 12);
  assert.deepEqual(
    out.map((p) => [p.value, p.px]),
    [
      [1, 200.5 - 6],
      [2, 200.5 + 6],
      [3, 400],
    ],
  );
});

test("dodge(points, step) leaves points a step apart, or at different heights, where they are", () => {
  const points = [
    { px: 100, py: 100, value: 1, series: "killed" },
    { px: 112, py: 100, value: 2, series: "killed" },
    { px: 106, py: 120, value: 3, series: "injured" },
  ];
  assert.deepEqual(
    dodge(points, 12).map((p) => p.px),
    [100, 106, 112],
  );
});
