/** A chart's "Get the data" CSV is safe to open in a spreadsheet: no text cell reads as a formula (OWASP CSV injection). */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import Papa from "papaparse";
import type { ChartRow } from "../../src/chart.ts";
import { chartCsv } from "../../src/output/chartFiles.ts";
import { NAMES } from "../story/fixtures.ts";

/** What a spreadsheet reads as a formula when it starts a cell (OWASP; NUL from ASVS 1.2.10). */
const FORMULA_START = ["=", "+", "-", "@", "\t", "\r", "\n", "\0"];

const row = (cells: Record<string, unknown>, line = 2) =>
  ({ reported_by: "UN", source: "s-1", ...cells, ref: { file: "data/humanitarian.csv", line } }) as ChartRow;

function parse(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { newline: "\n", delimiter: "," });
  assert.deepEqual(parsed.errors, []);
  return parsed.data.filter((r) => !(r.length === 1 && r[0] === ""));
}

test("chartCsv(rows) gives a text cell a spreadsheet would run as a formula a leading ' and quotes, as OWASP says", () => {
  const csv = chartCsv([
    row({ who: "+cmd|' /C calc'!A0", place: '=HYPERLINK("http://evil.example","x")', note: "@SUM(1+1)" }),
    row({ who: "-2+3", place: "\tx", note: "=1+1\nsecond line" }, 3),
  ]);
  assert.equal(
    csv,
    [
      "reported_by,source,who,place,note,row",
      `UN,s-1,"'+cmd|' /C calc'!A0","'=HYPERLINK(""http://evil.example"",""x"")","'@SUM(1+1)",data/humanitarian.csv:2`,
      `UN,s-1,"'-2+3","'\tx","'=1+1\nsecond line",data/humanitarian.csv:3`,
      "",
    ].join("\n"),
  );
});

test("chartCsv(rows) leaves numbers as numbers, negative ones too, and plain text as it is", () => {
  const csv = chartCsv([
    row({ value: -484, change: -0.5, count: 34789, who: "people", as_of: new Date("2026-01-25") }),
  ]);
  assert.equal(
    csv,
    "reported_by,source,value,change,count,who,as_of,row\nUN,s-1,-484,-0.5,34789,people,2026-01-25,data/humanitarian.csv:2\n",
  );
});

test("chartCsv(rows): every text cell reads back as its text, with a ' before it exactly when it starts like a formula; numbers read back as themselves (property)", () => {
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 20 }),
    fc
      .tuple(
        fc.constantFrom(...FORMULA_START, " ", "'", '"', ","),
        fc.string({ unit: "binary", maxLength: 20 }),
      )
      .map(([a, b]) => a + b),
  );
  const number = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(text, text, number), { minLength: 1, maxLength: 8 }), (cells) => {
      const rows = cells.map(([who, note, value], i) => row({ who, note, value }, i + 2));
      const records = parse(chartCsv(rows));
      assert.deepEqual(records[0], ["reported_by", "source", "who", "note", "value", "row"]);
      cells.forEach(([who, note, value], i) => {
        const record = records[i + 1] ?? [];
        for (const [got, given] of [
          [record[2], who],
          [record[3], note],
        ]) {
          const formula = FORMULA_START.some((c) => given?.startsWith(c));
          assert.equal(got, formula ? `'${given}` : given);
          assert.ok(!FORMULA_START.some((c) => got?.startsWith(c)), JSON.stringify(got));
        }
        assert.equal(record[4], String(value), "a number is written as itself, sign and all");
        assert.equal(Number(record[4]), Object.is(value, -0) ? 0 : value);
      });
    }),
    { numRuns: 500 },
  );
});

test("chartCsv(rows, names) tells a reader who the chart credits and the article's date, never 'unattributed' alone", () => {
  const csv = chartCsv(
    [
      row({ reported_by: "unattributed", source: "paper-1", value: 132 }),
      row({ reported_by: "Israeli officials", source: "paper-1", value: 37 }, 3),
      row({ reported_by: "unattributed", source: "anon-1", value: 28 }, 4),
    ],
    NAMES,
  );
  const [head, ...rows] = parse(csv);
  assert.deepEqual(head?.slice(-3), ["credit", "published", "row"]);
  assert.deepEqual(
    rows.map((r) => r.slice(-3, -1)),
    [
      ["Financial Times", "2024-05-07"],
      ["Israeli officials via Financial Times", "2024-05-07"],
      ["news report", "2026-01-06"],
    ],
  );
});
