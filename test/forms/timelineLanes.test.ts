import assert from "node:assert/strict";
import { test } from "node:test";
import {
  intervalBars,
  lanesLayout,
  laneTitle,
  markerTime,
  paleLabel,
  stackMarkers,
  type LanesContext,
  type Marker,
  type TimelineLane,
} from "../../src/forms/timelineLanes.ts";
import { DAY } from "../../src/format/date.ts";
import { COLORS, PLOT_TYPE, TIMELINE } from "../../src/style/index.ts";

const from = Date.UTC(2024, 4, 1);
const day = (m: number, d: number) => new Date(Date.UTC(2024, m - 1, d));
/** One px a day from 1 May 2024, over 600 px. */
const c: LanesContext = {
  x: (d) => (+d - from) / DAY,
  width: 600,
  r: 8,
  type: PLOT_TYPE.web,
  lh: 17,
  teaser: false,
  style: TIMELINE.web,
};

function bars(iv: TimelineLane["intervals"][number]) {
  const out = { bars: [], ends: [], legend: [] } as Parameters<typeof intervalBars>[5];
  intervalBars(iv, 40, COLORS.rafah, [{ title: "", crossing: "rafah", intervals: [iv] }], c, out);
  return out;
}

test("intervalBars(interval, y, …) draws a closure from its first day to the end of its last", () => {
  const out = bars({ from: day(5, 7), to: day(5, 9) });
  assert.deepEqual(out.bars, [{ x1: 6, x2: 9, y: 40, fill: COLORS.rafah }]);
  assert.deepEqual(out.ends, []);
  assert.deepEqual(out.legend, []);
});

test("intervalBars(interval with a start known to the month, then to the day) draws the part before the day in a solid pale tint", () => {
  const out = bars({ from: day(5, 1), to: day(5, 30), fuzzyUntil: day(5, 7), open: true });
  assert.deepEqual(
    out.bars.map((b) => [b.x1, b.x2, b.fill]),
    [
      [0, 6, COLORS.rafah_pale],
      [6, 30, COLORS.rafah],
    ],
  );
  assert.deepEqual(
    out.ends,
    [{ x: 30, y: 40 + 12 / 2, fill: COLORS.rafah }],
    "a ring at the end of a closure in force",
  );
  assert.deepEqual(
    out.legend.map((l) => [l.shape, l.label]),
    [
      ["band", "Tint: start within a span"],
      ["ring", "Closed at last report"],
    ],
  );
  assert.deepEqual(
    bars({ from: day(5, 1), to: day(5, 30), fuzzy: "month" }).bars.map((b) => b.fill),
    [COLORS.rafah_pale],
    "all paler when the start is known only to the month",
  );
});

test("intervalBars(interval whose start is not dated) draws it solid from its first report, fading out to the plot's left edge before it", () => {
  const out = bars({ from: day(5, 7), to: day(5, 7), fuzzy: "unknown", open: true });
  const solid = out.bars.filter((b) => b.fill === COLORS.rafah);
  assert.deepEqual(
    solid.map((b) => [b.x1, b.x2]),
    [[6, 7]],
    "solid on the day reported closed, never a one-day closure alone",
  );
  const faded = out.bars.filter((b) => b.fill === COLORS.rafah_pale);
  assert.equal(faded.length, TIMELINE.web.fade.pieces);
  assert.equal(faded[0]?.x2, 6 - 1.5 * (TIMELINE.web.fade.pieces - 1), "pieces up to the first report");
  assert.equal(Math.max(...faded.map((b) => b.x2)), 6, "the fade reaches the first report");
  const lengths = faded.map((b) => b.x2 - b.x1);
  assert.ok(
    lengths.every((w, i) => i === 0 || w > (lengths[i - 1] ?? 0)),
    `each piece longer than the one left of it: ${lengths.join(", ")}`,
  );
  assert.ok(Math.min(...faded.map((b) => b.x1)) < 6 / TIMELINE.web.fade.pieces, "from near the plot's edge");
  assert.equal(out.legend[0]?.label, "Fading: no start given", "the fade has its own key");
  assert.ok(!out.legend.some((l) => l.shape === "band"), "no paler key when nothing is drawn pale and solid");
});

test("paleLabel(lanes) says what the paler part means, from the lanes' reasons", () => {
  const lane = (intervals: TimelineLane["intervals"]) => [{ title: "", crossing: "rafah", intervals }];
  const iv = { from: day(5, 1), to: day(5, 9) };
  assert.equal(paleLabel(lane([{ ...iv, fuzzy: "month" }])), "Tint: start within a span");
  assert.equal(
    paleLabel(
      lane([
        { ...iv, fuzzy: "unknown" },
        { ...iv, fuzzyUntil: day(5, 3) },
      ]),
    ),
    "Tint: start within a span",
  );
});

