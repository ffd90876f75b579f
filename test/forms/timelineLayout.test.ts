import { notShownLine } from "../../src/forms/timelineKey.ts";
import assert from "node:assert/strict";
import { test } from "node:test";
import { timelineDefaults } from "../../src/forms/timeline.ts";
import { crosses, overlaps, textBox } from "../../src/forms/place.ts";
import {
  eventEntries,
  timeAxis,
  timelineLayout,
  timeScale,
  type TimelineSettings,
} from "../../src/forms/timelineLayout.ts";
import { DAY } from "../../src/format/date.ts";
import { PLOT_TYPE, TIMELINE } from "../../src/style/index.ts";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const WEB = { width: 600, size: "web", mobile: false } as const;

const lanes = [
  {
    title: "Rafah crossing",
    crossing: "rafah",
    intervals: [{ from: day(2024, 5, 7), to: day(2025, 12, 31), open: true }],
  },
  {
    title: "Kerem Shalom crossing",
    crossing: "kerem_shalom",
    intervals: [{ from: day(2024, 5, 5), to: day(2024, 5, 8) }],
  },
];
const settings: TimelineSettings = {
  events: [
    { date: day(2024, 5, 7), crossing: "rafah", label: "Seized by the Israeli military", rank: 1 },
    { date: day(2025, 10, 10), crossing: "rafah", label: "Ceasefire takes effect", rank: 1 },
    { date: day(2024, 5, 5), crossing: "kerem_shalom", label: "Closed after a rocket attack", rank: 2 },
  ],
  rules: [{ date: day(2025, 10, 10), label: "Ceasefire" }],
  brackets: [],
  domain: { from: day(2024, 5, 5), to: day(2025, 12, 31) },
  ticks: "month",
  summarise: false,
  eventLabels: "list",
};

test("timeScale(domain, ticks, width, r, style) runs from the first day's start to the last day's end, markers' radius inside", () => {
  const s = timeScale({ from: day(2024, 5, 1), to: day(2024, 5, 1) }, "day", 600, 8, TIMELINE.web);
  assert.equal(+s.from, +day(2024, 5, 1));
  assert.equal(+s.to, +day(2024, 5, 2));
  assert.equal(s.x(s.from), 8);
  assert.equal(s.x(s.to), 592);
  assert.equal(s.x(+day(2024, 5, 1) + DAY / 2), 300, "the day's middle in the middle");
  const long = timeScale({ from: day(2024, 1, 1), to: day(2024, 12, 31) }, "month", 600, 8, TIMELINE.web);
  assert.equal(+long.from, +day(2024, 1, 1), "trimmed to the data");
  assert.equal(+long.to, +day(2025, 1, 1));
});

test("timeAxis(from, to, x, axisY, ctx) puts tick labels 6 px under the axis and the list 14 px under them", () => {
  const { x, from, to } = timeScale(settings.domain, "month", 600, 8, TIMELINE.web);
  const axis = timeAxis(from, to, x, 200, { width: 600, type: PLOT_TYPE.web, style: TIMELINE.web });
  assert.equal(axis.labels.y, 206);
  assert.ok(axis.labels.ticks.length >= 3, axis.labels.ticks.map(String).join());
  assert.ok(axis.bottom >= 206 + 12 * 1.2 + 14, String(axis.bottom));
});

test("eventEntries(entries, top, ctx) sets each entry beside its number, wrapped short of the width", () => {
  const c = { width: 336, r: 8, type: PLOT_TYPE.mobile, lh: 16, style: TIMELINE.mobile };
  const long =
    "7 May: Seized by the Israeli military, which said it took operational control of the crossing";
  const out = eventEntries(
    [
      { n: 1, text: "6 May: Closed" },
      { n: 2, text: long },
    ],
    100,
    c,
  );
  assert.deepEqual(out.entries[0], { y: 100, n: "1", text: "6\u00a0May: Closed", cy: 100 + 12 * 0.55 });
  assert.equal(out.entries[1]?.y, 100 + 18 + 4, "one line is shorter than a marker: a marker's size and 2");
  const lines = out.entries[1]?.text.split("\n") ?? [];
  assert.ok(lines.length >= 2);
  assert.equal(out.bottom, 122 + lines.length * 16 + 4);
});

