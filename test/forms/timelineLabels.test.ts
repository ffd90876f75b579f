import assert from "node:assert/strict";
import { test } from "node:test";
import { crosses, overlaps } from "../../src/forms/place.ts";
import { eventLabels } from "../../src/forms/timelineLabels.ts";
import { PLOT_TYPE, TIMELINE } from "../../src/style/index.ts";

const c = { width: 600, r: 5, type: PLOT_TYPE.web, lh: 17, style: TIMELINE.web };
const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const marker = (n: number, d: number, x: number, y = 50) => ({
  n,
  date: day(d),
  crossing: "rafah",
  label: "",
  x,
  y,
});
const entries = [1, 2, 3, 4].map((n) => ({
  n,
  text: `${n} January 2026: an event told at some length (a reporter)`,
}));

test("eventLabels(markers, entries, top, ctx) labels every event on the chart, clear of each other and of every leader", () => {
  const markers = [marker(1, 1, 10), marker(2, 2, 11, 62), marker(3, 24, 580), marker(4, 25, 590, 62)];
  const out = eventLabels(markers, entries, 80, c);
  assert.equal(out.labels.length, 4);
  assert.deepEqual(
    out.labels.map((l) => l.anchor),
    ["start", "start", "end", "end"],
    "left of the middle the text starts beside its leader; right of it, it ends there",
  );
  for (const a of out.labels) {
    assert.ok(a.box.x >= 0 && a.box.x + a.box.w <= 600, a.text);
    assert.ok(a.y >= 80, "under the lanes");
    for (const b of out.labels) if (a !== b) assert.ok(!overlaps(a.box, b.box), `${a.text} / ${b.text}`);
    for (const l of out.leaders) assert.ok(!crosses(l, a.box), `a leader crosses ${a.text}`);
  }
  out.leaders.forEach((l, i) => {
    assert.equal(l.x1, markers[i]?.x, "straight down from its marker");
    assert.equal(l.x2, l.x1);
  });
  assert.ok(out.bottom >= Math.max(...out.labels.map((l) => l.box.y + l.box.h)));
});
