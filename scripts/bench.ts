/**
 * npm run bench: timings and memory, printed as a table. Not a test: targets are
 * printed beside the figures, and nothing fails on a slow machine.
 *
 *   cold     a full `npm run charts` into a temp folder, in a fresh process,
 *            against a fresh process that only imports jsdom and Plot
 *   warm     re-rendering each chart (both SVG sizes, then the PNG) in one warm process
 *   rows     a generated casualties.csv of 10,000 and 100,000 rows through the same
 *            loader and a line chart, each in its own process for peak memory
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as Plot from "@observablehq/plot";
import { names } from "../src/cite/names.ts";
import { parseData } from "../src/data/load.ts";
import { readConfig } from "../src/build/config.ts";
import { buildNotebooks, notebookFiles } from "../src/notebook/registry.ts";
import { loadData } from "../src/data/load.ts";
import { renderSvg } from "../src/render/render.ts";
import { rasterize } from "../src/output/png.ts";
import { SIZES, type Size } from "../src/chart.ts";

const node = process.execPath;
const env = { ...process.env, TZ: "UTC" };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(node, args, { env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return performance.now() - t0;
}

/** One child-process case: load N generated rows and draw them as a line chart; prints JSON. */
function rowsCase(n: number): void {
  const header = "measure,who,scope,place,value,qualifier,as_of,reported_by,source,note\n";
  const lines: string[] = [];
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < n; i++) {
    const d = new Date(start + i * 3_600_000).toISOString().slice(0, 10);
    lines.push(`killed,people,war,Gaza,${i},at least,${d},Reporter ${i % 7},s-1,row ${i}`);
  }
  const csv = header + lines.join("\n") + "\n";
  const sources =
    "id,publisher,publisher_basis,headline,headline_kind,published,date_basis,date_note,file\ns-1,Wire,stated,H,own,2024-05-07,stated,,a.txt\n";
  const empty = (h: string) => h + "\n";
  const t0 = performance.now();
  const enc = new TextEncoder();
  const result = parseData({
    sources: enc.encode(sources),
    reporters: enc.encode("name,display,article,number,note\n"),
    casualties: enc.encode(csv),
    hostages: enc.encode(empty("measure,value,qualifier,as_of,reported_by,source,note")),
    closures: enc.encode(empty("crossing,from,from_precision,to,as_of,reported_by,source,note")),
    events: enc.encode(empty("date,precision,crossing,kind,label,reported_by,source,note")),
    humanitarian: enc.encode(empty("measure,place,who,value,unit,qualifier,as_of,reported_by,source,note")),
  });
  if (!result.ok) throw new Error(`generated data did not load: ${result.problems[0]?.message}`);
  const loaded = performance.now();
  const rows = result.data.casualties;
  const svg = renderSvg(
    {
      id: "bench-line",
      headline: "Bench",
      subtitle: "Generated rows",
      alt: "Line",
      rows,
      plot: () => ({ options: { height: 300, marks: [Plot.lineY(rows, { x: "as_of", y: "value" })] } }),
    },
    "web",
    { names: names(result.data), credit: "bench" },
  );
  const done = performance.now();
  console.log(
    JSON.stringify({
      n,
      loadMs: loaded - t0,
      renderMs: done - loaded,
      totalMs: done - t0,
      bytes: svg.length,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

async function main(): Promise<void> {
  const caseArg = process.argv.find((a) => a.startsWith("--rows="));
  if (caseArg) return rowsCase(Number(caseArg.slice(7)));

  const out: string[][] = [["measure", "figure", "target"]];

  // Cold: fresh processes, three runs each, median.
  const importOnly = median(
    [0, 1, 2].map(() =>
      wall(["--import", "tsx", "-e", "await import('jsdom'); await import('@observablehq/plot');"]),
    ),
  );
  const tmp = mkdtempSync(join(tmpdir(), "rf-bench-"));
  const cold = median([0, 1, 2].map(() => wall(["--import", "tsx", "scripts/charts.ts", "--out", tmp])));
  const coldSvg = median(
    [0, 1, 2].map(() => wall(["--import", "tsx", "scripts/charts.ts", "--out", tmp, "--format", "svg"])),
  );
  rmSync(tmp, { recursive: true, force: true });
  out.push(["import jsdom + Plot only (fresh process)", `${importOnly.toFixed(0)} ms`, "baseline"]);
  out.push([
    "cold npm run charts, svg + png",
    `${cold.toFixed(0)} ms (${(cold / importOnly).toFixed(2)}×)`,
    "≤ 1.5× baseline",
  ]);
  out.push([
    "cold npm run charts, svg only",
    `${coldSvg.toFixed(0)} ms (${(coldSvg / importOnly).toFixed(2)}×)`,
    "≤ 1.5× baseline",
  ]);

  // Warm: one process, one jsdom window; each chart after a warm-up render.
  const loaded = loadData("data");
  if (!loaded.ok) throw new Error("data does not load");
  const { notebooks } = await buildNotebooks(notebookFiles("."), loaded.data);
  const ctx = { names: names(loaded.data), credit: readConfig(".").credit };
  for (const chart of notebooks.flatMap((n) => n.charts)) {
    const svgTimes: number[] = [];
    const pngTimes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      let web = "";
      for (const size of Object.keys(SIZES) as Size[]) {
        const s = renderSvg(chart, size, ctx);
        if (size === "web") web = s;
      }
      const t1 = performance.now();
      rasterize(web);
      const t2 = performance.now();
      if (i > 0) {
        svgTimes.push(t1 - t0);
        pngTimes.push(t2 - t1);
      }
    }
    out.push([
      `warm re-render ${chart.id} (2 SVGs | PNG)`,
      `${median(svgTimes).toFixed(1)} ms | ${median(pngTimes).toFixed(1)} ms`,
      "≤ 20 ms per chart",
    ]);
  }

  // Rows: each size in its own process for a clean peak-memory figure.
  const results = [10_000, 100_000].map(
    (n) =>
      JSON.parse(
        execFileSync(node, ["--import", "tsx", "scripts/bench.ts", `--rows=${n}`], { env, encoding: "utf8" }),
      ) as { n: number; loadMs: number; renderMs: number; totalMs: number; maxRssMb: number },
  );
  for (const r of results) {
    out.push([
      `${r.n.toLocaleString("en-GB")} rows: load | line chart | total`,
      `${r.loadMs.toFixed(0)} | ${r.renderMs.toFixed(0)} | ${r.totalMs.toFixed(0)} ms, peak ${r.maxRssMb.toFixed(0)} MB`,
      r.n === 100_000 ? "≤ 2,000 ms, ≤ 500 MB" : "for comparison",
    ]);
  }
  const [small, big] = results;
  out.push([
    "growth 10k → 100k rows (time)",
    `${(big!.totalMs / small!.totalMs).toFixed(1)}× for 10× rows`,
    "about linear (≈10×)",
  ]);

  const widths = out[0]!.map((_, i) => Math.max(...out.map((r) => r[i]!.length)));
  for (const [i, r] of out.entries()) {
    console.log(r.map((c, j) => c.padEnd(widths[j]!)).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

await main();
