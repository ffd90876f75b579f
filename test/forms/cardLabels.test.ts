/**
 * A label reads as its own point's, on the social card above all (its plot is short, so close
 * figures sit a few px apart): no label nearer another point than its own, the labels of two close
 * points stacked in the points' vertical order, no leader crossing another. Read from the placer's
 * output (the layout's labels and leaders), not from pixels.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as Plot from "@observablehq/plot";
import fc from "fast-check";
import { intersects, NEAR_TIE } from "../../src/forms/placeRules.ts";
import type { Box } from "../../src/forms/place.ts";
import {
  labelKey,
  reportsOverTimeLayout,
  type ReportsOverTimeLayout,
  type TimePoint,
} from "../../src/forms/reportsOverTimeLayout.ts";
import { project, socialBoxOf } from "../helpers.ts";

const distance = (p: { px: number; py: number }, b: Box) =>
  Math.hypot(Math.max(b.x - p.px, 0, p.px - b.x - b.w), Math.max(b.y - p.py, 0, p.py - b.y - b.h));
const middle = (b: Box) => b.y + b.h / 2;

/** What in a layout's labels misreads: each fault names the labels. */
function misreadings(l: ReportsOverTimeLayout): string[] {
  const faults: string[] = [];
  const gap = l.style.point.r + l.style.label.gap;
  for (const a of l.labels) {
    for (const q of l.points)
      if (q !== a && !(q.px === a.px && q.py === a.py) && distance(q, a.box) < distance(a, a.box) - NEAR_TIE)
        faults.push(
          `"${a.label}" is ${distance(q, a.box).toFixed(1)} px from the point of "${q.label}", ${distance(a, a.box).toFixed(1)} px from its own`,
        );
    for (const b of l.labels) {
      // Two close points (dots less than two label gaps apart across), their labels one over the other.
      const close = Math.abs(a.px - b.px) < 2 * gap && a.py < b.py;
      const stacked = a.box.x < b.box.x + b.box.w && b.box.x < a.box.x + a.box.w;
      if (close && stacked && middle(a.box) > middle(b.box))
        faults.push(`"${a.label}" (higher point) is labelled below "${b.label}"`);
    }
  }
  l.leaders.forEach((s, i) =>
    l.leaders.slice(i + 1).forEach((t) => {
      if (intersects(s, t)) faults.push(`leaders cross: ${JSON.stringify([s, t])}`);
    }),
  );
  return faults;
}

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
/** ceasefire-toll's reports: two of 6 January 2026 whose dots overlap on the card, and one later. */
const CEASEFIRE: TimePoint[] = [
  { date: day(6), value: 400, series: "killed", label: "more than 400", who: "Gaza health ministry" },
  { date: day(6), value: 422, series: "killed", label: "422", who: "Palestinian health officials" },
  { date: day(25), value: 484, series: "killed", label: "at least 484", who: "Gaza health ministry" },
];

test("ceasefire-toll's social card: 422's label over 'more than 400''s, each nearest its own point", async () => {
  const { notebooks, names } = await project();
  const chart = notebooks.flatMap((nb) => nb.charts).find((c) => c.id === "ceasefire-toll");
  assert.ok(chart, "ceasefire-toll");
  const box = socialBoxOf(chart, names);
  const ctx = { width: box.width, size: "web", mobile: false, height: box.height } as const;
  const card = reportsOverTimeLayout(CEASEFIRE, { numberStyle: "full" }, ctx);
  // The same reports as the chart's: its card labels the same keys.
  assert.deepEqual(
    [...(card.labelled ?? [])].sort(),
    [...(chart.plot({ Plot, ...ctx }).labelled ?? [])].sort(),
    "the fixture is the chart's data",
  );
  const of = (label: string) => card.labels.find((l) => l.label === label);
  const [upper, lower] = [of("422"), of("more than 400")];
  assert.ok(upper && lower, "both reports of 6 January are labelled");
  assert.ok(upper.py < lower.py && upper.py > lower.py - 2 * card.style.point.r, "their dots overlap");
  assert.ok(middle(upper.box) < middle(lower.box), "422's label is the higher one");
  assert.ok(distance(upper, upper.box) < distance(lower, upper.box), "422's label is nearer 422's dot");
  assert.ok(distance(lower, lower.box) < distance(upper, lower.box), "'more than 400''s is nearer its dot");
  assert.deepEqual(misreadings(card), []);
});

test("reportsOverTimeLayout(any reports, card, web or phone): no label nearer another point, out of order, or with crossing leaders", () => {
  const report = fc.record({
    d: fc.integer({ min: 1, max: 31 }),
    value: fc.integer({ min: 1, max: 1000 }),
    who: fc.constantFrom("Gaza health ministry", "Palestinian health officials", "news report", "AFP"),
  });
  const sizes = [
    { width: 556, size: "web", mobile: false, height: 161 },
    { width: 556, size: "web", mobile: false, height: 220 },
    { width: 616, size: "web", mobile: false },
    { width: 336, size: "mobile", mobile: true },
  ] as const;
  fc.assert(
    fc.property(fc.array(report, { minLength: 2, maxLength: 7 }), fc.constantFrom(...sizes), (rs, ctx) => {
      const points = rs.map((r) => ({
        date: day(r.d),
        value: r.value,
        series: "killed",
        label: `more than ${r.value}`,
        who: r.who,
      }));
      if (new Set(points.map(labelKey)).size < points.length) return;
      let layout: ReportsOverTimeLayout;
      try {
        layout = reportsOverTimeLayout(points, { numberStyle: "full" }, ctx);
      } catch {
        return; // a card with no room for a label fails its build, and says so
      }
      assert.deepEqual(misreadings(layout), []);
    }),
    { numRuns: 300, seed: 20260106 },
  );
});
