import assert from "node:assert/strict";
import { test } from "node:test";
import { differNotes, missingNotes } from "../../src/story/notes.ts";
import { NAMES, fig, type Fig } from "./fixtures.ts";

const injured = (r: Fig): Fig => ({ ...r, measure: "injured" });

test("missingNotes(rows) names each of one or two reports that lack a measure others give", () => {
  const rows = [
    fig(34_789, "2024-05-07", "Gaza health ministry"),
    injured(fig(78_204, "2024-05-07", "Gaza health ministry")),
    fig(484, "2026-01-25", "Israeli officials", "anon-2"),
  ];
  assert.deepEqual(missingNotes(rows, NAMES), [
    "The report of 25 January 2026 (Israeli officials) gives no injured figure.",
  ]);
  assert.deepEqual(missingNotes(rows.slice(0, 2), NAMES), []);
  assert.deepEqual(missingNotes([rows[0] as Fig, rows[2] as Fig], NAMES), [], "one measure: nothing lacks");
});

test("missingNotes(rows) summarises more than two reports lacking the same measure in one note", () => {
  const days = ["2026-01-06", "2026-01-10", "2026-01-15", "2026-01-20", "2026-01-25", "2026-01-30"];
  const rows = [
    fig(1_000, "2024-05-07", "Gaza health ministry"),
    injured(fig(2_000, "2024-05-07", "Gaza health ministry")),
    ...days.map((d) => injured(fig(400, d, "AFP"))),
  ];
  // AFP in an AFP article is the article's own voice: "(AFP)", never "(AFP via AFP)".
  const three = missingNotes(rows.slice(0, 5), NAMES);
  assert.deepEqual(three, [
    "Three reports give no killed figure: 6 January 2026 (AFP), 10 January 2026 (AFP) and 15 January 2026 (AFP).",
  ]);
  const six = missingNotes(rows, NAMES);
  assert.equal(six.length, 1);
  assert.equal(
    six[0],
    "Six reports give no killed figure: 6 January 2026 (AFP), 10 January 2026 (AFP), 15 January 2026 (AFP), 20 January 2026 (AFP) and two others.",
  );
  assert.deepEqual(missingNotes(rows.slice(0, 7), NAMES, { max: 4 }).at(0)?.endsWith("and one other."), true);
});

test("differNotes(rows) notes reports of one day that differ, never a change from one day to the next", () => {
  const rows = [
    fig(422, "2026-01-06", "Israeli officials", "anon-1"),
    fig(400, "2026-01-06", "Gaza health ministry", "anon-1", "more than"),
    fig(484, "2026-01-25", "Gaza health ministry", "anon-2", "at least"),
  ];
  const notes = differNotes(rows, NAMES, () => "the number killed");
  assert.equal(notes.length, 1);
  assert.match(notes[0] ?? "", /^On 6 January 2026, reports differ on the number killed: /);
  assert.doesNotMatch(notes[0] ?? "", /484/);
  assert.deepEqual(
    differNotes(rows.slice(2), NAMES, () => "the number killed"),
    [],
  );
});
