/** The day model (src/forms/timeTicks.ts): a date is the UTC day [00:00, 24:00); ticks on boundaries. */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { LayoutContext } from "../../src/chart.ts";
import { reportsOverTimeLayout } from "../../src/forms/reportsOverTimeLayout.ts";
import { timelineLayout, type TimelineSettings } from "../../src/forms/timelineLayout.ts";
import { dayMiddle, sureFrom, timeTicks } from "../../src/forms/timeTicks.ts";
import { DAY } from "../../src/format/date.ts";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const WEB = { width: 600, size: "web", mobile: false } as const;
const PHONE = { width: 336, size: "mobile", mobile: true } as const;

const may: TimelineSettings = {
  events: [{ date: day(2024, 5, 5), crossing: "rafah", label: "Attack", rank: 1 }],
  rules: [],
  brackets: [],
  domain: { from: day(2024, 5, 4), to: day(2024, 5, 8) },
  ticks: "day",
  summarise: false,
  eventLabels: "list",
};
const lanes = [
  { title: "Rafah", crossing: "rafah", intervals: [{ from: day(2024, 5, 6), to: day(2024, 5, 7) }] },
];

test("timelineLayout: a bar of a closure from 6 May starts exactly at the 6 May gridline and ends at the 8 May one", () => {
  const l = timelineLayout(lanes, may, WEB);
  const grid = (d: Date) => l.grid.find((g) => g.x1 === l.x(d));
  const bar = l.bars[0];
  assert.ok(bar);
  assert.ok(grid(day(2024, 5, 6)), "a gridline at the start of 6 May");
  assert.equal(bar.x1, grid(day(2024, 5, 6))?.x1);
  assert.equal(bar.x2, grid(day(2024, 5, 8))?.x1, "to the end of 7 May");
});

test("timelineLayout: a day's label is centred between its gridlines, and its event marker sits there too", () => {
  const l = timelineLayout(lanes, may, WEB);
  const six = l.axis.ticks.find((t) => +t === +day(2024, 5, 6));
  assert.ok(six);
  const near = (a: number | undefined, b: number) =>
    assert.ok(Math.abs((a ?? NaN) - b) < 1e-9, `${a} ≠ ${b}`);
  near(l.axis.x(six), (l.x(day(2024, 5, 6)) + l.x(day(2024, 5, 7))) / 2);
  near(l.markers[0]?.x, (l.x(day(2024, 5, 5)) + l.x(day(2024, 5, 6))) / 2);
});

test("timeTicks(from, to, width, size) puts ticks on day and month boundaries", () => {
  const days = timeTicks(day(2024, 5, 4), day(2024, 5, 9), 900, 13);
  assert.deepEqual(
    days.ticks.map((t) => t.toISOString().slice(0, 16)),
    ["2024-05-04T00:00", "2024-05-05T00:00", "2024-05-06T00:00", "2024-05-07T00:00", "2024-05-08T00:00"],
  );
  assert.equal(days.labelShift, DAY / 2);
  const months = timeTicks(day(2024, 5, 7), day(2026, 1, 26), 600, 13);
  assert.ok(months.ticks.every((t) => t.getUTCDate() === 1 && t.getUTCHours() === 0));
  assert.equal(months.labelShift, 0);
  assert.equal(+dayMiddle(new Date(Date.UTC(2024, 4, 6, 20))), Date.UTC(2024, 4, 6, 12));
});

test("timeTicks(from, to, width, size) puts the year on the first tick and wherever it changes", () => {
  const days = timeTicks(day(2024, 12, 30), day(2025, 1, 3), 600, 13);
  assert.deepEqual(days.ticks.map(days.format), ["30 Dec 2024", "31 Dec", "1 Jan 2025", "2 Jan"]);
  const months = timeTicks(day(2024, 5, 7), day(2026, 1, 26), 600, 13);
  const labels = months.ticks.map(months.format);
  assert.equal(labels[0], "Jul 2024");
  assert.ok(labels.includes("Jan 2025") && labels.includes("Jan 2026"), labels.join(", "));
  assert.ok(
    labels.some((s) => !/\d/.test(s)),
    `a tick within a year has no year: ${labels.join(", ")}`,
  );
});

test("reportsOverTimeLayout: on a phone the first tick carries a year, and the first report has a tick before it", () => {
  const at = (d: Date, value: number) => ({
    date: d,
    value,
    series: "killed",
    label: String(value),
    who: "x",
  });
  const l = reportsOverTimeLayout(
    [at(day(2024, 5, 7), 34789), at(day(2026, 1, 6), 71400), at(day(2026, 1, 25), 71700)],
    { numberStyle: "full" },
    // The phone's plot: 360 px less the frame's pads, with its ticks at 12 px.
    PHONE,
  );
  const labels = l.time.ticks.map(l.time.format);
  assert.match(labels[0] ?? "", /2024/, labels.join(", "));
  assert.ok(labels.length >= 3, labels.join(", "));
});

test("reportsOverTimeLayout: two reports of one day share their x, each at its own figure's height", () => {
  const at = (value: number, who: string) => ({
    date: day(2026, 1, 6),
    value,
    series: "killed",
    label: String(value),
    who,
  });
  const l = reportsOverTimeLayout(
    [at(71400, "a"), at(71700, "b"), { ...at(34789, "c"), date: day(2024, 5, 7) }],
    { numberStyle: "full" },
    WEB,
  );
  const [a, b] = l.points.filter((p) => +p.date === +day(2026, 1, 6));
  assert.ok(a && b);
  assert.equal(a.px, b.px);
  assert.equal(a.px, l.x(new Date(+day(2026, 1, 6) + DAY / 2)));
  // A point's height is its figure: never moved off it to avoid another (a chart editor read
  // "more than 400" pushed under the 400 gridline as less than 400).
  assert.equal(a.py, l.y(71400));
  assert.equal(b.py, l.y(71700));
  assert.ok(b.py < a.py, "the larger value on top");
});