test("stackMarkers(events, top, ctx, placed) sets each marker at the middle of its day, in rows where they would touch", () => {
  const placed: Marker[] = [];
  const mark = (n: number, d: Date) => ({ n, date: d, crossing: "rafah", label: `e${n}` });
  const height = stackMarkers(
    [mark(1, day(5, 20)), mark(2, day(5, 21)), mark(3, day(6, 30)), mark(4, day(5, 1))],
    100,
    c,
    placed,
  );
  assert.deepEqual(
    placed.map((m) => [m.n, m.x, m.y]),
    [
      [1, 19.5, 108],
      [2, 20.5, 108 + 18],
      [3, 60.5, 108],
      [4, 8, 108 + 2 * 18],
    ],
    "18 px a row (a marker's size and 2); the first day's marker kept inside the plot, under the two it would touch",
  );
  assert.equal(height, 3 * 18);
});

test("laneTitle(title, ctx) wraps the whole title, its credit included, never cut with an ellipsis", () => {
  const title =
    "Kerem Shalom: closed on 7 May 2024, start not dated (UN humanitarian office spokesman Jens Laerke via AFP), ".repeat(
      3,
    );
  const lines = laneTitle(title, c);
  assert.ok(lines.length > 2);
  assert.equal(lines.join(" ").replace(/\s+/g, " "), title.trim().replace(/\s+/g, " "));
  assert.doesNotMatch(lines.join(" "), /…/);
  assert.deepEqual(laneTitle("Rafah", c), ["Rafah"]);
});

test("lanesLayout(lanes, events, top, ctx) stacks title, bar and markers per lane, then events at no lane", () => {
  const lanes: TimelineLane[] = [
    { title: "Rafah", crossing: "rafah", intervals: [{ from: day(5, 7), to: day(5, 30), open: true }] },
    { title: "Kerem Shalom", crossing: "kerem_shalom", intervals: [{ from: day(5, 5), to: day(5, 8) }] },
  ];
  const events = [
    { n: 1, date: day(5, 7), crossing: "rafah", label: "Seized" },
    { n: 2, date: day(5, 8), crossing: "other", label: "Talks" },
  ];
  const l = lanesLayout(lanes, events, 50, c);
  assert.deepEqual(
    l.titles.map((t) => [t.y, t.text]),
    [
      [50, "Rafah"],
      [50 + 17 + 4 + 12 + 6 + 18 + 10, "Kerem Shalom"],
    ],
  );
  assert.deepEqual(
    l.bars.map((b) => [b.y, b.fill]),
    [
      [50 + 17 + 4, COLORS.rafah],
      [117 + 17 + 4, COLORS.kerem_shalom],
    ],
  );
  assert.deepEqual(
    l.markers.map((m) => [m.n, m.y]),
    [
      [1, 50 + 17 + 4 + 12 + 6 + 8],
      [2, 117 + 17 + 4 + 12 + 6 + 10 + 8],
    ],
  );
  assert.equal(l.bottom, 117 + 17 + 4 + 12 + 6 + 10 + 18 + 6);
});

test("intervalBars(interval with a contested span) draws that span pale over the solid closure, and the legend says why", () => {
  const iv = { from: day(5, 7), to: day(5, 30), contested: [{ from: day(5, 11), to: day(5, 20) }] };
  const out = bars(iv);
  assert.deepEqual(out.bars, [
    { x1: 6, x2: 30, y: 40, fill: COLORS.rafah },
    { x1: 10, x2: 20, y: 40, fill: COLORS.rafah_pale },
  ]);
  assert.deepEqual(
    out.legend.map((l) => l.label),
    ["Tint: reports differ"],
  );
  assert.equal(
    paleLabel([
      { title: "", crossing: "rafah", intervals: [iv, { from: day(5, 1), to: day(5, 3), fuzzy: "month" }] },
    ]),
    "Tint: start within a span, or reports differ",
  );
});

test("markerTime(event) puts a night's marker at its evening, 18:00, and a day's at noon", () => {
  assert.equal(markerTime({ date: day(5, 6), precision: "night" }), +day(5, 6) + 0.75 * DAY);
  assert.equal(markerTime({ date: day(5, 7) }), +day(5, 7) + 0.5 * DAY);
});

test("intervalBars(a closure whose start no report dates) keys its fading pieces apart from the paler start", () => {
  const out = bars({ from: day(5, 7), to: day(5, 8), fuzzy: "unknown", open: true });
  assert.ok(out.bars.length > 2, "pieces fading out before the first report");
  assert.deepEqual(
    out.legend.map((l) => [l.shape, l.label]),
    [
      ["fade", "Fading: no start given"],
      ["ring", "Closed at last report"],
    ],
  );
});
