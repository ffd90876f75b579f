import assert from "node:assert/strict";
import { test } from "node:test";
import { propose } from "./fixtures.ts";

const cells = (text: string, published: string, table: string, columns: string[]) =>
  propose(text, published)
    .filter((p) => p.table === table)
    .map((p) => columns.map((c) => p.row[c]).join(" · "));

test("proposeRows(text) dates a closure's start with its precision, or says it is unknown", () => {
  assert.deepEqual(
    cells("Israel has kept the Rafah crossing closed since May 2024.", "2026-01-06", "closures", [
      "crossing",
      "from",
      "from_precision",
      "as_of",
    ]),
    ["rafah · 2024-05-01 · month · 2026-01-06"],
  );
  assert.deepEqual(
    cells(
      "Israel sent ground troops into Rafah on Monday night, seizing the main border crossing.",
      "2024-05-07",
      "closures",
      ["crossing", "from", "from_precision"],
    ),
    ["rafah · 2024-05-06 · night"],
  );
  assert.deepEqual(
    cells("The UN said Israel had denied it access to Kerem Shalom crossing.", "2024-05-07", "closures", [
      "crossing",
      "from",
      "from_precision",
      "reported_by",
    ]),
    ["kerem_shalom · 2024-05-07 · unknown · UN"],
  );
});

test("proposeRows(text) reads events at a crossing with their kind, day and reporter", () => {
  assert.deepEqual(
    cells(
      "White House press secretary Karine Jean-Pierre told a briefing the closure was unacceptable.\nShe said the Kerem Shalom crossing was expected to reopen on Wednesday.",
      "2024-05-07",
      "events",
      ["date", "precision", "crossing", "kind", "reported_by"],
    ),
    ["2024-05-08 · day · kerem_shalom · reopening_expected · White House press secretary Karine Jean-Pierre"],
  );
  assert.deepEqual(
    cells(
      "Under the ceasefire that took effect on October 10, the crossing stayed shut.",
      "2026-01-06",
      "events",
      ["date", "crossing", "kind"],
    ),
    ["2025-10-10 · none · ceasefire"],
  );
});

test("proposeRows(text) makes a closure the article tells twice one row, the one that dates it", () => {
  const text =
    "Israel seized the Rafah crossing on Tuesday.\nThe closure of the crossing is damaging, the UN said.";
  assert.deepEqual(cells(text, "2024-05-07", "closures", ["crossing", "from_precision", "passage"]), [
    "rafah · day · p1.s1",
  ]);
});
