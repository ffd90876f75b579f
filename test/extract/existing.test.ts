import assert from "node:assert/strict";
import { test } from "node:test";
import { readCsvText } from "../../src/extract/csvFile.ts";
import { markExisting } from "../../src/extract/existing.ts";
import { propose } from "./fixtures.ts";

const CASUALTIES = `measure,who,scope,place,value,qualifier,hedge,as_of,reported_by,source,passage,cause,note
killed,people,since_ceasefire,Gaza,350,more than,,2026-01-06,Gaza health ministry,test-source,p1.s1,,
killed,Palestinians,since_ceasefire,Gaza,365,exact,,2026-01-06,Palestinian health officials,other-source,p4.s2,,
`;

test("markExisting(rows) marks a row the table already holds for the same article as a duplicate", () => {
  const rows = propose(
    "More than 350 people have died since the truce started, according to Gaza's health ministry.",
    "2026-01-06",
  );
  const [marked] = markExisting(rows, { casualties: readCsvText("data/casualties.csv", CASUALTIES) });
  assert.equal(marked?.duplicate_of, "data/casualties.csv:2");
  assert.deepEqual(marked?.beside, []);
});

test("markExisting(rows) marks another figure for the same measure and day as a new report beside it, not a replacement", () => {
  const rows = propose(
    "At least 380 people have died since the truce, the Gaza health ministry said.",
    "2026-01-06",
  );
  const [marked] = markExisting(rows, { casualties: readCsvText("data/casualties.csv", CASUALTIES) });
  assert.equal(marked?.duplicate_of, null);
  assert.deepEqual(marked?.beside, [
    "data/casualties.csv:2 (350, Gaza health ministry)",
    "data/casualties.csv:3 (365, Palestinian health officials)",
  ]);
});

test("markExisting(rows) reads a held_believed_dead row as the held_dead the schema is renaming it to", () => {
  const rows = propose(
    "Army officials say the militants are holding 104 hostages and believe 29 of them are dead.",
    "2024-05-07",
  );
  const hostages = readCsvText(
    "data/hostages.csv",
    "measure,value,qualifier,hedge,as_of,reported_by,source,passage,note\nheld_believed_dead,29,exact,,2024-05-07,Army officials,test-source,p1.s1,\n",
  );
  assert.deepEqual(
    markExisting(rows, { hostages }).map((r) => r.duplicate_of),
    [null, "data/hostages.csv:2"],
  );
});

test("readCsvText keeps columns the schema does not have yet, and reports a broken quote on its line", () => {
  const csv = readCsvText("data/x.csv", "a,language,confidence\n1,en,high\n");
  assert.deepEqual(csv.rows[0]?.cells, { a: "1", language: "en", confidence: "high" });
  assert.throws(
    () => readCsvText("data/x.csv", 'a,b\n"open,2\n'),
    /data\/x\.csv:2:1: quoted field is never closed/,
  );
});
