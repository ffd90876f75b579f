/**
 * The commands as a user runs them. Each command is a function of argv and an injected Io that
 * returns an exit code, so almost every test runs it in process on a copy of the project; exactly
 * one test per script (charts, check, preview, watch) spawns the real command to prove its exit
 * code and output streams.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, test } from "node:test";
import { memoryIo } from "../../src/pipeline/report.ts";
import { charts } from "../../src/cli/charts.ts";
import { check } from "../../src/cli/check.ts";
import { runMain, streamIo, type Command } from "../../src/cli/main.ts";
import { notebookText } from "../../src/notebook/print.ts";
import { copyProject, removeCopy, project, waitFor } from "../helpers.ts";

let dir: string;

/** Run a command in process in the copy; stdout and stderr as text. */
async function run(command: Command, argv: string[]) {
  const io = memoryIo();
  const code = await runMain(command, argv, io, dir);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

/** Spawn the command as npm run does (the compiled command on plain node): the one end-to-end test per script. */
function spawnScript(command: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, "scripts/run.mjs"), command, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC" },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Edit a file of the copy for the length of a test. */
async function editing(file: string, from: string, to: string, body: () => Promise<void>) {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  assert.ok(text.includes(from), `${file} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
  try {
    await body();
  } finally {
    writeFileSync(path, text);
  }
}

before(() => {
  dir = copyProject();
});
after(() => removeCopy(dir));

test("charts(['--help']) lists every option with its description and exits 0", async () => {
  const r = await run(charts, ["--help"]);
  assert.equal(r.code, 0);
  for (const o of [
    "--out DIR",
    "--format LIST",
    "--force",
    "--watch",
    "--check",
    "--root DIR",
    "--debug",
    "--help",
  ])
    assert.match(r.out, new RegExp(`^ {2}${o.replace(/[-]/g, "\\-")} +\\S`, "m"), o);
});

test("charts with an unknown option, format or id exits 1 with one short line", async () => {
  const a = await run(charts, ["--colour"]);
  assert.deepEqual(
    [a.code, a.err],
    [1, "unknown option: --colour. Run npm run charts -- --help for the options."],
  );
  const b = await run(charts, ["--format", "gif"]);
  assert.deepEqual([b.code, b.err], [1, "unknown format: gif (expected svg, png)"]);
  const c = await run(charts, ["no-such-chart"]);
  assert.equal(c.code, 1);
  assert.match(
    c.err,
    /^unknown chart or notebook: no-such-chart\. Known: crossings, gaza-toll, hostages, crossings-timeline, /,
  );
  const d = await run(charts, ["--watch", "--check"]);
  assert.deepEqual([d.code, d.err], [1, "--watch and --check cannot be used together"]);
});

test("spawned: a bad CSV edit lists every problem as file:line:column on stderr, exits 1, writes nothing, no stack", async () => {
  const svg = join(dir, "charts/gaza-toll/ceasefire-toll.svg");
  const bytes = readFileSync(svg);
  const mtime = statSync(svg).mtimeMs;
  await editing(
    "data/casualties.csv",
    "killed,people,since_ceasefire,Gaza,484,at least,,2026-01-25",
    "killed,people,since_ceasefire,Gaza,484x,at lest,,2026-01-32",
    async () => {
      const r = spawnScript("charts", []);
      assert.equal(r.code, 1);
      assert.equal(r.out, "");
      assert.deepEqual(r.err.trim().split("\n"), [
        "3 problems in the data; nothing was written",
        'data/casualties.csv:10:36: value: not a number: "484x"',
        'data/casualties.csv:10:41: qualifier: unknown value "at lest": expected one of exact, about, at least, more than, nearly, up to, estimated',
        'data/casualties.csv:10:50: as_of: not a real date: "2026-01-32"',
      ]);
      assert.doesNotMatch(r.err, /\n\s+at /);
      assert.ok(readFileSync(svg).equals(bytes));
      assert.equal(statSync(svg).mtimeMs, mtime);
      const c = await run(check, []);
      assert.equal(c.code, 1);
      assert.match(c.err, /^data\/casualties\.csv:10:36: value: not a number: "484x"$/m);
      await Promise.resolve();
    },
  );
});

test("spawned: check on a table that is a folder or a link prints path: what is wrong and exits 1", () => {
  const closures = join(dir, "data/closures.csv");
  const events = join(dir, "data/events.csv");
  const original = { closures: readFileSync(closures), events: readFileSync(events) };
  rmSync(closures);
  mkdirSync(closures);
  rmSync(events);
  symlinkSync("/etc/passwd", events);
  try {
    const r = spawnScript("check", []);
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

test("check() lists tables and notebooks and exits 0 on the project", async () => {
  const r = await run(check, []);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^data\/casualties\.csv +15 rows {2}sources: /m);
  assert.match(r.out, /^notebooks\/hostages\.ts +2 of 2 charts, 5 sentences$/m);
  assert.match(r.out, /^ok: 7 tables valid, 3 notebooks built$/m);
});

test("check() names the notebook, chart and table of a chart whose rows are gone, and exits 1", async () => {
  const path = join(dir, "data/hostages.csv");
  const text = readFileSync(path, "utf8");
  writeFileSync(
    path,
    text
      .split("\n")
      .filter((l) => !l.startsWith("held,"))
      .join("\n"),
  );
  try {
    const r = await run(check, []);
    assert.equal(r.code, 1);
    assert.equal(
      r.err,
      "error: notebooks/hostages.ts: chart hostages-may-2024: no rows in data/hostages.csv with measure held in May 2024; npm run charts would keep its previous files",
    );
    assert.match(r.out, /^notebooks\/hostages\.ts +1 of 2 charts/m);
  } finally {
    writeFileSync(path, text);
  }
});

test("editing a figure: --check fails, then charts re-renders that chart and lists changed sentences old → new", async () => {
  await editing(
    "data/casualties.csv",
    "killed,people,since_ceasefire,Gaza,484,",
    "killed,people,since_ceasefire,Gaza,490,",
    async () => {
      // --check with ids checks those charts' files alone: not the pages, which show every chart.
      const stale = await run(charts, ["--check", "ceasefire-toll"]);
      assert.equal(stale.code, 1);
      assert.match(stale.err, /^differs: charts\/gaza-toll\/ceasefire-toll\.svg$/m);
      assert.match(stale.err, /^charts that differ from the data: ceasefire-toll$/m);
      assert.doesNotMatch(stale.err, /index\.html|figures\.json|toll-reports/);
      const other = await run(charts, ["--check", "hostages-jan-2026"]);
      assert.equal(other.code, 0, other.err);
      assert.match(other.out, /^ok: 7 files in charts match the data$/m);

      const r = await run(charts, ["gaza-toll", "--format", "svg"]);
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
    },
  );
  const back = await run(charts, ["gaza-toll", "--format", "svg"]);
  assert.equal(back.code, 0, back.err);
  assert.match(back.out, /^Charts changed: ceasefire-toll$/m);
});

test("a chart that throws fails alone: one line naming notebook and chart, exit 2, old files kept, others written", async () => {
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
  mkdirSync(join(dir, "charts/zz-broken"), { recursive: true });
  writeFileSync(old, "<svg/>");
  try {
    const r = await run(charts, ["--format", "svg"]);
    assert.equal(r.code, 2);
    assert.equal(
      r.err,
      "error: notebooks/zz-broken.ts: chart zz-chart: internal error: boom; its previous files are untouched (run with --debug for the stack)",
    );
    assert.equal(readFileSync(old, "utf8"), "<svg/>", "old file kept");
    assert.match(r.out, /^charts\/gaza-toll\/toll-reports\.svg .*unchanged$/m);
    const debug = await run(charts, ["zz-chart", "--format", "svg", "--debug"]);
    assert.match(debug.err, /^Error: boom\n {4}at /m, "--debug prints the cause's stack");
  } finally {
    rmSync(broken);
    rmSync(join(dir, "charts/zz-broken"), { recursive: true, force: true });
  }
});

test("notebookText(nb) prints a notebook's sentences, charts and the rows behind them", async () => {
  const { notebooks } = await project();
  const toll = notebooks.find((nb) => nb.id === "gaza-toll");
  assert.ok(toll);
  const text = notebookText(toll).join("\n");
  assert.match(text, /^Sentences for copy:$/m);
  assert.match(
    text,
    /\[ceasefire-change\] The number killed in Gaza since the ceasefire rose from more than 400 on 6 January 2026 to at least 484 on 25 January 2026, according to the Gaza health ministry\./,
  );
  assert.match(text, /^ {6}rows: data\/casualties\.csv:\d+/m);
});

test("spawned: charts --watch re-renders after a CSV save, keeps watching after a bad one, and compiles a saved notebook before drawing it", async () => {
  const child = spawn(
    process.execPath,
    [join(dir, "scripts/run.mjs"), "charts", "--watch", "--format", "svg"],
    {
      cwd: dir,
      env: { ...process.env, TZ: "UTC" },
    },
  );
  let out = "";
  let err = "";
  child.stdout.on("data", (b) => (out += String(b)));
  child.stderr.on("data", (b) => (err += String(b)));
  const ended = { stop: () => child.exitCode !== null, detail: () => `stdout:\n${out}\nstderr:\n${err}` };
  const original = readFileSync(join(dir, "data/hostages.csv"), "utf8");
  const notebook = readFileSync(join(dir, "notebooks/hostages.ts"), "utf8");
  try {
    await waitFor(() => out.includes("[watch] watching"), "the watcher to start", ended);
    writeFileSync(
      join(dir, "data/hostages.csv"),
      original.replace("remains_returned,28,", "remains_returned,27,"),
    );
    await waitFor(
      () => /\[watch\] changed hostages\.csv: 1 chart re-rendered/.test(out),
      "the re-render",
      ended,
    );
    assert.match(out, /charts\/hostages\/hostages-jan-2026\.svg .*written/);
    assert.doesNotMatch(out.split("[watch] changed")[1] ?? "", /toll-reports\.svg/);
    writeFileSync(
      join(dir, "data/hostages.csv"),
      original.replace("remains_returned,28,", "remains_returned,-1,"),
    );
    await waitFor(
      () => err.includes('data/hostages.csv:8:18: value: a count cannot be negative: "-1"'),
      "the error",
      ended,
    );
    assert.equal(child.exitCode, null, "still running");
    writeFileSync(join(dir, "data/hostages.csv"), original);
    await waitFor(() => out.split("[watch] changed hostages.csv").length > 2, "the render of the fix", ended);

    // A notebook saved: compiled again before it is drawn; a syntax error is said where it is, and the fix drawn.
    const line = "      headline: afterCeasefireHeadline(rows, names),";
    assert.ok(notebook.includes(line));
    writeFileSync(
      join(dir, "notebooks/hostages.ts"),
      notebook.replace(line, '        headline: "Compiled on save",'),
    );
    await waitFor(() => /\[watch\] changed hostages\.ts: 2 charts/.test(out), "the notebook's render", ended);
    assert.match(
      readFileSync(join(dir, "charts/hostages/hostages-jan-2026.svg"), "utf8"),
      /Compiled on save/,
    );
    writeFileSync(
      join(dir, "notebooks/hostages.ts"),
      notebook.replace(line, "      headline: afterCeasefireHeadline(rows names),"),
    );
    await waitFor(
      () => /^notebooks\/hostages\.ts:\d+:\d+: Expected "\)" but found "names"$/m.test(err),
      "the syntax error",
      ended,
    );
    writeFileSync(
      join(dir, "notebooks/hostages.ts"),
      notebook.replace(line, '        headline: "Compiled after the fix",'),
    );
    await waitFor(
      () => out.split("[watch] changed hostages.ts").length > 2,
      "the render of the fixed notebook",
      ended,
    );
    assert.match(
      readFileSync(join(dir, "charts/hostages/hostages-jan-2026.svg"), "utf8"),
      /Compiled after the fix/,
    );
  } finally {
    child.kill();
    writeFileSync(join(dir, "data/hostages.csv"), original);
    writeFileSync(join(dir, "notebooks/hostages.ts"), notebook);
  }
});

test("streamIo(stdout, stderr) whose reader went away (EPIPE, as `| head -1` does) drops the rest, with no unhandled error", async () => {
  const closed = () =>
    new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      },
    });
  const [out, err] = [closed(), closed()];
  const io = streamIo(out, err);
  const uncaught: unknown[] = [];
  const onError = (e: unknown) => uncaught.push(e);
  process.on("uncaughtException", onError);
  try {
    for (let i = 0; i < 3; i++) {
      io.out(`line ${i}`);
      io.err(`problem ${i}`);
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    process.off("uncaughtException", onError);
  }
  assert.deepEqual(uncaught, []);
  assert.ok(out.destroyed && err.destroyed, "the streams closed on their first error");
});
