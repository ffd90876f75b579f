import assert from "node:assert/strict";
import { test } from "node:test";
import { listEvents, unlistedNote, type TimelineEvent } from "../../src/forms/timelineEvents.ts";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const event = (date: Date, label: string, rank = 1, crossing = "rafah", weight?: number): TimelineEvent => ({
  date,
  crossing,
  label,
  rank,
  ...(weight === undefined ? {} : { weight }),
});

test("listEvents(events, false, max) numbers events in date order and writes the day without the year in one year", () => {
  const listed = listEvents(
    [
      event(day(2024, 5, 7), "Seized"),
      event(day(2024, 5, 6), "Closed"),
      event(day(2024, 5, 7), "Aid halted", 1, "kerem_shalom"),
    ],
    false,
    14,
  );
  assert.deepEqual(
    listed.markers.map((m) => [m.n, m.label, m.crossing]),
    [
      [1, "Closed", "rafah"],
      [2, "Aid halted", "kerem_shalom"],
      [3, "Seized", "rafah"],
    ],
  );
  assert.deepEqual(
    listed.entries.map((e) => e.text),
    ["6 May: Closed", "7 May: Aid halted", "7 May: Seized"],
  );
  assert.equal(listed.unlisted, 0);
});

test("listEvents(events across two years, …) writes each date in full", () => {
  const listed = listEvents([event(day(2024, 5, 7), "Seized"), event(day(2026, 1, 25), "Talks")], false, 14);
  assert.deepEqual(
    listed.entries.map((e) => e.text),
    ["7 May 2024: Seized", "25 January 2026: Talks"],
  );
});

test("listEvents(events, false, max) keeps the weightiest, then the latest, and counts the rest", () => {
  const events = [
    event(day(2024, 5, 1), "Minor early", 3),
    event(day(2024, 5, 2), "Major", 1),
    event(day(2024, 5, 3), "Minor late", 3),
    event(day(2024, 5, 4), "Middle", 2),
  ];
  const listed = listEvents(events, false, 3);
  assert.deepEqual(
    listed.markers.map((m) => m.label),
    ["Major", "Minor late", "Middle"],
  );
  assert.deepEqual(
    listed.markers.map((m) => m.n),
    [1, 2, 3],
  );
  assert.equal(listed.unlisted, 1);
  assert.equal(
    unlistedNote(1),
    "One more event is not shown at this size; every event is in the chart's description.",
  );
  assert.match(unlistedNote(3), /^Three more events are not shown/);
});

test("listEvents(events, true, max) groups a day's events at one crossing under the weightiest", () => {
  const d = day(2026, 1, 25);
  const listed = listEvents(
    [
      event(d, "Talks", 2, "rafah", 1),
      event(d, "Understanding reached", 1),
      event(d, "Talks again", 2, "rafah", 3),
      event(d, "Other crossing", 2, "kerem_shalom"),
    ],
    true,
    8,
  );
  assert.deepEqual(
    listed.entries.map((e) => e.text),
    ["25 January: Understanding reached, and two more events", "25 January: Other crossing"],
  );
  const unsummarised = listEvents([event(d, "Talks", 2), event(d, "Talks again", 2, "rafah", 3)], false, 8);
  assert.equal(unsummarised.markers.length, 2);
  const weighted = listEvents(
    [event(d, "Talks", 2, "rafah", 1), event(d, "Talks again", 2, "rafah", 3)],
    true,
    8,
  );
  assert.match(
    weighted.entries[0]?.text ?? "",
    /: Talks again, and one more event$/,
    "of one rank, the one told more often leads",
  );
});

test("listEvents(events) writes an event's date as precisely as it is known: a night, a weekend, 'by' a day", () => {
  const listed = listEvents(
    [
      { ...event(day(2024, 5, 6), "Troops seize the crossing (Financial Times)"), precision: "night" },
      {
        ...event(day(2026, 1, 6), "Israel ties reopening to the remains (Benjamin Netanyahu)"),
        precision: "by",
      },
      event(day(2026, 1, 24), "US envoys urge Israel to reopen the crossing (Israeli media)"),
    ],
    false,
    14,
  );
  assert.deepEqual(
    listed.entries.map((e) => e.text),
    [
      "The night of 6–7 May 2024: Troops seize the crossing (Financial Times)",
      "By 6 January 2026: Israel ties reopening to the remains (Benjamin Netanyahu)",
      "24 January 2026: US envoys urge Israel to reopen the crossing (Israeli media)",
    ],
  );
});

test("listEvents(events with kinds, true, max) says what a day's group holds, counted by kind", () => {
  const d = day(2026, 1, 25);
  const talks = { one: "diplomatic step", many: "diplomatic steps" };
  const condition = { one: "condition for reopening", many: "conditions for reopening" };
  const listed = listEvents(
    [
      { ...event(d, "Understanding reached", 1), kind: { one: "understanding", many: "understandings" } },
      { ...event(d, "Egypt calls for reopening", 2), kind: talks },
      { ...event(d, "Talks in Istanbul", 2), kind: talks },
      { ...event(d, "Israel wants a checkpoint", 3), kind: condition },
    ],
    true,
    8,
  );
  assert.deepEqual(
    listed.entries.map((e) => e.text),
    [
      "25 January: Understanding reached, and three more events (two diplomatic steps and one condition for reopening)",
    ],
  );
});
