/** watch() in process: renders one at a time in the order of the saves, SVGs before PNGs, only what changed. */
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { memoryIo } from "../../src/pipeline/report.ts";
import { build } from "../../src/pipeline/build.ts";
import { watch } from "../../src/pipeline/watch.ts";
import { renderCharts } from "../../src/output/renderChart.ts";
import { copyProject, removeCopy, waitFor } from "../helpers.ts";

let dir: string;
before(() => {
  dir = copyProject();
});
after(() => removeCopy(dir));

test("watch() with a slow render: renders never overlap, and the files end as the last save makes them", async () => {
  const csv = join(dir, "data/hostages.csv");
  const original = readFileSync(csv, "utf8");
  const spans: [number, number][] = [];
  let slow = false;
  const render: typeof renderCharts = async (...args) => {
    const start = performance.now();
    // The first save's render is slow, so the second save arrives while it runs.
    if (slow) {
      slow = false;
      await new Promise((r) => setTimeout(r, 400));
    }
    const result = await renderCharts(...args);
    spans.push([start, performance.now()]);
    return result;
  };
  const io = memoryIo();
  const stop = new AbortController();
  const running = watch({ root: dir, out: join(dir, "charts"), formats: ["svg"], ids: [] }, io, stop.signal, {
    render,
  });
  try {
    await waitFor(() => io.stdout.some((l) => l.startsWith("[watch] watching")), "the watcher");
    slow = true;
    writeFileSync(csv, original.replace("remains_returned,28,", "remains_returned,27,"));
    await waitFor(() => spans.length >= 2 || !slow, "the slow render to start");
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(csv, original.replace("remains_returned,28,", "remains_returned,26,"));
    await waitFor(
      () => io.stdout.filter((l) => l.startsWith("[watch] changed hostages.csv")).length >= 2,
      "both renders",
    );
    for (let i = 1; i < spans.length; i++) {
      const [prev, next] = [spans[i - 1], spans[i]];
      assert.ok(prev && next && next[0] >= prev[1], `render ${i + 1} started before render ${i} ended`);
    }
    const svg = readFileSync(join(dir, "charts/hostages/hostages-jan-2026.svg"), "utf8");
    assert.match(svg, />26</, "the last save is on disk");
    assert.doesNotMatch(svg, />27</);
    assert.ok(
      !io.stdout.some((l) => l.includes("toll-reports.svg") && l.includes("written")),
      "only changed charts are written",
    );
  } finally {
    stop.abort();
    assert.equal(await running, 0);
    writeFileSync(csv, original);
  }
});

test("watch() writes a save's SVGs and its report before its PNGs", async () => {
  const csv = join(dir, "data/hostages.csv");
  const original = readFileSync(csv, "utf8");
  const io = memoryIo();
  const stop = new AbortController();
  const running = watch(
    { root: dir, out: join(dir, "charts"), formats: ["svg", "png"], ids: [] },
    io,
    stop.signal,
  );
  try {
    await waitFor(() => io.stdout.some((l) => l.startsWith("[watch] watching")), "the watcher");
    const from = io.stdout.length;
    writeFileSync(csv, original.replace("remains_returned,28,", "remains_returned,25,"));
    await waitFor(() => io.stdout.slice(from).some((l) => l.startsWith("[watch] changed")), "the render");
    const lines = io.stdout.slice(from);
    const svg = lines.findIndex((l) => /hostages-jan-2026\.svg .*written$/.test(l));
    const report = lines.findIndex((l) => l.startsWith("Sentences changed:"));
    const png = lines.findIndex((l) => /hostages-jan-2026\.png .*written$/.test(l));
    assert.ok(svg >= 0 && png >= 0 && report >= 0, lines.join("\n"));
    assert.ok(svg < report && report < png, lines.join("\n"));
    assert.match(
      lines.join("\n"),
      /hostages\/ceasefire-releases-qatar-talks-2026-01-06: .*28 hostages.*\n {4}→ .*25 hostages/,
    );
  } finally {
    stop.abort();
    assert.equal(await running, 0);
    writeFileSync(csv, original);
  }
});

test("watch() stops at once when aborted before its first render is done", async () => {
  const stop = new AbortController();
  stop.abort();
  const io = memoryIo();
  assert.equal(
    await watch({ root: dir, out: join(dir, "charts"), formats: ["svg"], ids: [] }, io, stop.signal),
    0,
  );
});

test("watch() after npm run charts draws nothing at start: the charts are read back from the last run's files", async () => {
  const options = { root: dir, out: join(dir, "charts-cached"), formats: ["svg" as const], ids: [] };
  const built = memoryIo();
  assert.equal(await build(options, built), 0, built.stderr.join("\n"));
  const csv = join(dir, "data/hostages.csv");
  const original = readFileSync(csv, "utf8");
  let calls = 0;
  const render: typeof renderCharts = async (...args) => {
    calls++;
    return renderCharts(...args);
  };
  const io = memoryIo();
  const stop = new AbortController();
  const running = watch(options, io, stop.signal, { render });
  try {
    await waitFor(() => io.stdout.some((l) => l.startsWith("[watch] watching")), "the watcher");
    assert.equal(calls, 0, "nothing drawn at start");
    assert.ok(
      io.stdout.some((l) =>
        /^\[watch\] start: 0 charts re-rendered \(8 unchanged since the last run, not drawn\)/.test(l),
      ),
      io.stdout.join("\n"),
    );
    writeFileSync(csv, original.replace("remains_returned,28,", "remains_returned,24,"));
    await waitFor(
      () => io.stdout.some((l) => l.startsWith("[watch] changed hostages.csv: 1 chart")),
      "the render",
    );
    assert.equal(calls, 1);
    assert.match(readFileSync(join(options.out, "hostages/index.html"), "utf8"), /remains of 24 hostages/);
  } finally {
    stop.abort();
    assert.equal(await running, 0);
    writeFileSync(csv, original);
  }
});

