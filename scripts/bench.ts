/**
 * npm run bench: the commands a user types, timed from outside as whole processes, with medians
 * and ratios against the floor (plain node importing jsdom and Plot). Not a test: targets are
 * printed beside the figures, and nothing fails on a slow machine.
 *
 *   floor     node importing jsdom and Plot, nothing else
 *   cold      npm run --silent charts with the build cache cleared (dist/ compiled, as after npm install)
 *   no-op     npm run --silent charts again, nothing changed
 *   one edit  npm run --silent charts after one CSV figure changed
 *   watch     from saving a CSV to the changed SVG on disk, 20 saves, measured outside the process
 *   rows      10,000 and 100,000 generated rows through the loader and a line chart, each in its
 *             own plain-node process, with its own peak memory
 *   sizes     every SVG's bytes (fonts embedded)
 *
 * Runs in a temporary copy of the project, so charts/ here is never touched.
 * Options: --runs N (default 5), --quick (3 runs, 8 saves), --only LIST (e.g. --only watch,rows).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { names } from "../src/cite/names.ts";
import { parseData, type TableBytes } from "../src/data/load.ts";
import { TABLES } from "../src/data/schema.ts";
import { isoDate } from "../src/format/date.ts";

const node = process.execPath;
const env = { ...process.env, TZ: "UTC" };
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const RUNS = Number(args[args.indexOf("--runs") + 1]) || (quick ? 3 : 5);
const SAVES = quick ? 8 : 20;
/** --only floor,cold,noop,edit,watch,rows,sizes: measure only these (default all). */
const only = args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "").split(",") : undefined;
const want = (measure: string) => !only || only.includes(measure);
const repo = resolve(".");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Wall time of a whole process, in ms; throws with its stderr if it fails. */
function wall(cmd: string, argv: string[], cwd = repo): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed (${r.status}): ${r.stderr}`);
  return performance.now() - t0;
}

/** A copy of the project to run in, node_modules linked, dist/ compiled as npm install leaves it. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), "rf-bench-"));
  for (const part of ["data", "notebooks", "charts", "src", "scripts", "package.json", "package-lock.json"])
    cpSync(join(repo, part), join(dir, part), { recursive: true });
  symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"), "dir");
  execFileSync(node, ["scripts/run.mjs", "compile"], { cwd: dir, env });
  return dir;
}

/** The build cache of a project copy: cleared for a cold run. */
function clearCache(dir: string): void {
  rmSync(join(dir, "node_modules", ".cache", "rafah-figures"), { recursive: true, force: true });
  rmSync(join(dir, ".cache"), { recursive: true, force: true });
}

/** One generated-rows case, in this (plain node) process: load N rows and draw them as a line chart; prints JSON. */
/**
 * One process per size: the loader's time and peak memory first, as `npm run check` pays them
 * (Plot and jsdom are imported only afterwards), then a line chart of the rows.
 */
async function rowsCase(n: number): Promise<void> {
  const header = "measure,who,scope,place,value,qualifier,as_of,reported_by,source,note\n";
  const lines: string[] = [];
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < n; i++) {
    const d = isoDate(new Date(start + i * 3_600_000));
    lines.push(`killed,people,war,Gaza,${i},at least,${d},Reporter ${i % 7},s-1,row ${i}`);
  }
  const csv = header + lines.join("\n") + "\n";
  const enc = new TextEncoder();
  // Every table of the schema with its header alone, then one source and the generated rows.
  const bytes: TableBytes = {
    ...Object.fromEntries(
      Object.entries(TABLES).map(([name, spec]) => [
        name,
        enc.encode(`${Object.keys(spec.columns).join(",")}\n`),
      ]),
    ),
    sources: enc.encode(
      "id,publisher,publisher_basis,headline,headline_kind,published,date_basis,date_note,file\ns-1,Wire,stated,H,own,2024-05-07,stated,,a.txt\n",
    ),
    casualties: enc.encode(csv),
  };
  const t0 = performance.now();
  const result = parseData(bytes);
  if (!result.ok) throw new Error(`generated data did not load: ${result.problems[0]?.message ?? ""}`);
  const loaded = performance.now();
  const loadRssMb = process.resourceUsage().maxRSS / 1024;
  const rows = result.data.casualties;
  const [Plot, { renderSvg }] = await Promise.all([
    import("@observablehq/plot"),
    import("../src/render/renderSvg.ts"),
  ]);
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
      bytes: svg.length,
      loadRssMb,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

/** Median time from saving a CSV to its changed SVG on disk, over `saves` saves, watched from outside. */
async function watchLatency(dir: string, saves: number): Promise<number[]> {
  const csv = join(dir, "data/hostages.csv");
  const svg = join(dir, "charts/hostages/hostages-jan-2026.svg");
  const original = readFileSync(csv, "utf8");
  // Its own process group, so that npm's node child is stopped with it and no pipe is left open.
  const child = spawn("npm", ["run", "--silent", "charts", "--", "--watch"], {
    cwd: dir,
    env,
    detached: true,
  });
  let out = "";
  child.stdout.on("data", (b) => (out += String(b)));
  child.stderr.on("data", (b) => (out += String(b)));
  const until = (what: () => boolean, limit = 30_000) =>
    new Promise<void>((ok, fail) => {
      const started = performance.now();
      const poll = setInterval(() => {
        if (what()) {
          clearInterval(poll);
          ok();
        } else if (performance.now() - started > limit) {
          clearInterval(poll);
          fail(new Error(`watch did not answer:\n${out}`));
        }
      }, 1);
    });
  const times: number[] = [];
  try {
    await until(() => out.includes("[watch] watching"));
    for (let i = 0; i < saves; i++) {
      const value = 20 + (i % 5);
      const before = readFileSync(svg, "utf8");
      const t0 = performance.now();
      writeFileSync(csv, original.replace("remains_returned,28,", `remains_returned,${value},`));
      await until(() => {
        try {
          return readFileSync(svg, "utf8") !== before;
        } catch {
          return false;
        }
      });
      times.push(performance.now() - t0);
      // Let the PNG and the pages of this save finish before the next.
      await until(() => out.split("[watch] changed").length > i + 1);
    }
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    writeFileSync(csv, original);
  }
  return times;
}

/** Every SVG under a charts folder with its size. */
function svgSizes(charts: string): [string, number][] {
  return readdirSync(charts, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(charts, d.name))
        .filter((f) => f.endsWith(".svg"))
        .map((f): [string, number] => [`${d.name}/${f}`, statSync(join(charts, d.name, f)).size]),
    );
}

async function main(): Promise<void> {
  const at = args.find((a) => a.startsWith("--rows="));
  if (at) return rowsCase(Number(at.slice(7)));

  const table: string[][] = [["measure", "median", "target"]];
  const row = (what: string, figure: string, target = "") => table.push([what, figure, target]);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const dir = copy();
  try {
    row(`machine`, `${availableParallelism()} cores, ${cpus()[0]?.model ?? "unknown CPU"}`);
    const charts = () => wall("npm", ["run", "--silent", "charts"], dir);
    let floor = NaN;
    if (want("floor") || want("cold")) {
      floor = median(
        Array.from({ length: RUNS }, () =>
          wall(node, [
            "--input-type=module",
            "-e",
            "await import('jsdom'); await import('@observablehq/plot');",
          ]),
        ),
      );
      row("floor: node importing jsdom and Plot", ms(floor));
    }
    let cold = NaN;
    if (want("cold")) {
      cold = median(
        Array.from({ length: RUNS }, () => {
          clearCache(dir);
          return charts();
        }),
      );
      row(
        "cold: npm run --silent charts (cache cleared)",
        `${ms(cold)} (${(cold / floor).toFixed(2)}× floor)`,
        "≤ 1,300 ms, ≤ 1.5× floor",
      );
    }
    if (want("noop")) {
      charts();
      row(
        "no-op: npm run --silent charts, nothing changed",
        ms(median(Array.from({ length: RUNS }, charts))),
        "≤ 400 ms",
      );
    }
    if (want("edit")) {
      const csv = join(dir, "data/casualties.csv");
      const original = readFileSync(csv, "utf8");
      charts();
      const edit = median(
        Array.from({ length: RUNS }, (_, i) => {
          writeFileSync(csv, original.replace("Gaza,484,", `Gaza,${490 + i},`));
          return charts();
        }),
      );
      writeFileSync(csv, original);
      charts();
      row(
        "one CSV figure changed: npm run --silent charts",
        `${ms(edit)}${Number.isNaN(cold) ? "" : ` (${(edit / cold).toFixed(2)}× cold)`}`,
      );
    }
    if (want("watch")) {
      const latency = await watchLatency(dir, SAVES);
      row(
        `watch: save → SVG on disk (${SAVES} saves)`,
        `${ms(median(latency))} (min ${ms(Math.min(...latency))}, max ${ms(Math.max(...latency))})`,
        "≤ 50 ms",
      );
    }
    if (want("rows")) {
      const results = [10_000, 100_000].map(
        (n) =>
          JSON.parse(
            execFileSync(node, [join(dir, "dist/scripts/bench.js"), `--rows=${n}`], {
              env,
              encoding: "utf8",
            }),
          ) as { n: number; loadMs: number; renderMs: number; loadRssMb: number; maxRssMb: number },
      );
      for (const r of results) {
        row(
          `${r.n.toLocaleString("en-GB")} rows: load and validate (peak)`,
          `${ms(r.loadMs)}, ${r.loadRssMb.toFixed(0)} MB`,
          r.n === 100_000 ? "≤ 400 ms, ≤ 250 MB" : "",
        );
        row(
          `${r.n.toLocaleString("en-GB")} rows: then a line chart (peak)`,
          `${ms(r.renderMs)}, ${r.maxRssMb.toFixed(0)} MB`,
        );
      }
    }
    if (want("sizes")) {
      const sizes = svgSizes(join(dir, "charts"));
      const largest = sizes.reduce((a, b) => (b[1] > a[1] ? b : a), ["", 0]);
      row(
        `SVG sizes (${sizes.length} files)`,
        `median ${(median(sizes.map(([, b]) => b)) / 1024).toFixed(1)} KB, largest ${(largest[1] / 1024).toFixed(1)} KB (${largest[0]})`,
        "≤ 40 KB each",
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? "").length))) ?? [];
  for (const [i, r] of table.entries()) {
    console.log(
      r
        .map((c, j) => c.padEnd(widths[j] ?? 0))
        .join("  ")
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

await main();
