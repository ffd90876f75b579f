import assert from "node:assert/strict";
import { test } from "node:test";
import { loadData, parseData } from "../../src/data/load.ts";
import { formatProblem } from "../../src/data/problem.ts";
import { TABLES } from "../../src/data/schema.ts";
import { bytesOf, problemsFor, VALID } from "./fixtures.ts";

test("loadData(data/) loads every project table with rows", () => {
  const result = loadData("data");
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  for (const name of Object.keys(TABLES)) {
    assert.ok(result.data[name as keyof typeof result.data].length > 0, `${name} has rows`);
  }
});

test("parseData() types numbers as numbers and dates as UTC midnight", () => {
  const result = parseData(bytesOf());
  assert.ok(result.ok);
  const row = result.data.casualties[0]!;
  assert.equal(row.value, 34789);
  assert.equal(row.as_of.toISOString(), "2024-05-07T00:00:00.000Z");
  assert.equal(row.note, null);
  assert.deepEqual(row.ref, { file: "data/casualties.csv", line: 2 });
  assert.equal(result.data.hostages[1]!.value, null);
});

test("parseData() accepts a BOM, CRLF, a trailing blank line and spaces around cells", () => {
  const casualties =
    "\uFEFFmeasure, who ,scope,place,value,qualifier,as_of,reported_by,source,note\r\n" +
    " killed ,people,war,Gaza, 34789 ,at least,2024-05-07,Gaza health ministry, afp-1 ,\r\n\r\n";
  const result = parseData(bytesOf({ casualties }));
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  assert.equal(result.data.casualties[0]!.value, 34789);
  assert.equal(result.data.casualties[0]!.source, "afp-1");
});

test("parseData() reads a quoted cell with commas, quotes and a line break", () => {
  const casualties = VALID.casualties.replace(/,\n$/, ',"a, ""b""\nc"\n');
  const result = parseData(bytesOf({ casualties }));
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  assert.equal(result.data.casualties[0]!.note, 'a, "b"\nc');
});

const header = VALID.casualties.split("\n")[0];
const row = (cells: string) => `${header}\n${cells}\n`;

