/**
 * npm run bench: the commands a user types, timed from outside as whole processes, with medians
 * and ratios against the floor (plain node importing jsdom and Plot). Not a test: each target is
 * printed beside its median, and nothing fails on a slow machine.
 *
 *   floor     node importing jsdom and Plot, nothing else
 *   cold      npm run --silent charts with the build cache cleared (dist/ compiled, as after npm
 *             install), every format: 24 PNGs
 *   no-op     npm run --silent charts again, nothing changed
 *   one edit  npm run --silent charts after one CSV figure changed
 *   watch     from saving a CSV to the changed SVG on disk, 20 saves, measured outside the process
 *   notebook  from saving a notebook (a new headline) to the changed SVG on disk, in the watch
 *   rows      10,000 and 100,000 generated rows through the loader and a line chart, each in its
 *             own plain-node process, with its own peak memory
 *   sizes     every SVG's bytes (fonts embedded)
 *   extract   npm run --silent extract on the longest article of ../shared/articles (held to 1 s
 *             on two cores), one untimed run first
 *
 * Runs in temporary copies of the project (node_modules a folder of links, so each copy has its
 * own build cache), so charts/ here is never touched. Options: --runs N (default 5), --quick (3
 * runs, 8 saves), --only LIST (e.g. --only watch,rows), --against DIR (another checkout of the
 * project, e.g. main exported with git archive: measured in the same session, runs interleaved,
 * its medians in a column of their own).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { names } from "../src/cite/names.ts";
import { parseData, type TableBytes } from "../src/data/load.ts";
import { TABLES } from "../src/data/schema.ts";
import { isoDate } from "../src/format/date.ts";

const node = process.execPath;
const env = { ...process.env, TZ: "UTC" };
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes("--quick");
const RUNS = Number(option("--runs")) || (quick ? 3 : 5);
const SAVES = quick ? 8 : 20;
/** --only floor,cold,noop,edit,watch,notebook,rows,sizes,extract: measure only these (default all). */
const only = option("--only")?.split(",");
const want = (measure: string) => !only || only.includes(measure);
const repo = resolve(".");
const against = option("--against");

