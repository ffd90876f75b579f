import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import {
  articlesBeside,
  loadData,
  parseData,
  type TableBytes,
  type TableMemo,
  type TableName,
} from "../../src/data/load.ts";
import { formatProblem } from "../../src/errors.ts";
import { TABLES } from "../../src/data/schema.ts";
import { keyHash } from "../../src/data/duplicates.ts";
import { readTable } from "../../src/data/table.ts";
import { bytesOf, problemsFor, TODAY, VALID } from "./fixtures.ts";

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
    "\uFEFFmeasure, who ,scope,place,value,qualifier,hedge,as_of,reported_by,source,passage,cause,note\r\n" +
    " killed ,people,war,Gaza, 34789 ,at least, ,2024-05-07,Gaza health ministry, afp-1 , p1.s1 ,,\r\n\r\n";
  const result = parseData(bytesOf({ casualties }));
  assert.ok(result.ok, result.ok ? "" : result.problems.map(formatProblem).join("\n"));
  assert.equal(result.data.casualties[0]!.value, 34789);
  assert.equal(result.data.casualties[0]!.source, "afp-1");
  assert.equal(result.data.casualties[0]!.hedge, null);
  assert.equal(result.data.casualties[0]!.passage, "p1.s1");
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
    ["data/casualties.csv:1:85: missing column: note"],
  ],
  [
    "an unknown column",
    { casualties: VALID.casualties.replace("place", "plac") },
    [
      'data/casualties.csv:1:19: unknown column "plac": expected measure, who, scope, place, value, qualifier, hedge, as_of, reported_by, source, passage, cause, note',
      "data/casualties.csv:1:89: missing column: place",
    ],
  ],
  [
    "a duplicated column",
    {
      hostages:
        "measure,value,value,qualifier,hedge,as_of,reported_by,source,passage,note\nheld,1,1,exact,,2024-05-07,x,afp-1,,\n",
    },
    ['data/hostages.csv:1:15: duplicated column: "value"'],
  ],
  [
    "an empty required cell",
    { casualties: row("killed,,war,Gaza,34789,at least,,2024-05-07,Gaza health ministry,afp-1,,,") },
    ["data/casualties.csv:2:8: empty cell: who is required"],
  ],
  [
    "a number with letters",
    { casualties: row("killed,people,war,Gaza,34789x,at least,,2024-05-07,Gaza health ministry,afp-1,,,") },
    ['data/casualties.csv:2:24: value: not a number: "34789x"'],
  ],
  [
    "a number with thousands separators",
    { casualties: row('killed,people,war,Gaza,"34,789",at least,,2024-05-07,Gaza health ministry,afp-1,,,') },
    ['data/casualties.csv:2:24: value: thousands separators are not allowed: write 34789, not "34,789"'],
  ],
  [
    "an infinite number",
    { casualties: row("killed,people,war,Gaza,1e999,at least,,2024-05-07,Gaza health ministry,afp-1,,,") },
    ['data/casualties.csv:2:24: value: a count is written in plain digits, without an exponent: "1e999"'],
  ],
  [
    "a negative count",
    { casualties: row("killed,people,war,Gaza,-5,at least,,2024-05-07,Gaza health ministry,afp-1,,,") },
    ['data/casualties.csv:2:24: value: a count cannot be negative: "-5"'],
  ],
  [
    "an impossible date",
    { casualties: row("killed,people,war,Gaza,5,at least,,2024-02-30,Gaza health ministry,afp-1,,,") },
    ['data/casualties.csv:2:36: as_of: not a real date: "2024-02-30"'],
  ],
  [
    "a date that is not ISO",
    { casualties: row("killed,people,war,Gaza,5,at least,,7 May 2024,Gaza health ministry,afp-1,,,") },
    ['data/casualties.csv:2:36: as_of: not an ISO date (YYYY-MM-DD): "7 May 2024"'],
  ],
  [
    "an unknown qualifier",
    { casualties: row("killed,people,war,Gaza,5,roughly,,2024-05-07,Gaza health ministry,afp-1,,,") },
    [
      'data/casualties.csv:2:26: qualifier: unknown value "roughly": expected one of exact, about, at least, more than, nearly, up to, estimated',
    ],
  ],
  [
    "an upper-case enumerated value",
    { casualties: row("Killed,people,war,Gaza,5,exact,,2024-05-07,Gaza health ministry,afp-1,,,") },
    ['data/casualties.csv:2:1: measure: unknown value "Killed": expected one of killed, injured'],
  ],
  [
    "an unknown source id",
    { casualties: row("killed,people,war,Gaza,5,exact,,2024-05-07,Gaza health ministry,afp-9,,,") },
    ['data/casualties.csv:2:65: unknown source id "afp-9": not in data/sources.csv'],
  ],
  [
    "a duplicate source id",
    { sources: VALID.sources + "afp-1,AFP,inferred,Other,own,2024-05-08,inferred,,c.txt\n" },
    ['data/sources.csv:4:1: duplicate source id "afp-1": already on line 2'],
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
        row('killed,"people,war,Gaza,5,exact,,2024-05-07,Gaza health ministry,afp-1,,,') +
        "killed,people,war,Gaza,6,exact,,2024-05-07,Gaza health ministry,afp-1,,,\n",
    },
    ["data/casualties.csv:2:8: quoted field is never closed"],
  ],
  [
    "a row with too many cells",
    { casualties: row("killed,people,war,Gaza,5,exact,,2024-05-07,Gaza health ministry,afp-1,,,,extra") },
    ["data/casualties.csv:2:74: row has 14 cells, header has 13"],
  ],
  [
    "a row with too few cells",
    { casualties: row("killed,people,war,Gaza,5,exact,,2024-05-07,Gaza health ministry,afp-1,,") },
    ["data/casualties.csv:2:72: row has 12 cells, header has 13"],
  ],
  [
    "a passage that is not a locator",
    { casualties: row("killed,people,war,Gaza,5,exact,,2024-05-07,Gaza health ministry,afp-1,12.1,,") },
    ['data/casualties.csv:2:71: passage: not a locator "12.1": write p12.s1, p12.s1-s2 or p12.s1-p13.s2'],
  ],
  [
    "an unknown hedge",
    { casualties: row("killed,people,war,Gaza,5,exact,probably,2024-05-07,Gaza health ministry,afp-1,,,") },
    [
      'data/casualties.csv:2:32: hedge: unknown value "probably": expected one of believed, reportedly, allegedly, presumed, feared, thought, said to be, could',
    ],
  ],
  [
    "a weekend-precision date that is not a Saturday",
    { events: VALID.events.replace("2024-05-07,day,rafah", "2024-05-05,weekend,rafah") },
    ["data/events.csv:2:1: a weekend-precision date is written as the Saturday of the weekend: 2024-05-05"],
  ],
  ["an empty file", { events: "" }, ["data/events.csv:1:1: file is empty"]],
  ["a file of blank lines", { events: "\n\r\n  \n" }, ["data/events.csv:1:1: file is empty"]],
  [
    "a file that is not UTF-8",
    {
      casualties: Buffer.from(
        row("killed,people,war,Gaza,5,exact,,2024-05-07,Gaza health ministry,afp-1,,,caf\xe9"),
        "latin1",
      ),
    },
    ["data/casualties.csv:2:76: file is not UTF-8: save it as UTF-8 (CSV UTF-8 in Excel)"],
  ],
  ["a missing file", { humanitarian: null }, ["data/humanitarian.csv: file not found"]],
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
    row("killed,people,war,Gaza,-1,roughly,,2024-13-01,,afp-9,,,") +
    "wounded,people,war,Gaza,1,exact,,2024-05-07,x,afp-1,,,\n";
  assert.deepEqual(problemsFor({ casualties, events: "" }), [
    'data/casualties.csv:2:24: value: a count cannot be negative: "-1"',
    'data/casualties.csv:2:27: qualifier: unknown value "roughly": expected one of exact, about, at least, more than, nearly, up to, estimated',
    'data/casualties.csv:2:36: as_of: not a real date: "2024-13-01"',
    "data/casualties.csv:2:47: empty cell: reported_by is required",
    'data/casualties.csv:2:48: unknown source id "afp-9": not in data/sources.csv',
    'data/casualties.csv:3:1: measure: unknown value "wounded": expected one of killed, injured',
    "data/events.csv:1:1: file is empty",
  ]);
});

