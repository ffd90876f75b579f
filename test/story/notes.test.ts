import assert from "node:assert/strict";
import { test } from "node:test";
import { figureNotes, missingNotes } from "../../src/story/notes.ts";
import { NAMES, fig, type Fig } from "./fixtures.ts";

const injured = (r: Fig): Fig => ({ ...r, measure: "injured" });

test("missingNotes(rows) names each of one or two reports that lack a measure others give", () => {
  const rows = [
    fig(34_789, "2024-05-07", "Gaza health ministry"),
    injured(fig(78_204, "2024-05-07", "Gaza health ministry")),
    fig(484, "2026-01-25", "Israeli officials", "anon-2"),
  ];
  assert.deepEqual(missingNotes(rows, NAMES), [
    // Named by its article, citing who gave the figure: no body is said to have issued a report.
    "A news report of 25 January 2026 citing Israeli officials gives no injured figure.",
  ]);
  assert.deepEqual(missingNotes(rows.slice(0, 2), NAMES), []);
  assert.deepEqual(missingNotes([rows[0] as Fig, rows[2] as Fig], NAMES), [], "one measure: nothing lacks");
});

test("missingNotes(rows) summarises more than two reports lacking the same measure in one short note", () => {
  const days = ["2026-01-06", "2026-01-10", "2026-01-15", "2026-01-20", "2026-01-25", "2026-01-30"];
  const rows = [
    fig(1_000, "2024-05-07", "Gaza health ministry"),
    injured(fig(2_000, "2024-05-07", "Gaza health ministry")),
    ...days.map((d) => injured(fig(400, d, "AFP"))),
  ];
  const three = missingNotes(rows.slice(0, 5), NAMES);
  assert.deepEqual(three, ["Three reports, 6 to 15 January 2026, give no killed figure."]);
  const six = missingNotes(rows, NAMES);
  assert.deepEqual(six, ["Six reports, 6 to 30 January 2026, give no killed figure."]);
  // Ten or more is a figure, which never opens a sentence.
  const ten = [
    ...rows.slice(0, 2),
    ...Array.from({ length: 10 }, (_, i) => injured(fig(400, `2026-02-${String(i + 10)}`, "AFP"))),
  ];
  assert.deepEqual(missingNotes(ten, NAMES), [
    "No killed figure is given in 10 reports, 10 to 19 February 2026.",
  ]);
});

test("figureNotes(rows) calls figures of one day that cannot both be true a difference, and never a change from one day to the next", () => {
  const rows = [
    fig(380, "2026-01-06", "Israeli officials", "anon-1"),
    fig(400, "2026-01-06", "Gaza health ministry", "anon-1", "more than"),
    fig(484, "2026-01-25", "Gaza health ministry", "anon-2", "at least"),
  ];
  const notes = figureNotes(rows, NAMES, () => "the number killed");
  assert.deepEqual(notes, [
    "On 6 January 2026, reports differ on the number killed: 380 (Israeli officials) and more than 400 (Gaza health ministry). Each is shown as reported.",
  ]);
  assert.deepEqual(
    figureNotes(rows.slice(2), NAMES, () => "the number killed"),
    [],
  );
});

test("figureNotes(rows) tells figures of one day that can both be true as agreeing: 'more than 400' and '422'", () => {
  const rows = [
    fig(422, "2026-01-06", "Israeli officials", "anon-1"),
    fig(400, "2026-01-06", "Gaza health ministry", "anon-1", "more than"),
  ];
  assert.deepEqual(
    figureNotes(rows, NAMES, () => "the number killed"),
    [
      "On 6 January 2026, reports give more than 400 (Gaza health ministry) and 422 (Israeli officials) for the number killed; both can be true.",
    ],
  );
});

test("figureNotes(rows) tells two figures from one report as that report's, not as two reports", () => {
  const rows = [
    fig(71_700, "2026-01-25", "Gaza health ministry", "anon-2", "more than"),
    fig(71_720, "2026-01-25", "Gaza health ministry", "anon-2", "more than"),
  ];
  assert.deepEqual(
    figureNotes(rows, NAMES, () => "the number killed"),
    [
      "On 25 January 2026, one report (Gaza health ministry) gives two figures for the number killed: more than 71,700 and more than 71,720.",
    ],
  );
});