const cases: [string, Parameters<typeof problemsFor>[0], string[]][] = [
  [
    "a missing column",
    { casualties: VALID.casualties.replace(",note", "").replace(/,\n$/, "\n") },
    ["data/casualties.csv:1:65: missing column: note"],
  ],
  [
    "an unknown column",
    { casualties: VALID.casualties.replace("place", "plac") },
    [
      'data/casualties.csv:1:19: unknown column "plac": expected measure, who, scope, place, value, qualifier, as_of, reported_by, source, note',
      "data/casualties.csv:1:69: missing column: place",
    ],
  ],
  [
    "a duplicated column",
    {
      hostages:
        "measure,value,value,qualifier,as_of,reported_by,source,note\nheld,1,1,exact,2024-05-07,x,afp-1,\n",
    },
    ["data/hostages.csv:1:15: duplicated column: value"],
  ],
  [
    "an empty required cell",
    { casualties: row("killed,,war,Gaza,34789,at least,2024-05-07,Gaza health ministry,afp-1,") },
    ["data/casualties.csv:2:8: empty cell: who is required"],
  ],
  [
    "a number with letters",
    { casualties: row("killed,people,war,Gaza,34789x,at least,2024-05-07,Gaza health ministry,afp-1,") },
    ["data/casualties.csv:2:24: value: not a number: 34789x"],
  ],
  [
    "a number with thousands separators",
    { casualties: row('killed,people,war,Gaza,"34,789",at least,2024-05-07,Gaza health ministry,afp-1,') },
    ["data/casualties.csv:2:24: value: thousands separators are not allowed: write 34789, not 34,789"],
  ],
  [
    "an infinite number",
    { casualties: row("killed,people,war,Gaza,1e999,at least,2024-05-07,Gaza health ministry,afp-1,") },
    ["data/casualties.csv:2:24: value: not a finite number: 1e999"],
  ],
  [
    "a negative count",
    { casualties: row("killed,people,war,Gaza,-5,at least,2024-05-07,Gaza health ministry,afp-1,") },
    ["data/casualties.csv:2:24: value: a count cannot be negative: -5"],
  ],
  [
    "an impossible date",
    { casualties: row("killed,people,war,Gaza,5,at least,2024-02-30,Gaza health ministry,afp-1,") },
    ["data/casualties.csv:2:35: as_of: not a real date: 2024-02-30"],
  ],
  [
    "a date that is not ISO",
    { casualties: row("killed,people,war,Gaza,5,at least,7 May 2024,Gaza health ministry,afp-1,") },
    ["data/casualties.csv:2:35: as_of: not an ISO date (YYYY-MM-DD): 7 May 2024"],
  ],
  [
    "an unknown qualifier",
    { casualties: row("killed,people,war,Gaza,5,roughly,2024-05-07,Gaza health ministry,afp-1,") },
    [
      'data/casualties.csv:2:26: qualifier: unknown value "roughly": expected one of exact, about, at least, more than, nearly, up to, estimated',
    ],
  ],
  [
    "an upper-case enumerated value",
    { casualties: row("Killed,people,war,Gaza,5,exact,2024-05-07,Gaza health ministry,afp-1,") },
    ['data/casualties.csv:2:1: measure: unknown value "Killed": expected one of killed, injured'],
  ],
  [
    "an unknown source id",
    { casualties: row("killed,people,war,Gaza,5,exact,2024-05-07,Gaza health ministry,afp-9,") },
    ["data/casualties.csv:2:64: unknown source id afp-9: not in data/sources.csv"],
  ],
  [
    "a duplicate source id",
    { sources: VALID.sources + "afp-1,AFP,inferred,Other,own,2024-05-08,inferred,,c.txt\n" },
    ["data/sources.csv:4:1: duplicate source id afp-1: already on line 2"],
  ],
  [
    "a duplicate row",
    { casualties: VALID.casualties + VALID.casualties.split("\n")[1]!.replace(/,$/, ",another note") + "\n" },
    ["data/casualties.csv:3:1: duplicate row: same figure as line 2"],
  ],
  [
    "an interval that ends before it starts",
    { closures: VALID.closures.replace("day,,", "day,2024-05-01,") },
    ["data/closures.csv:2:22: interval ends before it starts: 2024-05-01 is before 2024-05-07"],
  ],
  [
    "an unterminated quote",
    {
      casualties:
        row('killed,"people,war,Gaza,5,exact,2024-05-07,Gaza health ministry,afp-1,') +
        "killed,people,war,Gaza,6,exact,2024-05-07,Gaza health ministry,afp-1,\n",
    },
    ['data/casualties.csv:2:8: unterminated quote: no closing " before the end of the file'],
  ],
  [
    "a row with too many cells",
    { casualties: row("killed,people,war,Gaza,5,exact,2024-05-07,Gaza health ministry,afp-1,,extra") },
    ["data/casualties.csv:2:71: row has 11 cells, header has 10"],
  ],
  [
    "a row with too few cells",
    { casualties: row("killed,people,war,Gaza,5,exact,2024-05-07,Gaza health ministry,afp-1") },
    ["data/casualties.csv:2:69: row has 9 cells, header has 10"],
  ],
  ["an empty file", { events: "" }, ["data/events.csv:1:1: file is empty"]],
  ["a file of blank lines", { events: "\n\r\n  \n" }, ["data/events.csv:1:1: file is empty"]],
  [
    "a file that is not UTF-8",
    {
      casualties: Buffer.from(
        row("killed,people,war,Gaza,5,exact,2024-05-07,Gaza health ministry,afp-1,caf\xe9"),
        "latin1",
      ),
    },
    ["data/casualties.csv:2:73: file is not UTF-8: save it as UTF-8 (CSV UTF-8 in Excel)"],
  ],
  ["a missing file", { humanitarian: null }, ["data/humanitarian.csv:1:1: file not found"]],
  [
    "a hostage value with qualifier all",
    { hostages: VALID.hostages.replace(",,all", ",20,all") },
    ['data/hostages.csv:3:17: value must be empty when qualifier is "all" (the article gives no number): 20'],
  ],
  [
    "a publisher with basis unidentified",
    { sources: VALID.sources.replace(",AFP,inferred", ",AFP,unidentified") },
    [
      'data/sources.csv:2:11: publisher_basis is "unidentified" exactly when publisher is empty, got unidentified',
    ],
  ],
];

for (const [what, overrides, expected] of cases) {
  test(`parseData() refuses ${what} with file:line:column`, () => {
    assert.deepEqual(problemsFor(overrides), expected);
  });
}

test("parseData() lists every problem in a file at once, in order", () => {
  const casualties =
    row("killed,people,war,Gaza,-1,roughly,2024-13-01,,afp-9,") +
    "wounded,people,war,Gaza,1,exact,2024-05-07,x,afp-1,\n";
  assert.deepEqual(problemsFor({ casualties, events: "" }), [
    "data/casualties.csv:2:24: value: a count cannot be negative: -1",
    'data/casualties.csv:2:27: qualifier: unknown value "roughly": expected one of exact, about, at least, more than, nearly, up to, estimated',
    "data/casualties.csv:2:35: as_of: not a real date: 2024-13-01",
    "data/casualties.csv:2:46: empty cell: reported_by is required",
    'data/casualties.csv:3:1: measure: unknown value "wounded": expected one of killed, injured',
    "data/events.csv:1:1: file is empty",
  ]);
});

test("parseData(bytes) refuses a reporter named twice, at the second name", () => {
  assert.deepEqual(
    problemsFor({
      reporters: "name,display,article,number,note\nUN,,the,singular,\nHamas,,,singular,\nUN,,,plural,\n",
    }),
    ["data/reporters.csv:4:1: duplicate reporter name UN: already on line 2"],
  );
});
