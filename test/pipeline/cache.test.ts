/**
 * The build cache as a user meets it: a run after no edit has nothing to do, a run after an edit
 * draws only what the edit touched, and a cached run, a --force run and a --check agree byte for
 * byte. And the committed charts are what the data makes: a --force run on a copy of the project
 * rewrites none of them, and --check (every format, pages too) passes. In process; SVGs only for
 * the runs in between (the cache treats every format alike).
 */
import assert from "node:assert/strict";
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../../src/pipeline/report.ts";
import { charts } from "../../src/cli/charts.ts";
import { runMain } from "../../src/cli/main.ts";
import { copyProject, removeCopy } from "../helpers.ts";

let dir: string;
const SVG = ["--format", "svg"];

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await runMain(charts, argv, io, dir);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

let first: Awaited<ReturnType<typeof run>>;
before(async () => {
  dir = copyProject();
  first = await run(...SVG, "--force");
});
after(() => removeCopy(dir));

const svgFile = (path: string) => join(dir, "charts", path);

test("the committed charts are what the data makes: a --force run rewrites none, and --check passes", async () => {
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /^8 charts rendered, \d+ files: 0 written/m);
  const check = await run("--check");
  assert.equal(check.code, 0, check.err);
  assert.match(check.out, /^ok: \d+ files in charts match the data$/m);
});

test("a run after no edit has nothing to do: it says so, writes nothing and exits 0", async () => {
  const before = statSync(svgFile("gaza-toll/ceasefire-toll.svg")).mtimeMs;
  const r = await run(...SVG);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Nothing changed since the last run: .* its \d+ files are as it wrote them/m);
  assert.match(r.out, /^Charts changed: none$/m);
  assert.match(r.out, /^Sentences changed: none$/m);
  assert.doesNotMatch(r.out, /written|rendered/);
  assert.equal(statSync(svgFile("gaza-toll/ceasefire-toll.svg")).mtimeMs, before);
});

test("a deleted chart file is drawn again, that chart alone, with the bytes it had", async () => {
  const path = svgFile("hostages/hostages-jan-2026.mobile.svg");
  const bytes = readFileSync(path);
  rmSync(path);
  const r = await run(...SVG);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^1 chart rendered, 7 unchanged since the last run \(not drawn\)/m);
  assert.match(r.out, /^charts\/hostages\/hostages-jan-2026\.mobile\.svg +[\d,]+ bytes +\d+ ms +written$/m);
  assert.ok(readFileSync(path).equals(bytes));
  assert.match((await run(...SVG)).out, /^Nothing changed since the last run/m);
});

test("a chart file edited by hand is drawn again", async () => {
  const path = svgFile("crossings/crossings-jan-2026.svg");
  const bytes = readFileSync(path);
  writeFileSync(path, "<svg/>");
  const r = await run(...SVG);
  assert.match(r.out, /^1 chart rendered, 7 unchanged since the last run/m);
  assert.ok(readFileSync(path).equals(bytes));
});

test("an edited figure draws only the charts that use it; a bad edit and its undoing leave nothing to do", async () => {
  const csv = join(dir, "data/casualties.csv");
  const text = readFileSync(csv, "utf8");
  writeFileSync(
    csv,
    text.replace("killed,people,since_ceasefire,Gaza,484,", "killed,people,since_ceasefire,Gaza,490,"),
  );
  try {
    const r = await run(...SVG);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^1 chart rendered, 7 unchanged since the last run/m);
    assert.match(r.out, /^Charts changed: ceasefire-toll$/m);
  } finally {
    writeFileSync(csv, text);
  }
  const back = await run(...SVG);
  assert.match(back.out, /^Charts changed: ceasefire-toll$/m);
  writeFileSync(
    csv,
    text.replace("killed,people,since_ceasefire,Gaza,484,", "killed,people,since_ceasefire,Gaza,4x4,"),
  );
  try {
    const bad = await run(...SVG);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /data\/casualties\.csv:\d+:\d+: value: not a number: "4x4"/);
  } finally {
    writeFileSync(csv, text);
  }
  assert.match((await run(...SVG)).out, /^Nothing changed since the last run/m);
});

test("a run for other settings is not taken for a run with nothing to do", async () => {
  const light = await run(...SVG, "--theme", "light", "--out", "charts-light");
  assert.match(light.out, /^8 charts rendered/m);
  assert.match((await run(...SVG)).out, /^Nothing changed since the last run/m);
  rmSync(join(dir, "charts-light"), { recursive: true, force: true });
});

test("after cached runs, a --force run rewrites nothing: cached and drawn files are the same bytes", async () => {
  const forced = await run(...SVG, "--force");
  assert.match(forced.out, /^8 charts rendered, \d+ files: 0 written/m);
});
