import assert from "node:assert/strict";
import { test } from "node:test";
import { eventListLayout, latestEvents, leftOutNote, newsOrder } from "../../src/forms/eventListLayout.ts";
import { EVENT_LIST, PLOT_TYPE } from "../../src/style/index.ts";

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const WEB = { width: 600, size: "web", mobile: false } as const;
const MOBILE = { width: 336, size: "mobile", mobile: true } as const;

const events = [
  { date: day(25), text: "Rafah: Understanding reached on reopening", by: "Israel's Army Radio" },
  { date: day(6), text: "Rafah: Still closed", by: "UN" },
  { date: day(25), text: "Rafah: Talks held", by: "Walla" },
];

test("eventListLayout(events, {}, web) heads each day once and sets its events under it, in date order", () => {
  const l = eventListLayout(events, {}, WEB);
  const lh = Math.round(PLOT_TYPE.web.value * EVENT_LIST.web.leading);
  assert.equal(lh, 18);
  assert.deepEqual(
    l.days.map((d) => [d.y, d.text]),
    [
      [2, "6 January 2026"],
      [2 + lh + 2 + lh + 4 + 8, "25 January 2026"],
    ],
  );
  assert.deepEqual(
    l.events.map((e) => e.text),
    [
      "Rafah: Still closed (UN)",
      "Rafah: Talks held (Walla)",
      "Rafah: Understanding reached on reopening (Israel’s Army Radio)",
    ],
  );
  assert.equal(l.events[0]?.y, 2 + lh + 2);
  assert.deepEqual(
    l.bullets.map((b) => b.y),
    l.events.map((e) => e.y + lh / 2 - 1),
    "each bullet at the middle of its event's first line",
  );
  assert.equal(l.height, Math.ceil(2 + 2 * (lh + 2) + 3 * (lh + 4) + 2 * 8));
  assert.deepEqual(l.notes, []);
});

test("eventListLayout(events, {}, mobile) wraps an event to the width less the indent", () => {
  const long = [
    {
      date: day(6),
      text: "Rafah: reopening talks continue at the crossing with European monitors",
      by: "UN",
    },
  ];
  const web = eventListLayout(long, {}, WEB);
  const mobile = eventListLayout(long, {}, MOBILE);
  assert.equal(web.events[0]?.text.split("\n").length, 1);
  const lines = mobile.events[0]?.text.split("\n") ?? [];
  assert.ok(lines.length >= 2, lines.join(" | "));
  assert.equal(mobile.lineHeight, Math.round(12 * 1.35));
  assert.equal(
    mobile.height,
    Math.ceil(2 + mobile.lineHeight + 2 + lines.length * mobile.lineHeight + 4 + 8),
  );
});

test("latestEvents(events, max) keeps the latest of one rank and names what it leaves out, visibly", () => {
  const many = Array.from({ length: 16 }, (_, i) => ({ date: day(i + 1), text: `Event ${i + 1}`, by: "UN" }));
  const { shown, left } = latestEvents(many, 14);
  assert.equal(left, 2);
  assert.deepEqual(
    shown.map((e) => e.text),
    many.slice(2).map((e) => e.text),
  );
  for (const ctx of [WEB, MOBILE]) {
    const notes = eventListLayout(many, {}, ctx).notes;
    assert.equal(notes.length, 2, "fourteen at each size");
    assert.match(notes[0] ?? "", /^Not drawn at this size: \d+ January 2026 — Event 1 \(UN\)\.$/);
  }
  assert.equal(eventListLayout(many, { maxEvents: 15 }, WEB).left, 1);
  assert.equal(leftOutNote(1), "One more event is in the full chart.");
  assert.equal(leftOutNote(3), "Three more events are in the full chart.");
});

test("eventListLayout(events, {}, mobile) lists every event that fits, as the web does (crossings-jan-2026's phone left out one of eleven for a cap of ten)", () => {
  const long = "Rafah: talks on reopening the crossing continue with the mediators and European monitors";
  const eleven = Array.from({ length: 11 }, (_, i) => ({
    date: day(i + 1),
    text: `${long} ${i + 1}`,
    by: "UN",
  }));
  const mobile = eventListLayout(eleven, {}, MOBILE);
  assert.equal(mobile.left, 0);
  assert.deepEqual(mobile.notes, []);
  assert.ok(mobile.height <= EVENT_LIST.mobile.maxHeight, String(mobile.height));
  // Only what does not fit the phone's height is left out, and named.
  const tall = Array.from({ length: 14 }, (_, i) => ({
    date: day(i + 1),
    text: `${long} ${long} ${i + 1}`,
    by: "UN",
  }));
  const cut = eventListLayout(tall, {}, MOBILE);
  assert.ok(cut.left > 0 && cut.height <= EVENT_LIST.mobile.maxHeight, `${cut.left}, ${cut.height}`);
  assert.ok(eventListLayout(tall, {}, MOBILE).events.length < tall.length);
  assert.ok(
    cut.notes.every((n) => /^(Not drawn at this size: |\w+ more events are in the full chart\.$)/.test(n)),
    cut.notes.join("\n"),
  );
});

