/**
 * npm run extract as an editor runs it, in process on a copy of the project: the review, --json,
 * --write and a second --write that finds everything already in; every bad input refused in one
 * line with exit 1 and nothing written; and the one spawned run of the real command.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  ftruncateSync,
} from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../../src/pipeline/report.ts";
import { extract } from "../../src/cli/extract.ts";
import { runMain } from "../../src/cli/main.ts";
import { columnsOf, type ProposedTable } from "../../src/extract/columns.ts";
import { copyProject, removeCopy } from "../helpers.ts";

let dir: string;

async function run(argv: string[]) {
  const io = memoryIo();
  const code = await runMain(extract, argv, io, dir);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

function article(name: string, text: string | Buffer): string {
  const path = join(dir, "articles", name);
  writeFileSync(path, text);
  return path;
}

const TABLES = ["sources", "casualties", "hostages", "humanitarian", "closures", "events"];
const snapshot = () => TABLES.map((t) => readFileSync(join(dir, "data", `${t}.csv`), "utf8"));

const STORY = [
  "date 2026-03-03",
  "Strike on Khan Younis kills nine",
  "Nine people were killed when an Israeli air strike hit a house in Khan Younis on Monday, the Gaza health ministry said.",
  "The ministry said more than 72,000 people had been killed in Gaza since October 2023.",
].join("\n");

before(() => {
  dir = copyProject();
  mkdirSync(join(dir, "articles"));
});
after(() => removeCopy(dir));

test("extract(['--help']) lists its options", async () => {
  const r = await run(["--help"]);
  assert.equal(r.code, 0);
  for (const o of ["--published YYYY-MM-DD", "--json", "--write", "--score", "--root DIR"])
    assert.match(r.out, new RegExp(o));
});

test("extract(ARTICLE) prints a review table per table with passages, confidence and doubts, and writes nothing", async () => {
  const before = snapshot();
  const r = await run([article("khan-younis.txt", STORY)]);
  assert.equal(r.code, 0, r.err);
  assert.match(
    r.out,
    /^source report-2026-03-03: publisher not identified \(unidentified\), published 2026-03-03 \(stated\), new$/m,
  );
  assert.match(r.out, /^casualties: 2 proposed$/m);
  assert.match(
    r.out,
    /^ {2}[+?] 0\.\d\d {2}killed · people · incident · Khan Younis · 9 · exact · 2026-03-02 · Gaza health ministry$/m,
  );
  assert.match(r.out, /^ {9}p3\.s1: Nine people were killed/m);
  assert.match(r.out, /Nothing is written without --write/);
  assert.deepEqual(snapshot(), before);
});

test("extract(ARTICLE, --json) gives each row every column of its table, with passage and hedge", async () => {
  const r = await run([article("khan-younis.txt", STORY), "--json"]);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out) as {
    source: Record<string, string>;
    rows: {
      table: ProposedTable;
      row: Record<string, string>;
      passage: { locator: string };
      confidence: number;
      duplicate_of: string | null;
    }[];
  };
  assert.equal(json.source.published, "2026-03-03");
  assert.equal(json.rows.length, 2);
  for (const row of json.rows) {
    assert.deepEqual(Object.keys(row.row), columnsOf(row.table));
    assert.ok(Object.keys(row.row).includes("passage") && Object.keys(row.row).includes("hedge"));
    assert.equal(row.row.passage, row.passage.locator);
    assert.equal(row.duplicate_of, null);
  }
});

test("extract(ARTICLE, --write) appends new rows and the source row; a second run finds them already in", async () => {
  const path = article("khan-younis.txt", STORY);
  const before = snapshot();
  const first = await run([path, "--write"]);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /^wrote 1 row to data\/sources\.csv$/m);
  assert.match(first.out, /^wrote 2 rows to data\/casualties\.csv$/m);
  const casualties = readFileSync(join(dir, "data", "casualties.csv"), "utf8");
  assert.ok(casualties.startsWith(before[1] ?? "-"), "rows are appended, never replaced");
  assert.match(
    casualties,
    /\nkilled,people,incident,Khan Younis,9,exact,,2026-03-02,Gaza health ministry,report-2026-03-03,p3\.s1,,\n/,
  );
  const second = await run([path, "--write"]);
  assert.equal(second.code, 0, second.err);
  assert.match(second.out, /already in data\/casualties\.csv:\d+/);
  assert.match(second.out, /Nothing to write: every row is already in data\//);
  assert.equal(readFileSync(join(dir, "data", "casualties.csv"), "utf8"), casualties);
});

test("extract refuses each bad input in one line, exit 1, with nothing written", async () => {
  const sparse = join(dir, "articles", "huge.txt");
  const fd = openSync(sparse, "w");
  ftruncateSync(fd, 10 * 1024 * 1024);
  closeSync(fd);
  const cases: [string, string[], RegExp][] = [
    ["empty", [article("empty.txt", "")], /^articles\/empty\.txt: empty file$/],
    [
      "blank",
      [article("blank.txt", "\n \n")],
      /^articles\/blank\.txt: empty file \(only spaces and line breaks\)$/,
    ],
    [
      "binary",
      [article("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))],
      /^articles\/photo\.txt: not a text file \(a NUL byte at byte 5\)/,
    ],
    [
      "latin-1",
      [article("latin.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))],
      /^articles\/latin\.txt: not UTF-8 text/,
    ],
    [
      "html",
      [article("page.html", "<!doctype html><html><body><p>Five killed.</p></body></html>")],
      /^articles\/page\.html: an HTML page, not plain text/,
    ],
    ["too big", [sparse], /^articles\/huge\.txt: 10\.0 MB is over the 512 KB limit for an article$/],
    [
      "no figures",
      [article("quiet.txt", "date 2026-03-03\nTalks resumed in Cairo on Monday.")],
      /^articles\/quiet\.txt: no figures found$/,
    ],
    [
      "no date",
      [article("undated.txt", "Nine people were killed in Gaza, the ministry said.")],
      /^no publication date: .*pass --published YYYY-MM-DD$/,
    ],
    [
      "bad date",
      [article("x.txt", "Nine people were killed."), "--published", "2026-02-30"],
      /^--published must be a date as YYYY-MM-DD: 2026-02-30$/,
    ],
    ["missing", [join(dir, "articles", "none.txt")], /^articles\/none\.txt: file not found$/],
    ["folder", [join(dir, "articles")], /^articles: (not a regular file|is a directory, not a file)$/],
    ["two", [article("a.txt", STORY), article("b.txt", STORY)], /^one article at a time/],
  ];
  const before = snapshot();
  for (const [name, argv, message] of cases) {
    const r = await run([...argv, "--write"]);
    assert.equal(r.code, 1, `${name}: ${r.err}`);
    assert.equal(r.err.split("\n").length, 1, `${name}: one line: ${r.err}`);
    assert.match(r.err, message, name);
    assert.doesNotMatch(r.err, /\n\s+at /, `${name}: no stack`);
  }
  assert.deepEqual(snapshot(), before);
});

test("extract names a bad vocabulary row by file and line", async () => {
  const path = join(dir, "data", "vocabulary", "measures.csv");
  const text = readFileSync(path, "utf8");
  writeFileSync(path, `${text}{kill},casualties,slain,people,,,\n`);
  try {
    const r = await run([article("k.txt", STORY)]);
    assert.equal(r.code, 1);
    assert.match(r.err, /^data\/vocabulary\/measures\.csv:\d+: measure: not a value of the table: slain$/);
  } finally {
    writeFileSync(path, text);
  }
});

test("npm run extract (spawned): the review on stdout, exit 0; a bad file on stderr, exit 1", () => {
  const spawn = (args: string[]) =>
    spawnSync(process.execPath, [join(dir, "scripts/run.mjs"), "extract", ...args], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, TZ: "UTC" },
    });
  const ok = spawn([article("story.txt", STORY)]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /^casualties: 2 proposed/m);
  const bad = spawn([article("empty2.txt", "")]);
  assert.equal(bad.status, 1);
  assert.equal(bad.stderr, "articles/empty2.txt: empty file\n");
});

test("scripts/extract.sh (npm run extract): from the snapshot named for npm's node, or without one", () => {
  const sh = (agent: string) =>
    spawnSync("sh", ["scripts/extract.sh", article("story-sh.txt", STORY)], {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        TZ: "UTC",
        npm_config_user_agent: agent,
        npm_node_execpath: process.execPath,
      },
    });
  const first = sh(`npm/10.8.2 node/${process.version} linux x64 workspaces/false`);
  assert.equal(first.status, 0, first.stderr);
  assert.ok(existsSync(join(dir, "dist", `nlp-node-${process.version}.blob`)), "the run built the snapshot");
  // Now started from it by the script itself; then for a node with no snapshot, through run.mjs.
  const again = sh(`npm/10.8.2 node/${process.version} linux x64 workspaces/false`);
  const other = sh("npm/10.8.2 node/v0.0.0 linux x64 workspaces/false");
  for (const r of [again, other]) {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, first.stdout);
  }
});