/** Start watch() on the copy (SVGs only); `stop()` ends it and says it ended cleanly. */
function watching() {
  const io = memoryIo();
  const controller = new AbortController();
  const running = watch(
    { root: dir, out: join(dir, "charts"), formats: ["svg"], ids: [] },
    io,
    controller.signal,
  );
  const started = waitFor(() => io.stdout.some((l) => l.startsWith("[watch] watching")), "the watcher");
  return {
    io,
    started,
    stop: async () => {
      controller.abort();
      assert.equal(await running, 0);
    },
  };
}

const NOTEBOOK = "notebooks/hostages.ts";
const HEADLINE = "      headline: afterCeasefireHeadline(rows, names),";
const SVG = "charts/hostages/hostages-jan-2026.svg";

/** The notebook with its January headline line replaced; the 1-based line of that line. */
function notebookWith(line: string, original: string): { text: string; at: number } {
  assert.ok(original.includes(HEADLINE));
  return {
    text: original.replace(HEADLINE, line),
    at: original.slice(0, original.indexOf(HEADLINE)).split("\n").length,
  };
}

for (const [kind, line, message, sameLine] of [
  [
    "a syntax error",
    "      headline: afterCeasefireHeadline(rows names),",
    /Expected "\)" but found "names"/,
    true,
  ],
  // TypeScript says it where the chart's function is passed, a few lines above.
  ["a type error", "        headline: 42,", /Type 'number' is not assignable to type 'string'/, false],
] as const) {
  test(`watch() after a notebook edit: a new headline is drawn; ${kind} prints notebooks/X.ts:LINE:COL: message and writes nothing; the fix is drawn again`, async () => {
    const path = join(dir, NOTEBOOK);
    const original = readFileSync(path, "utf8");
    const w = watching();
    try {
      await w.started;
      const rounds = () => w.io.stdout.filter((l) => l.startsWith("[watch] changed hostages.ts")).length;
      writeFileSync(
        path,
        notebookWith('        headline: "A headline typed in the notebook",', original).text,
      );
      await waitFor(() => rounds() === 1, "the first render", { detail: () => w.io.stderr.join("\n") });
      assert.match(readFileSync(join(dir, SVG), "utf8"), /A headline typed in the notebook/);
      const drawn = readFileSync(join(dir, SVG));

      const broken = notebookWith(line, original);
      const errors = w.io.stderr.length;
      writeFileSync(path, broken.text);
      await waitFor(() => w.io.stderr.slice(errors).some((l) => l.includes("Still watching")), "the error");
      const said = w.io.stderr.slice(errors);
      assert.match(
        said[0] ?? "",
        /^\[watch\] 1 error in notebooks\/hostages\.ts; nothing was written\. Still watching\.$/,
      );
      assert.equal(said.length, 2, said.join("\n"));
      assert.match(
        said[1] ?? "",
        new RegExp(`^notebooks/hostages\\.ts:${sameLine ? broken.at : "\\d+"}:\\d+: `),
      );
      assert.match(said[1] ?? "", message);
      assert.equal(rounds(), 1, "nothing drawn");
      assert.ok(readFileSync(join(dir, SVG)).equals(drawn), "nothing written");

      writeFileSync(path, notebookWith('        headline: "The headline fixed",', original).text);
      await waitFor(() => rounds() === 2, "the render after the fix", {
        detail: () => w.io.stderr.join("\n"),
      });
      assert.match(readFileSync(join(dir, SVG), "utf8"), /The headline fixed/);
    } finally {
      writeFileSync(path, original);
      await w.stop();
    }
  });
}

test("watch() after a src/ edit draws every chart with the new code; a src/ syntax error writes nothing", async () => {
  const path = join(dir, "src/cite/sourceLine.ts");
  const original = readFileSync(path, "utf8");
  const edited = original.replace(
    'several ? "Sources" : "Source"',
    'several ? "Sources of the figures" : "Source"',
  );
  assert.notEqual(edited, original);
  const w = watching();
  try {
    await w.started;
    writeFileSync(path, edited.replace("export function", "export function function"));
    await waitFor(() => w.io.stderr.some((l) => l.includes("Still watching")), "the error");
    assert.match(w.io.stderr.join("\n"), /^src\/cite\/sourceLine\.ts:\d+:\d+: /m);
    writeFileSync(path, edited);
    await waitFor(
      () => w.io.stdout.some((l) => /^\[watch\] changed sourceLine\.ts: 8 charts/.test(l)),
      "the render",
      {
        detail: () => [...w.io.stdout, ...w.io.stderr].join("\n"),
      },
    );
    assert.match(readFileSync(join(dir, SVG), "utf8"), /Sources of the figures: /);
  } finally {
    writeFileSync(path, original);
    await w.stop();
  }
});