test("timelineLayout(lanes, settings, web) numbers and lists the events, and cuts rules and gridlines short of text", () => {
  const l = timelineLayout(lanes, settings, WEB);
  assert.equal(l.teaser, false);
  assert.equal(l.markerR, 8);
  assert.deepEqual(
    l.list.map((e) => [e.n, e.text.replace(/\u00a0/g, " ")]),
    [
      ["1", "5 May 2024: Closed after a rocket attack"],
      ["2", "7 May 2024: Seized by the Israeli military"],
      ["3", "10 October 2025: Ceasefire takes effect"],
    ],
  );
  assert.deepEqual(
    l.markers.map((m) => m.n),
    [2, 3, 1],
    "markers lane by lane",
  );
  assert.equal(l.header[0]?.text, "Ceasefire");
  assert.ok(l.rules.length >= 2, "the rule is cut where it crosses the lane titles or markers");
  const titles = l.titles.map((t) =>
    textBox({
      x: t.x,
      y: t.y,
      lines: t.text.split("\n"),
      size: t.size,
      weight: t.weight,
      lineAnchor: "top",
      lineHeight: t.lh / t.size,
    }),
  );
  for (const s of [...l.rules, ...l.grid])
    for (const b of titles) assert.ok(!crosses(s, b), "no line through a title");
  for (const s of l.grid) assert.ok(s.y1 >= (l.header[0]?.y ?? 0) && s.y2 <= l.axisY);
  assert.deepEqual(
    l.legend.map((x) => x.shape),
    ["ring", "circle"],
  );
  assert.deepEqual(l.notes, []);
  assert.equal(
    l.height,
    Math.ceil((l.list.at(-1)?.y ?? 0) + 18 + 4 + 2),
    "a one-line entry takes a marker's size and 2",
  );
});

test("timelineLayout(lanes, settings, social card) is a teaser: numbered markers with a key of every event under the axis", () => {
  const l = timelineLayout(lanes, settings, { ...WEB, height: 2000 });
  const web = timelineLayout(lanes, settings, WEB);
  assert.equal(l.teaser, true);
  assert.equal(l.numbered, true);
  assert.deepEqual(
    l.list.map((e) => e.text),
    web.list.map((e) => e.text),
  );
  assert.deepEqual(l.labelled, web.labelled);
  assert.deepEqual(l.keyedOut, []);
  assert.deepEqual(
    l.legend.map((x) => x.label),
    ["Closed at last report", "Event"],
  );
});

test("timelineLayout on a card too short for its key keeps every entry and overruns, for the build to grow the card", () => {
  const roomy = timelineLayout(lanes, settings, { ...WEB, height: 2000 });
  const dense = timelineLayout(lanes, settings, { ...WEB, height: roomy.height - 1 });
  const short = timelineLayout(lanes, settings, { ...WEB, height: dense.height - 1 });
  assert.ok(short.height > dense.height - 1, `${short.height} overruns its box`);
  assert.ok(
    short.list.every((e) => e.n !== ""),
    "no 'not shown' line",
  );
  assert.deepEqual(short.labelled, roomy.labelled);
  assert.deepEqual(short.keyedOut, []);
});

test("timelineLayout(lanes, settings, a card shorter than its teaser) lays out dense, at the card's least type, never scaled", () => {
  const roomy = timelineLayout(lanes, settings, { ...WEB, height: 400 });
  assert.equal(roomy.type.label, 13);
  const short = timelineLayout(lanes, settings, { ...WEB, height: roomy.height - 1 });
  assert.deepEqual(short.type, { label: 11, value: 11, tick: 11 });
  assert.ok(short.height < roomy.height, `${short.height} < ${roomy.height}`);
  // Web and phone layouts are never dense.
  assert.equal(timelineLayout(lanes, settings, WEB).type.label, 13);
});

