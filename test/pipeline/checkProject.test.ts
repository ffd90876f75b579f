/** npm run check on cells a spreadsheet would read as formulas: a warning at file:line:column each, and exit 0. */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { memoryIo } from "../../src/pipeline/report.ts";
import { checkProject } from "../../src/pipeline/checkProject.ts";
import { copyProject, removeCopy } from "../helpers.ts";

test("checkProject(root, io) warns at file:line:column on each text cell that starts like a formula, and still exits 0", async () => {
  const dir = copyProject();
  try {
    const csv = join(dir, "data/humanitarian.csv");
    const text = readFileSync(csv, "utf8");
    const row = "sheltering,Al-Muwasi,people,400000,";
    assert.ok(text.includes(row));
    const edited = text
      .replace(row, "sheltering,Al-Muwasi,+cmd|' /C calc'!A0,400000,")
      .replace(
        "UNRWA head Philippe Lazzarini,afp-2024-05-07,p44.s1-p45.s1,",
        '"=HYPERLINK(""http://evil.example"",""x"")",afp-2024-05-07,,',
      );
    // The passage is left empty: against its passage the formula would be refused as a reporter
    // the article does not name, and this test is about the warning alone.
    writeFileSync(csv, edited);
    const line = text.slice(0, text.indexOf(row)).split("\n").length;
    const columnOf = (cell: string) => {
      const at = edited.indexOf(cell);
      return at - edited.lastIndexOf("\n", at);
    };
    const io = memoryIo();
    assert.equal(await checkProject(dir, io), 0, io.stderr.join("\n"));
    assert.deepEqual(io.stderr, [
      `data/humanitarian.csv:${line}:${columnOf("+cmd")}: warning: who starts with "+", which a spreadsheet opening this file runs as a formula: "+cmd|' /C calc'!A0" (the charts' CSVs carry it as text)`,
      `data/humanitarian.csv:${line}:${columnOf('"=HYPERLINK')}: warning: reported_by starts with "=", which a spreadsheet opening this file runs as a formula: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")" (the charts' CSVs carry it as text)`,
    ]);
    assert.match(io.stdout.join("\n"), /^ok: 7 tables valid/m);
  } finally {
    removeCopy(dir);
  }
});
