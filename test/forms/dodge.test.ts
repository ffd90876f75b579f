import assert from "node:assert/strict";
import { test } from "node:test";
import { dodge } from "../../src/forms/dodge.ts";

test("dodge(points, step) stacks points that would overlap up and down at their x, the larger value on top", () => {
  const at = (px: number, py: number, value: number) => ({ px, py, value, series: "killed" });
  const out = dodge([at(200, 100, 1), at(200, 99, 2), at(400, 100, 3)], 12);
  assert.deepEqual(
    out.map((p) => [p.value, p.px, p.py]),
    [
      [1, 200, 99.5 + 6],
      [2, 200, 99.5 - 6],
      [3, 400, 100],
    ],
  );
});

test("dodge(points, step) never moves a point along the time axis", () => {
  const points = [100, 104, 108, 300].map((px, i) => ({ px, py: 50, value: i, series: "killed" }));
  assert.deepEqual(
    dodge(points, 12).map((p) => p.px),
    [100, 104, 108, 300],
  );
  const ys = dodge(points, 12).map((p) => p.py);
  assert.deepEqual(ys.slice(0, 3), [62, 50, 38], "three stacked a step apart around their height");
});

test("dodge(points, step) leaves points a step apart, or at different heights, where they are", () => {
  const points = [
    { px: 100, py: 100, value: 1, series: "killed" },
    { px: 112, py: 100, value: 2, series: "killed" },
    { px: 106, py: 120, value: 3, series: "injured" },
  ];
  assert.deepEqual(dodge(points, 12), points);
});