test("barStart(date, precision): a bar from a night starts at its evening (18:00), one from a day at its 00:00 gridline", async () => {
  const { barStart, EVENING } = await import("../../src/forms/timeTicks.ts");
  const may6 = new Date(Date.UTC(2024, 4, 6));
  assert.equal(+barStart(may6, "night"), Date.UTC(2024, 4, 6, 18));
  assert.equal(+barStart(may6, "day"), +may6);
  assert.equal(+barStart(may6), +may6);
  assert.equal(EVENING, 18 * 3600 * 1000);
});

test("sureFrom(date, precision): a start known to a span is sure only after it; a night from its evening", () => {
  assert.deepEqual(sureFrom(day(2024, 5, 4), "weekend"), day(2024, 5, 6));
  assert.deepEqual(sureFrom(day(2026, 1, 25), "week"), day(2026, 2, 1));
  assert.deepEqual(sureFrom(day(2024, 5, 1), "month"), day(2024, 6, 1));
  assert.deepEqual(sureFrom(day(2024, 5, 6), "night"), new Date(+day(2024, 5, 6) + 18 * 3600e3));
  assert.deepEqual(sureFrom(day(2024, 5, 7), "day"), day(2024, 5, 7));
});

test("timeTicks(five days, phone width) labels every day, by its number after the first, with a gridline each day", () => {
  const t = timeTicks(day(2024, 5, 4), day(2024, 5, 9), 336, 12);
  assert.deepEqual(
    t.ticks.map((d) => t.format(d)),
    ["4 May 2024", "5", "6", "7", "8"],
  );
  assert.equal(t.labelShift, DAY / 2, "centred on the day each names");
  const turn = timeTicks(day(2024, 5, 29), day(2024, 6, 3), 400, 12);
  assert.deepEqual(
    turn.ticks.map((d) => turn.format(d)),
    ["29 May 2024", "30", "31", "1 Jun", "2"],
  );
});

const report = (d: Date, value: number) => ({
  date: d,
  value,
  series: "killed",
  label: String(value),
  who: "x",
});

/**
 * Day labels that name a day no report is on while a report is nearer than the ticks' step: a reader
 * takes the report for that day. A label names a day when it starts with the day's number ("7 Jan 2026",
 * "8"), and is centred on that day.
 */
function misleadingDayLabels(reports: readonly Date[], ctx: LayoutContext): string[] {
  const l = reportsOverTimeLayout(
    reports.map((d, i) => report(d, 100 + i)),
    { numberStyle: "full" },
    ctx,
  );
  const marks = reports.map((d) => +dayMiddle(d));
  const ticks = l.time.ticks.map((t) => +t);
  return l.time.ticks.flatMap((t) => {
    const label = l.time.format(t);
    if (!/^\d{1,2}( |$)/.test(label)) return [];
    const middle = +t + DAY / 2;
    const others = ticks.filter((u) => u !== +t).map((u) => Math.abs(u - +t));
    const step = others.length ? Math.min(...others) : Infinity;
    const near = marks.some((m) => Math.abs(m - middle) < step);
    const on = marks.some((m) => Math.abs(m - middle) <= DAY / 2);
    return near && !on ? [label] : [];
  });
}

test("reportsOverTimeLayout: an axis labelled every few days labels the reports' own days (ceasefire-toll read '7 Jan 2026' under its 6 January dots)", () => {
  const ceasefire = [day(2026, 1, 6), day(2026, 1, 6), day(2026, 1, 25)];
  for (const ctx of [WEB, PHONE, { ...WEB, width: 556 }]) {
    const l = reportsOverTimeLayout(
      ceasefire.map((d, i) => report(d, 400 + i * 40)),
      { numberStyle: "full" },
      ctx,
    );
    assert.deepEqual(l.time.ticks.map(l.time.format), ["6 Jan 2026", "25 Jan"], `${ctx.width} px`);
    // Each label centred on its reports' day, under their dots.
    assert.equal(l.time.x(day(2026, 1, 6)), l.points[0]?.px);
    assert.deepEqual(misleadingDayLabels(ceasefire, ctx), []);
  }
});

test("reportsOverTimeLayout: no day label names a day no report is on while a report is nearer than a tick step", () => {
  const start = +day(2024, 1, 1);
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 700 }),
      fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 0, max: 400 }),
      fc.boolean(),
      (offset, days, scale, phone) => {
        // Spans from a day to over a year, reports clustered or spread.
        const reports = days.map((d) => new Date(start + (offset + Math.round((d * scale) / 400)) * DAY));
        assert.deepEqual(
          misleadingDayLabels(reports, phone ? PHONE : WEB),
          [],
          reports.map(String).join(", "),
        );
      },
    ),
    { numRuns: 300 },
  );
});

test("timeTicks(from, to, width, size) without marks labels every few days at fixed days of the month: the 1st, 8th, 15th and 22nd, or the 1st and 15th", () => {
  // The weeks used to run from wherever the axis started ("30 Dec 2025", "6 Jan 2026", …).
  const week = timeTicks(day(2025, 12, 30), day(2026, 1, 31), 600, 12);
  assert.deepEqual(week.ticks.map(week.format), ["1 Jan 2026", "8 Jan", "15 Jan", "22 Jan"]);
  const fortnight = timeTicks(day(2025, 12, 30), day(2026, 1, 31), 336, 12);
  assert.deepEqual(fortnight.ticks.map(fortnight.format), ["1 Jan 2026", "15 Jan"]);
});
