import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { copyProject } from "./helpers.ts";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";

const repo = resolve(".");
let dir: string;

function run(script: string, args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(repo, "scripts", script), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function edit(file: string, from: string, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  assert.ok(text.includes(from), `${file} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

before(() => {
  dir = copyProject();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("charts --check passes on the committed charts", () => {
  const r = run("charts.ts", ["--check"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^ok: \d+ files in charts match the data$/m);
});

test("charts --help lists every option and exits 0", () => {
  const r = run("charts.ts", ["--help"]);
  assert.equal(r.code, 0);
  for (const o of ["--out DIR", "--format LIST", "--watch", "--check", "--help"])
    assert.ok(r.out.includes(o), o);
});

test("charts with an unknown option or id exits 1 with one short line", () => {
  const a = run("charts.ts", ["--colour"]);
  assert.equal(a.code, 1);
  assert.equal(a.err.trim(), "unknown option: --colour. Run npm run charts -- --help for the options.");
  const b = run("charts.ts", ["no-such-chart"]);
  assert.equal(b.code, 1);
  assert.match(
    b.err,
    /^unknown chart or notebook: no-such-chart\. Known: crossings, gaza-toll, hostages, crossings-timeline, /,
  );
});

test("a bad CSV edit lists every problem as file:line:column, exits 1, writes nothing and prints no stack", () => {
  const before = readFileSync(join(dir, "charts/gaza-toll/ceasefire-toll.svg"));
  const mtime = statSync(join(dir, "charts/gaza-toll/ceasefire-toll.svg")).mtimeMs;
  const original = readFileSync(join(dir, "data/casualties.csv"), "utf8");
  edit(
    "data/casualties.csv",
    "killed,people,since_ceasefire,Gaza,484,at least,2026-01-25",
    "killed,people,since_ceasefire,Gaza,484x,at lest,2026-01-32",
  );
  try {
    const r = run("charts.ts", []);
    assert.equal(r.code, 1);
    assert.equal(r.out, "");
    assert.deepEqual(r.err.trim().split("\n"), [
      "3 problems in the data; nothing was written",
      'data/casualties.csv:10:36: value: not a number: "484x"',
      'data/casualties.csv:10:41: qualifier: unknown value "at lest": expected one of exact, about, at least, more than, nearly, up to, estimated',
      'data/casualties.csv:10:49: as_of: not a real date: "2026-01-32"',
    ]);
    assert.doesNotMatch(r.err, /\n\s+at /);
    assert.ok(readFileSync(join(dir, "charts/gaza-toll/ceasefire-toll.svg")).equals(before));
    assert.equal(statSync(join(dir, "charts/gaza-toll/ceasefire-toll.svg")).mtimeMs, mtime);
    const c = run("check.ts", []);
    assert.equal(c.code, 1);
    assert.match(c.err, /^data\/casualties\.csv:10:36: value: not a number: "484x"$/m);
  } finally {
    writeFileSync(join(dir, "data/casualties.csv"), original);
  }
});

test("check on a table that is a folder or a link prints path: what is wrong and exits 1, never an internal error", () => {
  const closures = join(dir, "data/closures.csv");
  const events = join(dir, "data/events.csv");
  const original = { closures: readFileSync(closures), events: readFileSync(events) };
  rmSync(closures);
  mkdirSync(closures);
  rmSync(events);
  symlinkSync("/etc/passwd", events);
  try {
    const r = run("check.ts", []);
    assert.equal(r.code, 1);
    assert.deepEqual(r.err.trim().split("\n"), [
      "2 problems in the data; nothing was written",
      "data/closures.csv: not a regular file (directory)",
      "data/events.csv: not a regular file (symbolic link)",
    ]);
  } finally {
    rmSync(closures, { recursive: true });
    rmSync(events);
    writeFileSync(closures, original.closures);
    writeFileSync(events, original.events);
  }
});

test("editing a figure re-renders its charts and lists changed sentences old → new; --check then fails until committed", () => {
  const original = readFileSync(join(dir, "data/casualties.csv"), "utf8");
  edit(
    "data/casualties.csv",
    "killed,people,since_ceasefire,Gaza,484,",
    "killed,people,since_ceasefire,Gaza,490,",
  );
  try {
    const stale = run("charts.ts", ["--check"]);
    assert.equal(stale.code, 1);
    assert.match(stale.err, /^differs: charts\/gaza-toll\/ceasefire-toll\.svg$/m);
    assert.match(stale.err, /charts that differ from the data: ceasefire-toll/);

    const r = run("charts.ts", []);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^charts\/gaza-toll\/ceasefire-toll\.svg +[\d,]+ bytes +\d+ ms +written$/m);
    assert.match(r.out, /^charts\/gaza-toll\/toll-reports\.svg +[\d,]+ bytes +\d+ ms +unchanged$/m);
    assert.match(r.out, /^Charts changed: ceasefire-toll$/m);
    assert.match(
      r.out,
      /^ {2}gaza-toll\/ceasefire-latest: At least 484 people .*\n {4}→ At least 490 people/m,
    );
    assert.ok(
      readFileSync(join(dir, "charts/gaza-toll/ceasefire-toll.svg"), "utf8").includes("at least 490"),
    );
    assert.equal(run("charts.ts", ["--check"]).code, 0);
  } finally {
    writeFileSync(join(dir, "data/casualties.csv"), original);
    run("charts.ts", []);
  }
});

test("a failing chart reports its id and cause, keeps its old files, and the others still render", () => {
  const broken = join(dir, "notebooks/zz-broken.ts");
  writeFileSync(
    broken,
    `import { chart, defineNotebook } from "../src/notebook/define.ts";
export default defineNotebook({ id: "zz-broken", title: "Broken", summary: "A notebook with a chart that throws.", tables: [],
  sentences: () => [], disagreements: () => [],
  charts: [chart("zz-chart", ({ data }) => ({ headline: "h", subtitle: "s", alt: "a", rows: data.casualties.slice(0, 1), plot: () => { throw new Error("boom"); } }))] });
`,
  );
  const old = join(dir, "charts/zz-broken/zz-chart.svg");
  cpSync(join(dir, "charts/gaza-toll/toll-reports.svg"), old);
  const oldBytes = readFileSync(old);
  try {
    const r = run("charts.ts", ["--format", "svg"]);
    assert.equal(r.code, 2);
    assert.match(
      r.err,
      /^error: notebooks\/zz-broken\.ts: chart zz-chart: internal error: boom; its previous files are untouched \(run with --debug for the stack\)$/m,
    );
    assert.ok(readFileSync(old).equals(oldBytes), "old file kept");
    assert.match(r.out, /^charts\/gaza-toll\/toll-reports\.svg .*unchanged$/m);
  } finally {
    rmSync(broken);
    rmSync(join(dir, "charts/zz-broken"), { recursive: true, force: true });
    rmSync(join(dir, "charts/index.html"));
    run("charts.ts", []);
  }
});

test("a notebook runs on its own and prints its sentences", () => {
  const r = spawnSync(process.execPath, ["--import", "tsx", "notebooks/gaza-toll.ts"], {
    cwd: dir,
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Sentences for copy:$/m);
  assert.match(
    r.stdout,
    /\[ceasefire-change\] The number killed in Gaza since the ceasefire rose from more than 400 \(Gaza health ministry\) or 422 \(Palestinian health officials\) on 6 January 2026 to at least 484/,
  );
});

test("charts --watch re-renders after a CSV save and keeps watching after a bad one", async () => {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(repo, "scripts/charts.ts"), "--watch", "--format", "svg"],
    { cwd: dir, env: { ...process.env, TZ: "UTC" } },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (b) => (out += b));
  child.stderr.on("data", (b) => (err += b));
  const waitFor = (what: () => boolean, label: string) =>
    new Promise<void>((resolveWait, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        if (what()) {
          clearInterval(poll);
          resolveWait();
        } else if (Date.now() - started > 30_000 || child.exitCode !== null) {
          clearInterval(poll);
          reject(new Error(`gave up waiting for ${label}\nstdout:\n${out}\nstderr:\n${err}`));
        }
      }, 20);
    });
  const original = readFileSync(join(dir, "data/hostages.csv"), "utf8");
  try {
    await waitFor(() => out.includes("[watch] watching"), "the watcher to start");
    writeFileSync(
      join(dir, "data/hostages.csv"),
      original.replace("remains_returned,28,", "remains_returned,27,"),
    );
    await waitFor(() => /\[watch\] changed hostages\.csv: 2 charts re-rendered/.test(out), "the re-render");
    assert.match(out, /charts\/hostages\/hostages-jan-2026\.svg .*written/);
    assert.doesNotMatch(out.split("[watch] changed")[1]!, /toll-reports\.svg/);
    writeFileSync(
      join(dir, "data/hostages.csv"),
      original.replace("remains_returned,28,", "remains_returned,-1,"),
    );
    await waitFor(
      () => err.includes('data/hostages.csv:8:18: value: a count cannot be negative: "-1"'),
      "the error",
    );
    assert.equal(child.exitCode, null, "still running");
  } finally {
    child.kill();
    writeFileSync(join(dir, "data/hostages.csv"), original);
  }
});
