import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import {
  labelBox,
  reportsOverTimeLayout,
  timeDomain,
  unlabelledNote,
  valueAxis,
  type TimePoint,
} from "../../src/forms/reportsOverTimeLayout.ts";
import { overlaps } from "../../src/forms/place.ts";
import { valueEnd, valueTicks } from "../../src/forms/ticks.ts";
import { DAY } from "../../src/format/date.ts";
import { PLOT_TYPE, REPORTS_OVER_TIME } from "../../src/style/index.ts";

const WEB = { width: 600, size: "web", mobile: false } as const;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const point = (date: Date, value: number, series = "killed", label = String(value)): TimePoint => ({
  date,
  value,
  series,
  label,
  who: "Gaza health ministry",
});
const three = [
  point(day(2024, 5, 7), 34789, "killed", "at least 34,789"),
  point(day(2026, 1, 6), 71400, "killed", "more than 71,400"),
  point(day(2026, 1, 6), 171000, "injured", "more than 171,000"),
];
const full = { numberStyle: "full" } as const;

test("timeDomain(points, style) runs from the first report's day to the end of the last's, and spans at least a month", () => {
  const style = REPORTS_OVER_TIME.web;
  const { from, to } = timeDomain(three, style);
  assert.equal(+from, +day(2024, 5, 7), "trimmed to the data");
  assert.equal(+to, +day(2026, 1, 7));
  const one = timeDomain([point(day(2024, 5, 7), 1)], style);
  assert.equal(+one.to - +one.from, 31 * DAY);
  // Reports 6 to 25 January: about a month, never three empty weeks either side.
  const jan = timeDomain([point(day(2026, 1, 6), 1), point(day(2026, 1, 25), 2)], style);
  assert.ok(
    +jan.from >= +day(2025, 12, 31) && +jan.to <= +day(2026, 2, 1),
    `${jan.from.toISOString()} to ${jan.to.toISOString()}`,
  );
  assert.equal((+one.to + +one.from) / 2, +day(2024, 5, 7) + DAY / 2, "centred on the day");
  assert.throws(() => timeDomain([], style), /reportsOverTime: no points/);
});

test("valueAxis(points, style, fewer) reaches past the largest figure and sets the plot's left edge after its labels", () => {
  const axis = valueAxis(three, "full", false, REPORTS_OVER_TIME.web, PLOT_TYPE.web);
  assert.deepEqual(axis.ticks, [0, 50000, 100000, 150000, 200000]);
  assert.equal(axis.end, 200000);
  assert.equal(axis.format(150000), "150,000");
  assert.ok(axis.left > 40 && axis.left < 60, String(axis.left));
  assert.deepEqual(
    valueAxis(three, "full", true, REPORTS_OVER_TIME.web, PLOT_TYPE.web).ticks,
    [0, 100000, 200000],
  );
});

test("reportsOverTimeLayout(points, options, web) puts days on x and values on y inside the plot", () => {
  const l = reportsOverTimeLayout(three, full, WEB);
  assert.equal(l.height, 320);
  assert.equal(l.y(0), 320 - 26);
  assert.equal(l.y(l.values.end), 8);
  const { from, to } = timeDomain(three, REPORTS_OVER_TIME.web);
  assert.equal(l.x(from), l.values.left + 5 + 2);
  assert.equal(l.x(to), 600 - 5 - 4);
  const byValue = (a: { value: number }, b: { value: number }) => a.value - b.value;
  assert.deepEqual(
    [...l.points].sort(byValue).map((p) => [p.px, p.py]),
    three.map((p) => [l.x(new Date(+p.date + DAY / 2)), l.y(p.value)]),
    "no two points close enough to stack; each at the middle of its day",
  );
  assert.equal(l.time.y, 320 - 26 + 8);
  assert.deepEqual(l.notes, []);
  assert.equal(reportsOverTimeLayout(three, full, { ...WEB, height: 200 }).values.ticks.length, 3);
});