test("latestEvents(events, max) leaves out the least newsworthy first, not the earliest", () => {
  const list = [
    {
      date: day(6),
      text: "Israel ties reopening to a hostage's return",
      by: "Netanyahu",
      rank: 1,
      weight: 2,
    },
    { date: day(24), text: "Envoys urge reopening", by: "Israeli media", rank: 3 },
    { date: day(25), text: "Talks in Cairo", by: "Egypt", rank: 3 },
  ];
  const { shown, leftOut } = latestEvents(list, 2);
  assert.deepEqual(
    shown.map((e) => e.text),
    ["Israel ties reopening to a hostage's return", "Talks in Cairo"],
  );
  assert.deepEqual(
    leftOut.map((e) => e.text),
    ["Envoys urge reopening"],
  );
});

test("eventListLayout(events with focus) leads with its news, set apart under its own heading, then every heading newest first", () => {
  const led = [
    ...events.map((e) => ({ ...e, focus: e.text.startsWith("Rafah: Understanding") })),
    { date: day(24), text: "Rafah: Envoys urge reopening", by: "Israeli media" },
  ];
  assert.deepEqual(
    newsOrder(led).map((e) => e.text),
    [
      "Rafah: Understanding reached on reopening",
      "Rafah: Talks held",
      "Rafah: Envoys urge reopening",
      "Rafah: Still closed",
    ],
  );
  const l = eventListLayout(led, {}, WEB);
  assert.equal(l.led, true);
  assert.deepEqual(
    l.days.map((d) => d.text),
    ["25 January 2026", "25 January 2026", "24 January 2026", "6 January 2026"],
    "the news under a heading of its own, the rest of its day under the day's",
  );
  assert.deepEqual(l.focus, [true, false, false, false]);
  // One rule, between the news and the list.
  assert.equal(l.rules.length, 1);
  const rule = l.rules[0]?.y1 ?? NaN;
  assert.ok((l.events[0]?.y ?? Infinity) < rule && rule < (l.days[1]?.y ?? -Infinity), String(rule));
  assert.deepEqual(
    latestEvents(led, 1).shown.map((e) => e.text),
    ["Rafah: Understanding reached on reopening"],
    "the news is never left out",
  );
  const plain = eventListLayout(events, {}, WEB);
  assert.equal(plain.led, false, "no focus: date order, as before");
  assert.deepEqual(plain.rules, []);
});

test("newsOrder(events): after the news, headings strictly newest first, a span by its last day, a day before 'by' that day (crossings-jan-2026 read 'By 25', 'The week of 25–31', '24', '6', 'By 6')", () => {
  const list = [
    { date: day(6), precision: "by" as const, text: "Conditions", by: "Netanyahu" },
    { date: day(6), text: "Talks", by: "Qatar" },
    { date: day(24), text: "Envoys", by: "Israeli media" },
    { date: day(25), precision: "by" as const, text: "Understanding", by: "Army Radio", focus: true },
    { date: day(25), precision: "by" as const, text: "Calls", by: "Egypt" },
    { date: day(25), precision: "week" as const, text: "Could open", by: "Walla" },
  ];
  const l = eventListLayout(list, {}, WEB);
  assert.deepEqual(
    l.days.map((d) => d.text),
    [
      "By 25 January 2026",
      "The week of 25–31 January 2026",
      "By 25 January 2026",
      "24 January 2026",
      "6 January 2026",
      "By 6 January 2026",
    ],
  );
  assert.deepEqual(
    newsOrder(list).map((e) => e.text),
    ["Understanding", "Could open", "Calls", "Envoys", "Talks", "Conditions"],
  );
});

test("eventListLayout(events, {}, {height}) lists as many events as fit the height, the news always among them", () => {
  const led = events.map((e) => ({ ...e, focus: e.text.startsWith("Rafah: Understanding") }));
  const full = eventListLayout(led, {}, WEB);
  const short = eventListLayout(led, {}, { ...WEB, height: full.height - 1 });
  assert.ok(short.height <= full.height - 1, `${short.height}`);
  assert.ok(short.left >= 1);
  assert.match(short.events[0]?.text ?? "", /^Rafah: Understanding/);
  // The card shows no notes: the list's last line says how many it leaves out.
  assert.equal(short.events.at(-1)?.text, leftOutNote(short.left));
  const one = eventListLayout(led, {}, { ...WEB, height: 1 });
  assert.match(one.events[0]?.text ?? "", /^Rafah: Understanding/, "never fewer than one: the news");
  assert.equal(one.events.at(-1)?.text, leftOutNote(led.length - 1));
});
