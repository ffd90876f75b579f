import assert from "node:assert/strict";
import { test } from "node:test";
import { dodge } from "../../src/forms/dodge.ts";

test("dodge(points, step) stacks points of one figure that would cover each other up and down at their x", () => {
  const at = (px: number, py: number, value: number, series = "killed") => ({ px, py, value, series });
  const out = dodge([at(200, 100, 400, "b"), at(200, 100.4, 400, "a"), at(400, 100, 3)], 12);
  assert.deepEqual(
    out.map((p) => [p.series, p.px, p.py]),
    [
      ["b", 200, 100.2 + 6],
      ["a", 200, 100.2 - 6],
      ["killed", 400, 100],
    ],
  );
});

test("dodge(points, step) never moves a point off its figure: 'more than 400' and 422 stay at their heights", () => {
  const points = [
    { px: 200, py: 100, value: 400, series: "killed" },
    { px: 200, py: 96, value: 422, series: "killed" },
  ];
  assert.deepEqual(dodge(points, 12), points);
});

test("dodge(points, step) never moves a point along the time axis", () => {
  const points = [100, 104, 108, 300].map((px, i) => ({
    px,
    py: 50,
    value: i < 3 ? 7 : i,
    series: ["a", "b", "c", "d"][i] ?? "",
  }));
  assert.deepEqual(
    dodge(points, 12).map((p) => p.px),
    [100, 104, 108, 300],
  );
  const ys = dodge(points, 12).map((p) => p.py);
  assert.deepEqual(
    ys.slice(0, 3),
    [38, 50, 62],
    "three of one figure stacked a step apart around their height",
  );
});

test("dodge(points, step) leaves points a step apart, or at different heights, where they are", () => {
  const points = [
    { px: 100, py: 100, value: 1, series: "killed" },
    { px: 112, py: 100, value: 2, series: "killed" },
    { px: 106, py: 120, value: 3, series: "injured" },
  ];
  assert.deepEqual(dodge(points, 12), points);
});

test("dodge(points, step) keeps two close figures at their values even when a phone's axis puts them a pixel apart", () => {
  // 71,400 and 71,700 on a 0–80,000 axis 100 px tall: 0.4 px apart, 8 px across.
  const at = (px: number, py: number, value: number, series: string) => ({ px, py, value, series });
  const out = dodge([at(318.8, 89.9, 71400, "a"), at(326.8, 89.5, 71700, "b")], 12);
  assert.deepEqual(
    out.map((p) => p.py),
    [89.9, 89.5],
  );
});