test("reportsOverTimeLayout(points, options, web) labels every point clear of every other label and point", () => {
  const l = reportsOverTimeLayout(three, full, WEB);
  assert.equal(l.labels.length, 3);
  for (const a of l.labels) {
    for (const p of l.points)
      assert.ok(!overlaps(a.box, { x: p.px - 5, y: p.py - 5, w: 10, h: 10 }), a.label);
    for (const b of l.labels) if (a !== b) assert.ok(!overlaps(a.box, b.box), `${a.label} / ${b.label}`);
    assert.ok(a.box.y + a.box.h <= l.y(0) - 2, "above the baseline");
  }
  const first = l.labels.find((x) => x.label === "at least 34,789");
  assert.equal(first?.anchor, "start", "the first report's label goes right of it");
  assert.equal(first?.tx, first?.box.x);
  assert.equal(first?.box.x, (first?.px ?? 0) + 5 + 4);
});

test("reportsOverTimeLayout(30 points crowded on a phone) leaves some unlabelled and says how many", () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    point(new Date(+day(2024, 6, 1) + i * 19 * DAY), 36000 + i * 1300, i % 3 ? "killed" : "injured"),
  );
  const l = reportsOverTimeLayout(many, full, { width: 336, size: "mobile", mobile: true });
  assert.equal(l.height, 300);
  const n = 30 - l.labels.length;
  assert.ok(n > 0, "some are left unlabelled");
  assert.deepEqual(l.notes, [unlabelledNote(n)]);
  assert.equal(l.leaders.length, l.labels.filter((x) => x.leader).length);
  assert.match(unlabelledNote(1), /^One point is unlabelled/);
});

test("labelBox(point, style, tx, ty, anchor) spans the figure line and the who line under it", () => {
  const c = { style: REPORTS_OVER_TIME.web, type: PLOT_TYPE.web };
  const p = point(day(2026, 1, 6), 1, "killed", "1");
  const start = labelBox(p, c, 100, 50);
  const end = labelBox(p, c, 100, 50, "end");
  assert.equal(start.x, 100, "the who line is the wider: the box starts at the anchor");
  assert.equal(end.x + end.w, 100);
  assert.ok(start.h > 13 + 3 + 12 * 0.8, String(start.h));
  assert.ok(start.dy < 0 && start.dy > -3, `accents reach ${start.dy} px above the line's top`);
});

test("reportsOverTimeLayout: the value axis has the same extent on the web chart, the phone and the social card (toll-reports ended at 80,000 on the web, 100,000 elsewhere)", () => {
  const toll = [
    point(day(2024, 5, 7), 34789, "killed", "at least 34,789"),
    point(day(2026, 1, 6), 71400, "killed", "more than 71,400"),
    point(day(2026, 1, 25), 71700, "killed", "more than 71,700"),
  ];
  const web = reportsOverTimeLayout(toll, full, WEB);
  const phone = reportsOverTimeLayout(toll, full, { width: 336, size: "mobile", mobile: true });
  const card = reportsOverTimeLayout(toll, full, { ...WEB, width: 556, height: 175 });
  assert.deepEqual(web.values.ticks, [0, 20000, 40000, 60000, 80000, 100000]);
  assert.deepEqual(phone.values.ticks, [0, 50000, 100000], "fewer ticks on the phone");
  assert.deepEqual(card.values.ticks, [0, 50000, 100000], "and on the card's short plot");
  for (const l of [web, phone, card]) assert.equal(l.values.end, 100000);
});

test("valueTicks(max, fewer): from 0 to one nice end whether fewer or not, evenly, past max", () => {
  fc.assert(
    fc.property(fc.double({ min: 0.01, max: 1e9, noNaN: true }), (max) => {
      const end = valueEnd(max);
      for (const fewer of [false, true]) {
        const ticks = valueTicks(max, fewer);
        assert.equal(ticks[0], 0);
        assert.equal(ticks[ticks.length - 1], end, `${max}, fewer ${fewer}: ${ticks.join(" ")}`);
        const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
        ticks.forEach((t, i) => assert.ok(Math.abs(t - i * step) <= 1e-6 * end, ticks.join(" ")));
      }
      assert.ok(end >= max * (1 - 1e-9) && end <= 4 * max, `${max} → ${end}`);
      assert.ok(valueTicks(max, true).length <= valueTicks(max, false).length);
    }),
  );
});