function median(xs: number[]): number {
  const s = [...xs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** The output of the last process `wall` ran. */
let lastOut = "";

/** Wall time of a whole process, in ms; throws with its stderr if it fails. */
function wall(cmd: string, argv: string[], cwd = repo): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { cwd, env, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed (${r.status}): ${r.stderr}`);
  lastOut = r.stdout;
  return performance.now() - t0;
}

/** A copy of a checkout to run in: node_modules a folder of links (its own build cache), dist/ compiled as npm install leaves it. */
function copy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "rf-bench-"));
  for (const part of [
    "data",
    "notebooks",
    "charts",
    "src",
    "scripts",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
  ])
    if (existsSync(join(from, part))) cpSync(join(from, part), join(dir, part), { recursive: true });
  const modules = existsSync(join(from, "node_modules"))
    ? join(from, "node_modules")
    : join(repo, "node_modules");
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(modules).filter((n) => n !== ".cache"))
    symlinkSync(join(modules, name), join(dir, "node_modules", name));
  execFileSync(node, ["scripts/run.mjs", "compile"], { cwd: dir, env });
  return dir;
}

/** The build cache of a project copy: cleared for a cold run. */
function clearCache(dir: string): void {
  rmSync(join(dir, "node_modules", ".cache", "rafah-figures"), { recursive: true, force: true });
}

/**
 * One process per size: the loader's time and peak memory first, as `npm run check` pays them
 * (Plot and jsdom are imported only afterwards), then a line chart of the rows. Prints JSON.
 */
async function rowsCase(n: number): Promise<void> {
  const header =
    "measure,who,scope,place,value,qualifier,hedge,as_of,reported_by,source,passage,cause,note\n";
  const lines: string[] = [];
  const start = Date.UTC(2000, 0, 1);
  for (let i = 0; i < n; i++) {
    const d = isoDate(new Date(start + i * 3_600_000));
    lines.push(`killed,people,war,Gaza,${i},at least,,${d},Reporter ${i % 7},s-1,p1.s1,,row ${i}`);
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

/** Resolves once `what` holds, polling every ms; rejects after `limit` ms. */
function until(what: () => boolean, detail: () => string, limit = 30_000): Promise<void> {
  return new Promise<void>((ok, fail) => {
    const started = performance.now();
    const poll = setInterval(() => {
      if (what()) {
        clearInterval(poll);
        ok();
      } else if (performance.now() - started > limit) {
        clearInterval(poll);
        fail(new Error(`watch did not answer:\n${detail().slice(-2000)}`));
      }
    }, 1);
  });
}

/**
 * Median time from a save to its changed SVG on disk, watched from outside: `saves` saves of
 * `file` made by `edit(i)`. A save whose SVG never changes (a watch that does not see it) counts
 * as NaN after `limit` ms.
 */
async function watchLatency(
  dir: string,
  file: string,
  svgPath: string,
  edit: (text: string, i: number) => string,
  saves: number,
  { warm = 0, limit = 30_000 } = {},
): Promise<number[]> {
  const path = join(dir, file);
  const svg = join(dir, svgPath);
  const original = readFileSync(path, "utf8");
  // Its own process group, so that npm's node child is stopped with it and no pipe is left open.
  const child = spawn("npm", ["run", "--silent", "charts", "--", "--watch"], {
    cwd: dir,
    env,
    detached: true,
  });
  let out = "";
  child.stdout.on("data", (b) => (out += String(b)));
  child.stderr.on("data", (b) => (out += String(b)));
  const rounds = () => out.split("[watch] changed").length - 1;
  const times: number[] = [];
  try {
    await until(
      () => out.includes("[watch] watching"),
      () => out,
    );
    for (let i = -warm; i < saves; i++) {
      const before = readFileSync(svg, "utf8");
      const seen = rounds();
      const t0 = performance.now();
      writeFileSync(path, edit(original, i));
      try {
        await until(
          () => {
            try {
              return readFileSync(svg, "utf8") !== before;
            } catch {
              return false;
            }
          },
          () => out,
          i < 0 ? 30_000 : limit,
        );
        if (i >= 0) times.push(performance.now() - t0);
      } catch (error) {
        // A watch that never draws this save (one that does not see it) is measured as never,
        // once: the saves after it would wait as long for nothing.
        if (limit >= 30_000) throw error;
        if (i >= 0) times.push(NaN);
        break;
      }
      // Let the PNGs and the pages of this save finish before the next.
      await until(
        () => rounds() > seen || out.includes("Still watching"),
        () => out,
        limit,
      ).catch(() => undefined);
    }
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    writeFileSync(path, original);
  }
  return times;
}

/** The longest article of ../shared/articles, in words: the one npm run extract is timed on. */
function longestArticle(): { path: string; words: number } | undefined {
  const dir = resolve(repo, "..", "shared", "articles");
  if (!existsSync(dir)) return undefined;
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({
      path: join(dir, f),
      words: readFileSync(join(dir, f), "utf8").split(/\s+/).filter(Boolean).length,
    }));
  return articles.sort((a, b) => b.words - a.words)[0];
}

/** npm run --silent extract as typed, in each tree in turn: the medians, after one untimed run each. */
function extractMedians(dirs: string[], article: string): number[] {
  const extract = (dir: string) => wall("npm", ["run", "--silent", "extract", "--", article], dir);
  dirs.forEach(extract);
  const runs: number[][] = dirs.map(() => []);
  for (let i = 0; i < RUNS; i++) dirs.forEach((dir, k) => runs[k]?.push(extract(dir)));
  return runs.map(median);
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

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

async function main(): Promise<void> {
  const at = args.find((a) => a.startsWith("--rows="));
  if (at) return rowsCase(Number(at.slice(7)));

  const trees = [repo, ...(against ? [resolve(against)] : [])];
  const table: string[][] = [
    ["measure", ...trees.map((t) => `median (${t === repo ? "this" : basename(t)})`), "target"],
  ];
  const row = (what: string, figures: string[], target = "") => table.push([what, ...figures, target]);
  const ms = (x: number) => (Number.isNaN(x) ? "never" : `${x.toFixed(0)} ms`);
  const times = (f: () => number) => Array.from({ length: RUNS }, f);
  row(
    "machine",
    trees.map(() => `${availableParallelism()} cores, ${cpus()[0]?.model ?? "unknown CPU"}`),
  );
  row("load average at start (1, 5, 15 min)", trees.map(load));
  const dirs = trees.map(copy);
  try {
    const charts = (dir: string) => wall("npm", ["run", "--silent", "charts"], dir);
    const floorRun = () =>
      wall(node, ["--input-type=module", "-e", "await import('jsdom'); await import('@observablehq/plot');"]);
    // Each sample of each tree is taken in turn with the others and with the floor, so that the
    // machine's load falls on all of them alike.
    const interleaved = (each: (dir: string, i: number) => number) => {
      const floor: number[] = [];
      const runs: number[][] = dirs.map(() => []);
      for (let i = 0; i < RUNS; i++) {
        floor.push(floorRun());
        dirs.forEach((dir, k) => runs[k]?.push(each(dir, i)));
      }
      return { floor: median(floor), medians: runs.map(median) };
    };
    const ratio = (x: number, floor: number) => `${ms(x)} (${(x / floor).toFixed(2)}× floor)`;
    if (want("floor") && !want("cold") && !want("edit"))
      row(
        "floor: node importing jsdom and Plot",
        dirs.map(() => ms(median(times(floorRun)))),
      );
    if (want("cold")) {
      const pngs = dirs.map(() => 0);
      const { floor, medians } = interleaved((dir) => {
        clearCache(dir);
        const t = charts(dir);
        // Every file made is listed, written or unchanged: the PNGs among them.
        pngs[dirs.indexOf(dir)] = lastOut.split("\n").filter((l) => /\.png +[\d,]+ bytes/.test(l)).length;
        return t;
      });
      row(
        "floor: node importing jsdom and Plot",
        dirs.map(() => ms(floor)),
      );
      row(
        "cold: npm run --silent charts (cache cleared)",
        medians.map((m) => ratio(m, floor)),
        "≤ 2.5× floor",
      );
      row("cold: PNGs made", pngs.map(String), "24");
    }
    if (want("noop")) {
      dirs.forEach(charts);
      const medians = dirs.map((dir) => median(times(() => charts(dir))));
      row("no-op: npm run --silent charts, nothing changed", medians.map(ms), "≤ 400 ms");
    }
    if (want("edit")) {
      const originals = dirs.map((dir) => readFileSync(join(dir, "data/casualties.csv"), "utf8"));
      dirs.forEach(charts);
      const { floor, medians } = interleaved((dir, i) => {
        const k = dirs.indexOf(dir);
        writeFileSync(
          join(dir, "data/casualties.csv"),
          (originals[k] ?? "").replace("Gaza,484,", `Gaza,${490 + i},`),
        );
        return charts(dir);
      });
      dirs.forEach((dir, k) => writeFileSync(join(dir, "data/casualties.csv"), originals[k] ?? ""));
      dirs.forEach(charts);
      row(
        "one CSV figure changed: npm run --silent charts",
        medians.map((m) => ratio(m, floor)),
        "≤ 1.4× floor",
      );
    }
    if (want("watch")) {
      const medians: string[] = [];
      for (const dir of dirs) {
        const latency = await watchLatency(
          dir,
          "data/hostages.csv",
          "charts/hostages/hostages-jan-2026.svg",
          (text, i) => text.replace("remains_returned,28,", `remains_returned,${20 + (i % 5)},`),
          SAVES,
        );
        medians.push(
          `${ms(median(latency))} (min ${ms(Math.min(...latency))}, max ${ms(Math.max(...latency))})`,
        );
      }
      row(`watch: CSV save → SVG on disk (${SAVES} saves)`, medians, "≤ 50 ms");
    }
    if (want("notebook")) {
      const medians: string[] = [];
      const line = "      headline: afterCeasefireHeadline(rows, names),";
      for (const dir of dirs) {
        // One save first, not timed: the watch's type checker takes its first look at the project.
        const latency = await watchLatency(
          dir,
          "notebooks/hostages.ts",
          "charts/hostages/hostages-jan-2026.svg",
          (text, i) => text.replace(line, `        headline: "A headline saved in the notebook (${i + 2})",`),
          Math.ceil(SAVES / 2),
          { warm: 1, limit: 10_000 },
        );
        medians.push(
          latency.some((t) => !Number.isNaN(t))
            ? `${ms(median(latency))} (min ${ms(Math.min(...latency))}, max ${ms(Math.max(...latency))})`
            : "never: the SVG did not change",
        );
      }
      row(`watch: notebook save → SVG on disk (${Math.ceil(SAVES / 2)} saves)`, medians, "≤ 300 ms");
    }
    if (want("rows")) {
      const results = dirs.map((dir) =>
        [10_000, 100_000].map((n) => {
          const runs = Array.from(
            { length: RUNS },
            () =>
              JSON.parse(
                execFileSync(node, [join(dir, "dist/scripts/bench.js"), `--rows=${n}`], {
                  env,
                  encoding: "utf8",
                }),
              ) as { n: number; loadMs: number; renderMs: number; loadRssMb: number; maxRssMb: number },
          );
          return {
            n,
            loadMs: median(runs.map((r) => r.loadMs)),
            renderMs: median(runs.map((r) => r.renderMs)),
            loadRssMb: median(runs.map((r) => r.loadRssMb)),
            maxRssMb: median(runs.map((r) => r.maxRssMb)),
          };
        }),
      );
      for (const [j, n] of [10_000, 100_000].entries()) {
        const of = (k: number) => results[k]?.[j];
        row(
          `${n.toLocaleString("en-GB")} rows: load and validate (peak)`,
          dirs.map((_, k) => `${ms(of(k)?.loadMs ?? NaN)}, ${(of(k)?.loadRssMb ?? NaN).toFixed(0)} MB`),
          n === 100_000 ? "≤ 400 ms, ≤ 250 MB" : "",
        );
        row(
          `${n.toLocaleString("en-GB")} rows: then a line chart (peak)`,
          dirs.map((_, k) => `${ms(of(k)?.renderMs ?? NaN)}, ${(of(k)?.maxRssMb ?? NaN).toFixed(0)} MB`),
        );
      }
    }
    if (want("sizes")) {
      row(
        "SVG sizes",
        dirs.map((dir) => {
          const sizes = svgSizes(join(dir, "charts"));
          const largest = sizes.reduce((a, b) => (b[1] > a[1] ? b : a), ["", 0]);
          return `${sizes.length} files, median ${(median(sizes.map(([, b]) => b)) / 1024).toFixed(1)} KB, largest ${(largest[1] / 1024).toFixed(1)} KB (${largest[0]})`;
        }),
        "≤ 40 KB each",
      );
    }
    const article = want("extract") ? longestArticle() : undefined;
    if (article)
      row(
        `extract: npm run --silent extract -- ${basename(article.path)} (${article.words} words)`,
        extractMedians(dirs, article.path).map(ms),
        "≤ 1000 ms",
      );
    row("load average at the end", trees.map(load));
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    print(table);
  }
}

/** The table, columns padded; printed even when a measure failed, with the rows measured before it. */
function print(table: string[][]): void {
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