test("parseData() accepts a night-precision date, and a weekend dated by its Saturday", () => {
  const night = {
    events: VALID.events.replace("2024-05-07,day,rafah", "2024-05-07,night,rafah"),
    closures: VALID.closures.replace("rafah,2024-05-07,day,", "rafah,2024-05-07,night,"),
  };
  assert.deepEqual(problemsFor(night), []);
  const result = parseData(bytesOf(night));
  assert.ok(result.ok);
  assert.equal(result.data.events[0]!.precision, "night");
  assert.equal(result.data.closures[0]!.from_precision, "night");
  assert.deepEqual(
    problemsFor({ events: VALID.events.replace("2024-05-07,day,rafah", "2024-05-04,weekend,rafah") }),
    [],
  );
});

test("parseData(bytes) refuses a reporter named twice, at the second name", () => {
  assert.deepEqual(
    problemsFor({
      reporters:
        "name,display,article,number,aliases,note\nUN,,the,singular,,\nHamas,,,singular,,\nUN,,,plural,,\n",
    }),
    ['data/reporters.csv:4:1: duplicate reporter name "UN": already on line 2'],
  );
});

const casualty = (cells: Partial<Record<"who" | "value" | "as_of" | "note", string>>) =>
  row(
    `killed,${cells.who ?? "people"},war,Gaza,${cells.value ?? "34789"},at least,,${cells.as_of ?? "2024-05-07"},Gaza health ministry,afp-1,,,${cells.note ?? ""}`,
  );

