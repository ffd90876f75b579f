import assert from "node:assert/strict";
import { test } from "node:test";
import { barGeometry, barRowsLayout, figurePlace, valueScale } from "../../src/forms/barRowsLayout.ts";
import { crosses } from "../../src/forms/place.ts";
import { BAR_ROWS, PLOT_TYPE } from "../../src/style/index.ts";

const WEB = { width: 600, size: "web", mobile: false } as const;
const MOBILE = { width: 336, size: "mobile", mobile: true } as const;
const full = { numberStyle: "full" } as const;

const two = [
  {
    title: "Held",
    bars: [
      { label: "Officials via Wire Agency", value: 132, text: "132" },
      { label: "News report", value: 128, text: "an estimated 128" },
    ],
  },
];

test("barGeometry(count, width, style, type) puts labels above up to eight bars and beside more", () => {
  const above = barGeometry(8, 600, BAR_ROWS.web, PLOT_TYPE.web);
  assert.deepEqual(above, {
    compact: false,
    barHeight: 18,
    captionLh: 17,
    labelWidth: 600,
    barX: 0,
    barWidth: 584,
  });
  const beside = barGeometry(9, 600, BAR_ROWS.web, PLOT_TYPE.web);
  assert.deepEqual(beside, {
    compact: true,
    barHeight: 14,
    captionLh: Math.round(13 * 1.2),
    labelWidth: 252,
    barX: 260,
    barWidth: 600 - 260 - 16,
  });
  assert.equal(barGeometry(2, 336, BAR_ROWS.mobile, PLOT_TYPE.mobile).barHeight, 16);
});

test("barRowsLayout(groups, options, web) sets each label above its bar, bars scaled to the axis's end", () => {
  const l = barRowsLayout(two, full, WEB);
  assert.deepEqual(l.titles, [{ y: 2, text: "Held" }]);
  const [a, b] = l.bars;
  // Title: one line of 17 px and 6 below; label: one line of 17 px and 2 below; bar 18 and 8 below.
  assert.deepEqual([a?.labelY, a?.y, b?.labelY, b?.y], [25, 44, 70, 89]);
  assert.deepEqual(l.axis.ticks, [0, 50, 100, 150]);
  assert.equal(a?.end, (132 / 150) * 584);
  assert.deepEqual(
    l.bars.map((x) => x.figure),
    ["after", "inside"],
    "“an estimated 128” does not fit after its bar at 600 px",
  );
  assert.equal(l.height, Math.ceil(89 + 18 + 8 + 10 + 26));
  assert.equal(l.axis.y, l.height - 26 + 8);
  assert.deepEqual(l.axis.ticks.map(l.axis.format), ["0", "50", "100", "150"]);
});

test("barRowsLayout(groups, options, mobile) with 30 bars: labels beside their bars, at most two lines", () => {
  const bars = Array.from({ length: 30 }, (_, i) => ({
    label: `Reporter number ${i + 1} of a long list of outlets that said so on the day`,
    value: 120 + i,
    text: String(120 + i),
  }));
  const l = barRowsLayout([{ title: "Held", bars }], full, MOBILE);
  assert.ok(l.geometry.compact);
  assert.deepEqual(l.axis.ticks, [0, 50, 100, 150], "fewer ticks in compact rows");
  for (const bar of l.bars) {
    assert.ok(bar.caption.split("\n").length <= 2, bar.caption);
    assert.equal(bar.labelX, 0);
    assert.ok(bar.labelY <= bar.y, "the bar is centred on its label");
  }
  assert.match(l.bars[0]?.caption ?? "", /…$/);
  const [first, second] = l.bars;
  assert.equal((second?.labelY ?? 0) - (first?.labelY ?? 0), 2 * 14 + 5, "two lines of 14 px and a gap of 5");
});

test("figurePlace(bar, end, width, style, type) puts a figure inside its bar when there is no room after it", () => {
  const style = BAR_ROWS.web;
  const type = PLOT_TYPE.web;
  const bar = { label: "x", value: 10, text: "an estimated 128" };
  assert.equal(figurePlace(bar, 100, 600, style, type), "after");
  assert.equal(figurePlace(bar, 560, 600, style, type), "inside");
  assert.equal(figurePlace({ ...bar, value: null, text: "no figure given" }, 0, 600, style, type), "start");
  const l = barRowsLayout([{ title: "Held", bars: [bar, { ...bar, value: 1000 }] }], full, WEB);
  assert.deepEqual(
    l.bars.map((b) => b.figure),
    ["after", "inside"],
  );
});

test("valueScale(bars, geometry, mobile) ends the axis at a nice tick past the largest value", () => {
  const g = barGeometry(1, 600, BAR_ROWS.web, PLOT_TYPE.web);
  const { ticks, px } = valueScale([{ label: "", value: 1_400_000, text: "" }], g, false);
  assert.deepEqual(ticks, [0, 500_000, 1_000_000, 1_500_000]);
  assert.equal(px(1_500_000), 584);
  assert.equal(valueScale([{ label: "", value: null, text: "" }], g, false).ticks.at(-1), 1);
});

test("barRowsLayout(groups, {numberStyle: millions}) writes the axis by the millions rule ('500,000', '1m'), gridlines clear of every text", () => {
  const l = barRowsLayout(
    [{ title: "Displaced", bars: [{ label: "UN", value: 1_400_000, text: "1.4m" }] }],
    { numberStyle: "millions" },
    WEB,
  );
  assert.deepEqual(l.axis.ticks.map(l.axis.format), ["0", "500,000", "1m", "1.5m"]);
  const x0 = l.grid.filter((s) => s.x1 === 0);
  assert.ok(x0.length >= 2, "the gridline at 0 is cut where it crosses the title and the label");
  for (const s of l.grid)
    assert.ok(!crosses(s, { x: 0, y: 2, w: 10, h: 10 }), "nothing runs through the title");
});
