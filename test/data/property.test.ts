import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { parseData } from "../../src/data/load.ts";
import { bytesOf, VALID } from "./fixtures.ts";
import type { TableName } from "../../src/data/load.ts";

const LOCATED = /^data\/[a-z]+\.csv:\d+:\d+: \S/;

/** Every answer is rows or located problems; nothing else escapes. */
function assertWellFormed(result: ReturnType<typeof parseData>): void {
  if (result.ok) return;
  assert.ok(result.problems.length > 0);
  for (const p of result.problems) {
    assert.ok(p.line >= 1 && p.column >= 1, `1-based position: ${JSON.stringify(p)}`);
    assert.match(`${p.file}:${p.line}:${p.column}: ${p.message}`, LOCATED);
  }
}

// Characters that matter to CSV, plus ordinary ones, so random text hits quotes, separators and line ends often.
const csvChar = fc.constantFrom(
  ",",
  '"',
  "\n",
  "\r",
  " ",
  "\uFEFF",
  "a",
  "1",
  "-",
  "é",
  "2024-05-07",
  "exact",
  "afp-1",
  "killed",
);
const csvText = fc.array(csvChar, { maxLength: 200 }).map((parts) => parts.join(""));

test("parseData(random text) returns rows or located problems, never throws", () => {
  fc.assert(
    fc.property(
      fc.constantFrom<TableName>("casualties", "sources", "hostages", "closures"),
      csvText,
      (table, text) => {
        assertWellFormed(parseData(bytesOf({ [table]: text })));
      },
    ),
    { numRuns: 500 },
  );
});

test("parseData(a valid table with random edits) returns rows or located problems", () => {
  fc.assert(
    fc.property(fc.nat(), fc.array(fc.tuple(fc.nat(), csvChar), { maxLength: 5 }), (seed, edits) => {
      let text = VALID.casualties;
      for (const [at, ch] of edits) {
        const i = (seed + at) % (text.length + 1);
        text = text.slice(0, i) + ch + text.slice(i);
      }
      assertWellFormed(parseData(bytesOf({ casualties: text })));
    }),
    { numRuns: 500 },
  );
});

test("parseData(random bytes) reports invalid UTF-8 with a position", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      assertWellFormed(parseData(bytesOf({ events: bytes })));
    }),
    { numRuns: 300 },
  );
});