test("parseData() quotes at most 40 characters of a cell in a message, escaped", () => {
  const long = "root:x:0:0:root:/root:/bin/bash:".repeat(5);
  assert.deepEqual(problemsFor({ casualties: casualty({ value: long }) }), [
    `data/casualties.csv:2:24: value: not a number: "${long.slice(0, 40)}…"`,
  ]);
  assert.deepEqual(
    problemsFor({ casualties: VALID.casualties.replace("measure", `${"x".repeat(100)}"\\`) }).slice(0, 1),
    [
      `data/casualties.csv:1:1: unknown column "${"x".repeat(40)}…": expected measure, who, scope, place, value, qualifier, hedge, as_of, reported_by, source, passage, cause, note`,
    ],
  );
  assert.deepEqual(problemsFor({ casualties: VALID.casualties.replace("killed", 'Kill"ed\\') }), [
    'data/casualties.csv:2:1: measure: unknown value "Kill\\"ed\\\\": expected one of killed, injured',
  ]);
  assert.deepEqual(problemsFor({ casualties: casualty({ as_of: "x".repeat(41) }) }), [
    `data/casualties.csv:2:40: as_of: not an ISO date (YYYY-MM-DD): "${"x".repeat(40)}…"`,
  ]);
  assert.deepEqual(
    problemsFor({ sources: VALID.sources.replace("afp-1,AFP", `${"Bad Id ".repeat(10)},AFP`) }).filter((p) =>
      p.startsWith("data/sources.csv"),
    ),
    [
      `data/sources.csv:2:1: source id must be lower-case words joined by hyphens: "${"Bad Id ".repeat(10).slice(0, 40)}…"`,
    ],
  );
});

