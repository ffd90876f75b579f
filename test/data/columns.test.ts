/** Column types: each text column has a length limit, by kind of column, refused at file:line:column. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { TEXT_LIMITS, type Column } from "../../src/data/columns.ts";
import { formatNumber } from "../../src/format/number.ts";
import { TABLES } from "../../src/data/schema.ts";
import { problemsFor, VALID } from "./fixtures.ts";

/** VALID with one cell of a table replaced; the cell's 1-based line and column. */
function withCell(table: keyof typeof VALID, from: string, to: string) {
  const text = VALID[table];
  const at = text.indexOf(from);
  assert.ok(at >= 0, `${table} holds ${from}`);
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  return { tables: { [table]: text.slice(0, at) + to + text.slice(at + from.length) }, line, column };
}

const cases = [
  ["casualties", "reported_by", "Gaza health ministry", "name", TEXT_LIMITS.name],
  ["humanitarian", "place", "Rafah", "name", TEXT_LIMITS.name],
  ["events", "label", "Seized", "label", TEXT_LIMITS.label],
  ["sources", "headline", "A headline", "headline", TEXT_LIMITS.headline],
  ["sources", "date_note", "From weekdays", "note", TEXT_LIMITS.note],
] as const;

for (const [table, column, cell, kind, limit] of cases) {
  test(`data/${table}.csv: ${column} (a ${kind}) holds ${limit} characters, and one more is refused at file:line:column`, () => {
    // Characters, not UTF-16 units: "é" and "😀" count one each.
    const fits = withCell(table, cell, "é😀".repeat(limit / 2));
    assert.deepEqual(problemsFor(fits.tables), []);
    const over = withCell(table, cell, "x".repeat(limit + 1));
    assert.deepEqual(problemsFor(over.tables), [
      `data/${table}.csv:${over.line}:${over.column}: ${column}: longer than the ${formatNumber(limit)} characters allowed for a ${kind}: ${formatNumber(limit + 1)} characters, "${"x".repeat(40)}…"`,
    ]);
  });
}

test("a 1 MB cell is refused in one line, at once, and never reaches a chart", () => {
  const over = withCell("casualties", "Gaza health ministry", "x".repeat(1 << 20));
  const t0 = performance.now();
  const problems = problemsFor(over.tables);
  assert.equal(problems.length, 1);
  assert.match(
    problems[0] ?? "",
    /^data\/casualties\.csv:2:\d+: reported_by: longer than the 120 characters allowed for a name: 1,048,576 characters/,
  );
  assert.ok(performance.now() - t0 < 1000);
});

test("every text column of the schema has a limit, and says it in its description", () => {
  for (const [name, spec] of Object.entries(TABLES))
    for (const [column, type] of Object.entries(spec.columns) as [string, Column<unknown>][]) {
      if (!type.text) continue;
      assert.ok(type.maxLength && type.maxLength > 0, `${name}.${column}`);
      assert.match(
        type.describe,
        new RegExp(`at most ${formatNumber(type.maxLength ?? 0)} characters`),
        `${name}.${column}`,
      );
    }
  assert.equal(TABLES.casualties.columns.note.maxLength, TEXT_LIMITS.note);
  assert.equal(TABLES.casualties.columns.reported_by.maxLength, TEXT_LIMITS.name);
});
