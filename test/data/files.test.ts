import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { check } from "../../src/cli/check.ts";
import { fileProblem, formatProblem, UserError } from "../../src/errors.ts";
import { loadData, type TableName } from "../../src/data/load.ts";
import { TABLES } from "../../src/data/schema.ts";
import { TODAY, VALID } from "./fixtures.ts";

let root: string;
let data: string;

before(() => {
  // data/ two levels down, so ../shared/articles is this test's own (absent) folder.
  root = mkdtempSync(join(tmpdir(), "rf-files-"));
  data = join(root, "project", "data");
});
after(() => rmSync(root, { recursive: true, force: true }));

/** A fresh data/ folder of valid tables; `change` then breaks it on disk. */
function problemsOnDisk(change: () => void): string[] {
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  for (const name of Object.keys(TABLES) as TableName[])
    writeFileSync(join(data, TABLES[name].file), VALID[name]);
  change();
  const result = loadData(data, "data", TODAY);
  return result.ok ? [] : result.problems.map(formatProblem);
}

test("loadData(dir) refuses a table that is a symbolic link, without reading through it", () => {
  const problems = problemsOnDisk(() => {
    rmSync(join(data, "events.csv"));
    symlinkSync("/etc/passwd", join(data, "events.csv"));
  });
  assert.deepEqual(problems, ["data/events.csv: not a regular file (symbolic link)"]);
});

test("loadData(dir) refuses a link to another table inside data/ too", () => {
  const problems = problemsOnDisk(() => {
    rmSync(join(data, "events.csv"));
    writeFileSync(join(data, "other.csv"), VALID.events);
    symlinkSync("other.csv", join(data, "events.csv"));
  });
  assert.deepEqual(problems, ["data/events.csv: not a regular file (symbolic link)"]);
});

test("loadData(dir) refuses a table that is a folder or a symbolic-link loop, listing every problem", () => {
  const problems = problemsOnDisk(() => {
    rmSync(join(data, "closures.csv"));
    mkdirSync(join(data, "closures.csv"));
    rmSync(join(data, "hostages.csv"));
    symlinkSync("hostages.csv", join(data, "hostages.csv"));
    writeFileSync(join(data, "humanitarian.csv"), VALID.humanitarian.replace("1400000", "1e6"));
    rmSync(join(data, "events.csv"));
  });
  assert.deepEqual(problems, [
    "data/closures.csv: not a regular file (directory)",
    "data/events.csv: file not found",
    "data/hostages.csv: not a regular file (symbolic link)",
    'data/humanitarian.csv:2:25: value: a count is written in plain digits, without an exponent: "1e6"',
  ]);
});

test("check(argv, io) on a table that is a folder throws a UserError listing it (exit 1)", async () => {
  problemsOnDisk(() => {
    rmSync(join(data, "closures.csv"));
    mkdirSync(join(data, "closures.csv"));
  });
  const out: string[] = [];
  await assert.rejects(
    () => check(["--root", join(root, "project")], { out: (l) => out.push(l), err: (l) => out.push(l) }),
    (error: unknown) =>
      error instanceof UserError &&
      error.exitCode === 1 &&
      error.details.join("\n") === "data/closures.csv: not a regular file (directory)",
  );
});

test("fileProblem(error) says what is wrong with a path in plain words", () => {
  const say = (code: string) => fileProblem(Object.assign(new Error(`${code}: raw`), { code }));
  assert.equal(say("ENOENT"), "file not found");
  assert.equal(say("EACCES"), "permission denied");
  assert.equal(say("EPERM"), "permission denied");
  assert.equal(say("EISDIR"), "is a directory, not a file");
  assert.equal(say("ENOTDIR"), "a folder on the path is a file");
  assert.equal(say("ELOOP"), "too many symbolic links (a loop?)");
  assert.equal(say("ENOSPC"), "no space left on the disk");
  assert.equal(say("EDQUOT"), "disk quota exceeded");
  assert.equal(say("EROFS"), "the file system is read-only");
  assert.equal(say("EIO"), "input/output error (EIO)");
  assert.equal(say("EWHATEVER"), "EWHATEVER: raw");
  assert.equal(fileProblem("boom"), "boom");
});