const characters: [string, string, string][] = [
  ["\x01", "U+0001", "control character"],
  ["\x1b[31m", "U+001B", "control character"],
  ["\x00", "U+0000", "control character"],
  ["\x7f", "U+007F", "control character"],
  ["\x85", "U+0085", "control character"],
  ["\x9b", "U+009B", "control character"],
  ["\v", "U+000B", "control character"],
  ["\u202e", "U+202E", "bidirectional control character"],
  ["\u202a", "U+202A", "bidirectional control character"],
  ["\u2066", "U+2066", "bidirectional control character"],
  ["\u2069", "U+2069", "bidirectional control character"],
];
for (const [ch, code, what] of characters) {
  test(`parseData() refuses ${code} in a cell at the character's line and column`, () => {
    assert.deepEqual(problemsFor({ casualties: casualty({ who: `peo${ch}ple` }) }), [
      `data/casualties.csv:2:11: ${what} ${code} is not allowed`,
    ]);
  });
}

test("parseData() refuses a control character in a quoted note on its own line and column, and in a header", () => {
  assert.deepEqual(problemsFor({ casualties: casualty({ note: '"first line\nsecond \x1b line"' }) }), [
    "data/casualties.csv:3:8: control character U+001B is not allowed",
  ]);
  const problems = problemsFor({ casualties: VALID.casualties.replace("who", "w\x00ho") });
  assert.ok(
    problems.includes("data/casualties.csv:1:10: control character U+0000 is not allowed"),
    problems.join("\n"),
  );
  assert.ok(
    problems.some((p) => p.includes('unknown column "w\\u0000ho"')),
    problems.join("\n"),
  );
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  for (const p of problems) assert.doesNotMatch(p, /[\x00-\x1f\x7f-\x9f]/);
});

test("parseData() accepts a tab inside a cell", () => {
  assert.deepEqual(problemsFor({ casualties: casualty({ note: "a\tb" }) }), []);
});

test("readTable(spec, file, text) refuses a lone surrogate", () => {
  const result = readTable(
    TABLES.reporters,
    "data/reporters.csv",
    "name,display,article,number,aliases,note\nU\ud800N,,the,singular,,\n",
  );
  assert.deepEqual(result.problems.map(formatProblem), [
    "data/reporters.csv:2:2: lone surrogate U+D800 is not allowed",
  ]);
});

const counts: [string, string | undefined][] = [
  ["0", undefined],
  ["9007199254740991", undefined],
  ["1e3", 'a count is written in plain digits, without an exponent: "1e3"'],
  ["1E2", 'a count is written in plain digits, without an exponent: "1E2"'],
  [".5e1", 'a count is written in plain digits, without an exponent: ".5e1"'],
  ["34789.0", 'a count is a whole number, without a decimal point: "34789.0"'],
  ["0.5", 'a count is a whole number, without a decimal point: "0.5"'],
  ["0034789", 'a count has no leading zeros: write 34789, not "0034789"'],
  ["00", 'a count has no leading zeros: write 0, not "00"'],
  ["+5", 'not a number: "+5"'],
  ["9007199254740992", 'a count can be at most 9007199254740991: "9007199254740992"'],
  ["9007199254740993", 'a count can be at most 9007199254740991: "9007199254740993"'],
  ["99999999999999999999999", 'a count can be at most 9007199254740991: "99999999999999999999999"'],
];
for (const [value, message] of counts) {
  test(`parseData() ${message ? "refuses" : "accepts"} the count ${value}`, () => {
    assert.deepEqual(
      problemsFor({ casualties: casualty({ value }) }),
      message ? [`data/casualties.csv:2:24: value: ${message}`] : [],
    );
  });
}

