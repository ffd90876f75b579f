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
  const many = Array.from({ length: 12 }, (_, i) => ({ date: day(i + 1), text: `Event ${i + 1}`, by: "UN" }));
  const { shown, left } = latestEvents(many, 10);
  assert.equal(left, 2);
  assert.deepEqual(
    shown.map((e) => e.text),
    many.slice(2).map((e) => e.text),
  );
  const notes = eventListLayout(many, {}, MOBILE).notes;
  assert.equal(notes.length, 2);
  assert.match(notes[0] ?? "", /^Not listed at this size: \d+ January 2026 — Event 1 \(UN\)\.$/);
  assert.deepEqual(eventListLayout(many, {}, WEB).notes, [], "the web lists fourteen");
  assert.equal(eventListLayout(many, { maxEvents: 11 }, WEB).left, 1);
  assert.equal(leftOutNote(1), "One more event is not listed at this size.");
  assert.equal(leftOutNote(3), "Three more events are not listed at this size.");
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

test("eventListLayout(events with focus) leads with its news: the focused event first, then the other days newest first", () => {
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
    ["25 January 2026", "24 January 2026", "6 January 2026"],
  );
  assert.deepEqual(l.focus, [true, false, false, false]);
  assert.deepEqual(
    latestEvents(led, 1).shown.map((e) => e.text),
    ["Rafah: Understanding reached on reopening"],
    "the news is never left out",
  );
  assert.equal(eventListLayout(events, {}, WEB).led, false, "no focus: date order, as before");
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
