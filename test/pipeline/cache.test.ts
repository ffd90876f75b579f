/**
 * The build cache as a user meets it: a run after no edit has nothing to do, a run after an edit
 * draws only what the edit touched, and a cached run, a --force run and a --check agree byte for
 * byte. And the committed charts are what the data makes: a --force run on a copy of the project
 * rewrites none of them, and --check (every format, pages too) passes. In process; SVGs only for
 * the runs in between (the cache treats every format alike).
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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

/** A run in its own copy, whose build cache is its own (node_modules a folder of links). */
async function runIn(copy: string, argv: string[], out?: (line: string) => void) {
  const io = memoryIo();
  const tap = { ...io, out: (line: string) => (io.out(line), out?.(line)) };
  const code = await runMain(charts, argv, tap, copy);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

/** Every SVG and CSV of the committed charts is in `copy` with the same bytes. */
function sameAsCommitted(copy: string): void {
  for (const nb of ["crossings", "gaza-toll", "hostages"])
    for (const file of readdirSync(join("charts", nb)).filter((f) => /\.(svg|csv)$/.test(f)))
      assert.ok(
        readFileSync(join(copy, "charts", nb, file)).equals(readFileSync(join("charts", nb, file))),
        `${nb}/${file}`,
      );
}

const CACHE = "node_modules/.cache/rafah-figures";

test("charts() with a build cache that cannot be written (a file where its folder goes) warns in one line, draws every chart and exits 0", async () => {
  const copy = copyProject({ ownCache: true });
  try {
    mkdirSync(join(copy, "node_modules/.cache"));
    writeFileSync(join(copy, CACHE), "not a folder");
    const r = await runIn(copy, [...SVG, "--force"]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err.split("\n").length, 1, r.err);
    assert.match(r.err, /^warning: the build cache \S*rafah-figures cannot be written \(.+\): /);
    assert.match(r.out, /^8 charts rendered/m);
    sameAsCommitted(copy);
  } finally {
    removeCopy(copy);
  }
});

test(
  "charts() with a read-only build cache warns in one line, draws what the edit changed and exits 0",
  { skip: process.getuid?.() === 0 ? "root writes into read-only folders" : false },
  async () => {
    const copy = copyProject({ ownCache: true });
    try {
      assert.equal((await runIn(copy, SVG)).code, 0);
      const csv = join(copy, "data/hostages.csv");
      writeFileSync(csv, readFileSync(csv, "utf8").replace("remains_returned,28,", "remains_returned,27,"));
      execFileSync("chmod", ["-R", "a-w", join(copy, CACHE)]);
      const r = await runIn(copy, SVG);
      execFileSync("chmod", ["-R", "u+w", join(copy, CACHE)]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err.split("\n").length, 1, r.err);
      assert.match(
        r.err,
        /^warning: the build cache \S*rafah-figures cannot be written \(permission denied\)/,
      );
      assert.match(r.out, /^Charts changed: hostages-jan-2026$/m);
    } finally {
      removeCopy(copy);
    }
  },
);

test("charts() with a corrupt build cache (a manifest cut short, or of the wrong shape) warns in one line, draws every chart and exits 0", async () => {
  const copy = copyProject({ ownCache: true });
  try {
    assert.equal((await runIn(copy, SVG)).code, 0);
    const manifests = readdirSync(join(copy, CACHE)).filter((f) => f.startsWith("manifest-"));
    assert.equal(manifests.length, 1);
    const path = join(copy, CACHE, manifests[0] ?? "");
    const good = readFileSync(path, "utf8");
    for (const bad of [
      good.slice(0, good.length / 2),
      JSON.stringify({
        version: 1,
        charts: { "ceasefire-toll": null, "toll-reports": { print: 5, files: "x" } },
      }),
      JSON.stringify({ version: 1, charts: {}, last: { inputs: 1, files: null, notes: "x" } }),
      JSON.stringify({
        ...(JSON.parse(good) as object),
        last: { ...(JSON.parse(good) as { last: object }).last, files: [1] },
      }),
    ]) {
      writeFileSync(path, bad);
      const r = await runIn(copy, SVG);
      assert.equal(r.code, 0, `${r.err}\n${bad.slice(0, 200)}`);
      assert.equal(r.err.split("\n").length, 1, r.err);
      assert.match(r.err, /^warning: the build cache \S*rafah-figures could not be read \(.+\): /);
      assert.match(r.out, /^8 charts rendered/m);
      sameAsCommitted(copy);
      assert.match(
        (await runIn(copy, SVG)).out,
        /^Nothing changed since the last run/m,
        "the cache is whole again",
      );
    }
  } finally {
    removeCopy(copy);
  }
});

test("charts() with its build cache deleted mid-run writes every chart, exits 0 and leaves a cache for the next run", async () => {
  const copy = copyProject({ ownCache: true });
  try {
    assert.equal((await runIn(copy, SVG)).code, 0);
    const csv = join(copy, "data/hostages.csv");
    writeFileSync(csv, readFileSync(csv, "utf8").replace("remains_returned,28,", "remains_returned,27,"));
    let deleted = false;
    // Deleted once the charts are drawn, between reading the cache and writing it.
    const r = await runIn(copy, SVG, (line) => {
      if (!deleted && / (written|unchanged)$/.test(line)) {
        rmSync(join(copy, CACHE), { recursive: true, force: true });
        deleted = true;
      }
    });
    assert.ok(deleted);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, "");
    assert.match(r.out, /^Charts changed: hostages-jan-2026$/m);
    assert.match((await runIn(copy, SVG)).out, /^Nothing changed since the last run/m);
  } finally {
    removeCopy(copy);
  }
});