test("parseData(bytes, dir, today) refuses a date after its source was published, naming both dates", () => {
  assert.deepEqual(problemsFor({ casualties: casualty({ as_of: "2024-05-08" }) }), [
    "data/casualties.csv:2:40: as_of 2024-05-08 is after its source afp-1 was published (2024-05-07)",
  ]);
  assert.deepEqual(problemsFor({ casualties: casualty({ as_of: "2099-01-01" }) }), [
    "data/casualties.csv:2:40: as_of 2099-01-01 is after its source afp-1 was published (2024-05-07)",
  ]);
  assert.deepEqual(
    problemsFor({
      hostages: VALID.hostages.replace("held,132,exact,,2024-05-07", "held,132,exact,,2024-06-01"),
    }),
    ["data/hostages.csv:2:17: as_of 2024-06-01 is after its source afp-1 was published (2024-05-07)"],
  );
  assert.deepEqual(problemsFor({ humanitarian: VALID.humanitarian.replace("2024-05-07", "2024-05-09") }), [
    "data/humanitarian.csv:2:47: as_of 2024-05-09 is after its source afp-1 was published (2024-05-07)",
  ]);
  assert.deepEqual(
    problemsFor({
      closures: VALID.closures.replace(
        "rafah,2024-05-07,day,,2024-05-07",
        "rafah,2024-05-08,day,2024-05-09,2024-05-09",
      ),
    }),
    [
      "data/closures.csv:2:7: from 2024-05-08 is after its source afp-1 was published (2024-05-07)",
      "data/closures.csv:2:22: to 2024-05-09 is after its source afp-1 was published (2024-05-07)",
      "data/closures.csv:2:33: as_of 2024-05-09 is after its source afp-1 was published (2024-05-07)",
    ],
  );
  assert.deepEqual(
    problemsFor({
      events: VALID.events.replace("2024-05-07,day,rafah,seizure", "2024-05-08,day,rafah,seizure"),
    }),
    ["data/events.csv:2:1: date 2024-05-08 is after its source afp-1 was published (2024-05-07)"],
  );
});

test("parseData(bytes, dir, today) allows an expected reopening after its report, but not after today", () => {
  const expected = (date: string) =>
    VALID.events + `${date},day,kerem_shalom,reopening_expected,,Expected to reopen,,White House,afp-1,,\n`;
  assert.deepEqual(problemsFor({ events: expected("2024-05-08") }), []);
  assert.deepEqual(problemsFor({ events: expected("2099-01-01") }), [
    "data/events.csv:3:1: date 2099-01-01 is after today (2026-11-26)",
  ]);
  assert.deepEqual(problemsFor({ events: expected("2026-11-27") }, new Date("2026-11-26T23:59:59Z")), [
    "data/events.csv:3:1: date 2026-11-27 is after today (2026-11-26)",
  ]);
});

test("parseData(bytes, dir, today) refuses a source published after today, and rows dated after today", () => {
  assert.deepEqual(
    problemsFor({
      sources: VALID.sources.replace("descriptive,2026-01-06", "descriptive,2099-01-01"),
      hostages: VALID.hostages.replace(
        "released_living,,all,,2026-01-06",
        "released_living,,all,,2098-01-01",
      ),
    }),
    [
      "data/hostages.csv:3:23: as_of 2098-01-01 is after today (2026-11-26)",
      "data/sources.csv:3:44: published 2099-01-01 is after today (2026-11-26)",
    ],
  );
});

test("parseData(bytes, dir, today) loads the seed data on the day of its latest source, and not the day before", () => {
  const bytes: TableBytes = {};
  for (const [name, spec] of Object.entries(TABLES))
    bytes[name as TableName] = readFileSync(`data/${spec.file}`);
  const latest = "2026-01-25";
  const on = parseData(bytes, "data", new Date(`${latest}T00:00:00Z`));
  assert.ok(on.ok, on.ok ? "" : on.problems.map(formatProblem).join("\n"));
  const before = parseData(bytes, "data", new Date("2026-01-24T12:00:00Z"));
  assert.ok(!before.ok);
  const lines = before.problems.map(formatProblem);
  assert.ok(
    lines.some((l) =>
      /^data\/sources\.csv:6:\d+: published 2026-01-25 is after today \(2026-01-24\)$/.test(l),
    ),
    lines.join("\n"),
  );
});

