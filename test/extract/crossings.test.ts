import assert from "node:assert/strict";
import { test } from "node:test";
import { propose } from "./fixtures.ts";

const cells = (text: string, published: string, table: string, columns: string[]) =>
  propose(text, published)
    .filter((p) => p.table === table)
    .map((p) => columns.map((c) => p.row[c]).join(" · "));

test("proposeRows(text) dates a closure's start with its precision, or says it is unknown", () => {
  assert.deepEqual(
    cells("Egypt has kept its side of the Rafah crossing shut since March 2025.", "2026-01-06", "closures", [
      "crossing",
      "from",
      "from_precision",
      "as_of",
    ]),
    ["rafah · 2025-03-01 · month · 2026-01-06"],
  );
  assert.deepEqual(
    cells(
      "Armoured units pushed into Rafah on Monday night and seized the border crossing.",
      "2025-03-11",
      "closures",
      ["crossing", "from", "from_precision"],
    ),
    ["rafah · 2025-03-10 · night"],
  );
  assert.deepEqual(
    cells("The UN said troops had denied it access to the Kerem Shalom crossing.", "2025-03-11", "closures", [
      "crossing",
      "from",
      "from_precision",
      "reported_by",
    ]),
    ["kerem_shalom · 2025-03-11 · unknown · UN"],
  );
});

test("proposeRows(text) reads events at a crossing with their kind, day and reporter", () => {
  assert.deepEqual(
    cells(
      "Jordanian aid coordinator Rana Saleh told reporters the closure had to end.\nShe said Kerem Shalom was expected to reopen on Thursday.",
      "2025-03-11",
      "events",
      ["date", "precision", "crossing", "kind", "reported_by"],
    ),
    ["2025-03-13 · day · kerem_shalom · reopening_expected · Jordanian aid coordinator Rana Saleh"],
  );
  assert.deepEqual(
    cells(
      "Under the truce that took effect on November 3, the border post stayed closed.",
      "2026-01-06",
      "events",
      ["date", "crossing", "kind"],
    ),
    ["2025-11-03 · none · ceasefire"],
  );
});

test("proposeRows(text) makes a closure the article tells twice one row, the one that dates it", () => {
  const text =
    "Israel seized the Rafah crossing on Tuesday.\nThe closure of the crossing is damaging, the UN said.";
  assert.deepEqual(cells(text, "2024-05-07", "closures", ["crossing", "from_precision", "passage"]), [
    "rafah · day · p1.s1",
  ]);
});

test("proposeRows(text) reads 'reopened to travellers on Monday' as a reopening", () => {
  assert.deepEqual(
    cells(
      "The Rafah crossing reopened to travellers on Monday, Egyptian officials said.",
      "2026-02-03",
      "events",
      ["date", "crossing", "kind", "reported_by"],
    ),
    ["2026-02-02 · rafah · reopening · Egyptian officials"],
  );
});
