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