test("parseData() reports an unterminated quote where it opens, and keeps line numbers after quoted line breaks", () => {
  const good = (n: string, note = "") =>
    `killed,people,war,Gaza,${n},exact,,2024-05-07,Gaza health ministry,afp-1,,,${note}`;
  const casualties =
    [
      header,
      good("1", '"line one\nline two"'),
      'killed,"people,war,Gaza,2,exact,,2024-05-07,Gaza health ministry,afp-1,,,',
      good("3", '"a note\nover two lines"'),
      good("4x"),
      good("5", '"x\ny"'),
      good("6y"),
    ].join("\n") + "\n";
  assert.deepEqual(problemsFor({ casualties }), [
    "data/casualties.csv:4:8: quoted field is never closed",
    'data/casualties.csv:7:24: value: not a number: "4x"',
    'data/casualties.csv:10:24: value: not a number: "6y"',
  ]);
});

test("parseData() reports text after a closing quote where it starts", () => {
  assert.deepEqual(problemsFor({ casualties: casualty({ who: '"people" x' }) }), [
    "data/casualties.csv:2:17: unexpected text after the closing quote of a quoted cell",
  ]);
});

test("parseData() lists every problem of one bad row: a bad number does not hide its unknown source or future date", () => {
  const casualties =
    "measure,who,scope,place,value,qualifier,hedge,as_of,reported_by,source,passage,cause,note\n" +
    "killed,people,war,Gaza,12x,at least,,2026-12-01,Gaza health ministry,nosuch-source,,,\n";
  assert.deepEqual(problemsFor({ casualties }), [
    'data/casualties.csv:2:24: value: not a number: "12x"',
    "data/casualties.csv:2:38: as_of 2026-12-01 is after today (2026-11-26)",
    'data/casualties.csv:2:70: unknown source id "nosuch-source": not in data/sources.csv',
  ]);
});

test("parseData() does not call a source unknown when its row in sources.csv has another bad cell", () => {
  const sources = VALID.sources.replace("2024-05-07,inferred", "07/05/2024,inferred");
  const problems = problemsFor({ sources });
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0] ?? "", /^data\/sources\.csv:2:\d+: published: /);
});

test("parseData() with an articles folder refuses a source whose article file is not there, at its file cell", () => {
  const present = new Set(["a.txt"]);
  const result = parseData(bytesOf(), "data", TODAY, {
    exists: (f) => present.has(f),
    label: "../shared/articles",
  });
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.map(formatProblem), [
    'data/sources.csv:3:63: file: no article "b.txt" in ../shared/articles: add the article there, or correct the name',
  ]);
  present.add("b.txt");
  assert.ok(parseData(bytesOf(), "data", TODAY, { exists: (f) => present.has(f), label: "x" }).ok);
});

test("articlesBeside(data) finds ../shared/articles from the project, and only plain file names in it", () => {
  const check = articlesBeside("data");
  assert.ok(check, "this project has ../shared/articles beside it");
  const sources = readFileSync("data/sources.csv", "utf8").split("\n")[1]?.split(",").at(-1) ?? "";
  assert.equal(check.exists(sources), true, sources);
  assert.equal(check.exists("../articles/" + sources), false);
  assert.equal(check.exists("nosuch.txt"), false);
});

test("rows whose key cells hash alike but differ are both kept; a true repeat of either is a duplicate of it", () => {
  // Two places whose rows share keyHash (found by search): the hash only narrows, cells decide.
  const spec = TABLES.casualties;
  const columns = Object.keys(spec.columns).flatMap((c, i) => (c === "note" ? [] : [i]));
  const cells = (place: string) => [
    "killed",
    "people",
    "war",
    place,
    "5",
    "exact",
    "",
    "2024-05-07",
    "Gaza health ministry",
    "afp-1",
    "",
    "",
    "",
  ];
  const [a, b] = collidingPlaces(cells, columns);
  const line = (place: string) => cells(place).join(",");
  const text = [Object.keys(spec.columns).join(","), line(a), line(b), line(b), line(a)].join("\n") + "\n";
  const result = readTable(spec, "data/casualties.csv", text);
  assert.deepEqual(result.problems.map(formatProblem), [
    "data/casualties.csv:4:1: duplicate row: same figure as line 3",
    "data/casualties.csv:5:1: duplicate row: same figure as line 2",
  ]);
  assert.deepEqual(
    result.rows.map((r) => r.place),
    [a, b],
  );
});