test("timelineLayout(lanes, settings with more events than fit) marks the weightiest and says how many more there are", () => {
  const events = Array.from({ length: 12 }, (_, i) => ({
    date: new Date(+day(2024, 6, 1) + i * 30 * DAY),
    crossing: "rafah",
    label: `Event ${i + 1}`,
    rank: i < 2 ? 1 : 2,
  }));
  const l = timelineLayout(
    lanes,
    { ...settings, events, rules: [] },
    { width: 336, size: "mobile", mobile: true },
  );
  assert.equal(l.list.length, 10);
  assert.deepEqual(l.notes, [
    "Two more events are not shown at this size; every event is in the chart's description.",
  ]);
  for (const a of l.markers)
    for (const b of l.markers)
      if (a !== b)
        assert.ok(
          !overlaps({ x: a.x - 8, y: a.y - 8, w: 16, h: 16 }, { x: b.x - 8, y: b.y - 8, w: 16, h: 16 }, 1),
        );
});

test("timelineDefaults.domain(lanes, events) runs from the first day of the intervals and events to the last", () => {
  assert.deepEqual(timelineDefaults.domain(lanes, settings.events), {
    from: day(2024, 5, 5),
    to: day(2025, 12, 31),
  });
  const d = timelineDefaults.domain([], [{ date: day(2026, 1, 6), crossing: "rafah", label: "x", rank: 1 }]);
  assert.deepEqual(d, { from: day(2026, 1, 6), to: day(2026, 1, 6) });
});

test("notShownLine(count) reads as English for one and for many", () => {
  assert.equal(notShownLine(1), "One more event not shown");
  assert.equal(notShownLine(3), "Three more events not shown");
});

test("a summarised timeline groups a day's events under one marker only when the placer cannot label each within its height budget", () => {
  const same = (label: string, rank: number) => ({ date: day(2025, 10, 10), crossing: "rafah", label, rank });
  const two = [
    same("Ceasefire takes effect (AFP)", 1),
    same("Crossing to reopen, officials say (Reuters)", 2),
  ];
  const chart = { ...settings, events: two, summarise: true, eventLabels: "chart" as const };
  const each = timelineLayout(lanes, chart, WEB);
  assert.equal(each.grouped, false);
  assert.equal(each.labels.length, 2);
  assert.ok(each.labels.every((l) => !/more event/.test(l.text)));
  // Many events on one day overrun the budget: grouped, the group's label saying how many it holds.
  const many = Array.from({ length: 12 }, (_, i) =>
    same(`Statement number ${i + 1} about the crossing (agency)`, 2),
  );
  const crowded = timelineLayout(lanes, { ...chart, events: many }, WEB);
  assert.equal(crowded.grouped, true);
  assert.equal(crowded.labels.length, 1);
  assert.match(crowded.labels[0]?.text.replace(/\n/g, " ") ?? "", /, and 11 more events$/);
  // The social card follows the web chart's choice, so it keys what the web chart labels.
  assert.deepEqual(timelineLayout(lanes, chart, { ...WEB, height: 2000 }).labelled, each.labelled);
});

test("timelineLayout(lanes, settings, web, mobile and card): one legend, in the same words, with the event key on each", () => {
  const web = timelineLayout(lanes, settings, WEB);
  const card = timelineLayout(lanes, settings, { ...WEB, height: 2000 });
  const phone = timelineLayout(lanes, settings, { width: 336, size: "mobile", mobile: true });
  const keys = (l: typeof web) => l.legend.map((x) => `${x.shape}: ${x.label}`);
  assert.deepEqual(keys(web), keys(card));
  assert.deepEqual(keys(web), keys(phone));
  assert.ok(keys(web).includes("circle: Event"), keys(web).join("; "));
});