test("readTable(spec, file, text) with quoted cells: a row whose hash an earlier row has is compared with that row's cells read again from the text", () => {
  // Records are not kept while a table is read: on a hash match the earlier record's cells are
  // read again from where it starts and ends, quotes, doubled quotes and spaces included.
  const spec = TABLES.casualties;
  const columns = Object.keys(spec.columns).flatMap((c, i) => (c === "note" ? [] : [i]));
  const row = (place: string) =>
    `killed, people ,war,${place},5,exact,,2024-05-07,"Gaza ""health"" ministry",afp-1,,,"a note, with a comma"`;
  const cells = (place: string) => [
    "killed",
    "people",
    "war",
    place,
    "5",
    "exact",
    "",
    "2024-05-07",
    'Gaza "health" ministry',
    "afp-1",
    "",
    "",
    "",
  ];
  const [a, b] = collidingPlaces(cells, columns);
  const text = [Object.keys(spec.columns).join(","), row(a), row(b), row(b), row(a)].join("\r\n") + "\r\n";
  const result = readTable(spec, "data/casualties.csv", text);
  assert.deepEqual(result.problems.map(formatProblem), [
    "data/casualties.csv:4:1: duplicate row: same figure as line 3",
    "data/casualties.csv:5:1: duplicate row: same figure as line 2",
  ]);
  assert.deepEqual(
    result.rows.map((r) => [r.place, r.reported_by, r.note]),
    [
      [a, 'Gaza "health" ministry', "a note, with a comma"],
      [b, 'Gaza "health" ministry', "a note, with a comma"],
    ],
  );
});

/** Two places whose rows have the same key hash, found by trying "Place 0", "Place 1", …: a hash collision to test with. */
function collidingPlaces(cells: (place: string) => string[], columns: number[]): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const place = `Place ${i}`;
    const h = keyHash(cells(place), columns);
    const other = seen.get(h);
    if (other) return [other, place];
    seen.set(h, place);
  }
}

test("parseData(bytes, dir, today, articles, memo) takes a table whose bytes are unchanged from the memo, and reads a changed one again", () => {
  const memo: TableMemo = new Map();
  const first = parseData(bytesOf(), "data", TODAY, undefined, memo);
  assert.ok(first.ok);
  const hostages = VALID.hostages.replace("held,132,", "held,133,");
  const second = parseData(bytesOf({ hostages }), "data", TODAY, undefined, memo);
  assert.ok(second.ok);
  assert.equal(second.data.casualties, first.data.casualties, "the same rows: not read again");
  assert.notEqual(second.data.hostages, first.data.hostages);
  assert.equal(second.data.hostages[0]!.value, 133);
  // The checks across tables run again on the rows from the memo: a source now published later
  // than its rows' dates is said at each row, as without a memo.
  const sources = VALID.sources.replace("2024-05-07,inferred", "2024-05-06,inferred");
  const third = parseData(bytesOf({ hostages, sources }), "data", TODAY, undefined, memo);
  const expected = problemsFor({ hostages, sources });
  assert.ok(expected.length > 0);
  assert.deepEqual(third.ok ? [] : third.problems.map(formatProblem), expected);
});

test("parseData() with a memo says a bad table's problems on every load, as without one", () => {
  const memo: TableMemo = new Map();
  const overrides = {
    casualties: VALID.casualties.replace("34789", "34,789"),
    reporters: new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xff]),
  };
  const without = problemsFor(overrides);
  assert.equal(without.length, 2, without.join("\n"));
  for (let i = 0; i < 2; i++) {
    const result = parseData(bytesOf(overrides), "data", TODAY, undefined, memo);
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), without);
  }
});
