import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatNumber } from "../format/number.ts";
import { FORMATS, type ChartOutput, type Format } from "../output/chartFiles.ts";
import { renderCharts, siteFiles, type ChartFailure, type FiguresFile } from "../output/site.ts";
import { readIfExists, writeAtomic } from "../output/write.ts";
import type { Notebook } from "../notebook/types.ts";
import type { Data } from "../data/load.ts";
import { readConfig } from "./config.ts";
import { CliError, type Io } from "./errors.ts";
import { loadProject } from "./project.ts";

const OPTIONS = {
  out: { type: "string", description: "write into DIR instead of charts/", arg: "DIR" },
  format: {
    type: "string",
    description: "formats to write, comma-separated: svg,png (default both)",
    arg: "LIST",
  },
  watch: { type: "boolean", description: "keep running; re-render charts whose CSVs or notebooks change" },
  check: {
    type: "boolean",
    description: "write nothing; exit 1 listing every file that differs from what the data produces",
  },
  root: {
    type: "string",
    description: "project folder holding data/ and notebooks/ (default: current folder)",
    arg: "DIR",
  },
  debug: { type: "boolean", description: "print the stack of an internal error" },
  help: { type: "boolean", description: "show this help" },
} as const;

export function usage(): string {
  const lines = [
    "Usage: npm run charts -- [ids...] [options]",
    "",
    "Renders every chart (or the charts and notebooks named by id) into charts/:",
    "<notebook>/<id>.svg (640 px), <id>.mobile.svg (360 px), <id>.png (2×), each notebook's",
    "index.html and figures.json, and charts/index.html.",
    "",
    "Options:",
  ];
  for (const [name, o] of Object.entries(OPTIONS)) {
    const flag = `--${name}${"arg" in o ? ` ${o.arg}` : ""}`;
    lines.push(`  ${flag.padEnd(16)} ${o.description}`);
  }
  return lines.join("\n");
}

export interface ChartsOptions {
  root: string;
  out: string;
  formats: Format[];
  ids: string[];
  watch: boolean;
  check: boolean;
}

export function parseChartsArgs(argv: string[], cwd: string): ChartsOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: Object.fromEntries(Object.entries(OPTIONS).map(([k, o]) => [k, { type: o.type }])) as {
        [K in keyof typeof OPTIONS]: { type: (typeof OPTIONS)[K]["type"] };
      },
    });
  } catch (error) {
    const message = (error as Error).message;
    const option = /Unknown option '([^']+)'/.exec(message)?.[1];
    throw new CliError(
      `${option ? `unknown option: ${option}` : message.split(".")[0]}. Run npm run charts -- --help for the options.`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) throw new HelpRequested();
  const formats = (values.format ?? FORMATS.join(","))
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  for (const f of formats)
    if (!FORMATS.includes(f as Format))
      throw new CliError(`unknown format: ${f} (expected ${FORMATS.join(", ")})`);
  if (values.watch && values.check) throw new CliError("--watch and --check cannot be used together");
  const root = resolve(cwd, values.root ?? ".");
  return {
    root,
    out: resolve(root, values.out ?? "charts"),
    formats: formats as Format[],
    ids: positionals,
    watch: !!values.watch,
    check: !!values.check,
  };
}

class HelpRequested extends Error {}

/** The charts selected by ids: chart ids or notebook ids. Unknown ids are an error listing the known ones. */
export function selectCharts(notebooks: readonly Notebook[], ids: string[]): Set<string> {
  const all = notebooks.flatMap((nb) => nb.chartIds);
  if (ids.length === 0) return new Set(all);
  const selected = new Set<string>();
  const unknown: string[] = [];
  for (const id of ids) {
    const nb = notebooks.find((n) => n.id === id);
    if (nb) nb.chartIds.forEach((c) => selected.add(c));
    else if (all.includes(id)) selected.add(id);
    else unknown.push(id);
  }
  if (unknown.length) {
    throw new CliError(
      `unknown chart or notebook: ${unknown.join(", ")}. Known: ${[...notebooks.map((n) => n.id), ...all].join(", ")}`,
    );
  }
  return selected;
}

export async function charts(argv: string[], io: Io, cwd = process.cwd()): Promise<number> {
  let options: ChartsOptions;
  try {
    options = parseChartsArgs(argv, cwd);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.out(usage());
      return 0;
    }
    throw error;
  }
  if (options.watch) {
    const { watch } = await import("./watch.ts");
    return watch(options, io);
  }
  const t0 = performance.now();
  const project = await loadProject(options.root);
  const { data, notebooks } = project;
  const selected = selectCharts(notebooks, options.ids);
  const context = { names: project.names, credit: readConfig(options.root).credit };
  const rendered = await renderCharts(
    notebooks,
    context,
    options.check ? FORMATS : options.formats,
    options.check ? undefined : selected,
  );
  const failures = [...project.failures, ...rendered.failures].filter(
    (f) => options.check || !f.part.startsWith("chart ") || selected.has(f.part.slice(6)),
  );
  if (options.check) return check(options, notebooks, rendered.outputs, data, failures, io);
  return publish({
    options,
    notebooks,
    outputs: rendered.outputs,
    data,
    failures,
    selected,
    io,
    started: t0,
  });
}

export interface PublishInput {
  options: ChartsOptions;
  notebooks: readonly Notebook[];
  outputs: ReadonlyMap<string, ChartOutput>;
  data: Data;
  failures: ChartFailure[];
  selected: ReadonlySet<string>;
  io: Io;
  started: number;
}

/** Write what changed, one line per file, then a summary of changed charts and sentences. Returns the exit code. */
export function publish({
  options,
  notebooks,
  outputs,
  data,
  failures,
  selected,
  io,
  started,
}: PublishInput): number {
  const complete = !failures.some((f) => f.part === "notebook");
  const files = siteFiles(notebooks, outputs, data, options.formats, selected, complete);
  const before = readFigures(options.out, notebooks);
  const changedCharts = new Set<string>();
  let written = 0;
  const writeFailures: string[] = [];
  for (const file of files) {
    const path = join(options.out, file.path);
    try {
      const changed = writeAtomic(path, file.bytes);
      if (changed) {
        written++;
        if (file.chart) changedCharts.add(file.chart);
      }
      io.out(
        `${display(options.root, path).padEnd(44)} ${formatNumber(file.bytes.length).padStart(9)} bytes ${file.ms.toFixed(0).padStart(5)} ms  ${changed ? "written" : "unchanged"}`,
      );
    } catch (error) {
      writeFailures.push(`${display(options.root, path)}: ${(error as Error).message}`);
    }
  }
  const chartCount = [...selected].filter((id) => outputs.has(id)).length;
  io.out("");
  io.out(
    `${chartCount} chart${chartCount === 1 ? "" : "s"} rendered, ${files.length} files: ${written} written, ${files.length - written - writeFailures.length} unchanged, in ${formatNumber(Math.round(performance.now() - started))} ms`,
  );
  io.out(changedCharts.size ? `Charts changed: ${[...changedCharts].join(", ")}` : "Charts changed: none");
  for (const line of sentenceChanges(before, notebooks)) io.out(line);
  for (const line of unchartedLines(notebooks)) io.out(line);
  reportFailures(failures, io, "its previous files are untouched");
  for (const w of writeFailures) io.err(`error: could not write ${w}`);
  return exitCode(failures) || (writeFailures.length ? 1 : 0);
}

/** Rows that no chart and no sentence uses: a report outside every chart's period is named, never lost. */
export function unchartedLines(notebooks: readonly Notebook[]): string[] {
  const rows = notebooks.flatMap((nb) => nb.uncharted);
  if (!rows.length) return [];
  const shown = [...new Set(rows.map((r) => `${r.ref.file}:${r.ref.line}`))];
  return [`Rows in no chart and no sentence (${shown.length}): ${shown.join(", ")}`];
}

/** One line per failure naming the notebook and chart; with --debug, each cause's stack. */
export function reportFailures(failures: readonly ChartFailure[], io: Io, after: string): void {
  for (const f of failures) {
    io.err(
      `error: ${f.message}${f.part.startsWith("chart ") ? `; ${after}` : ""}${f.userError || io.debug ? "" : " (run with --debug for the stack)"}`,
    );
    if (io.debug) {
      for (let e: unknown = f.error.cause; e instanceof Error; e = e.cause) io.err(e.stack ?? e.message);
    }
  }
}

/** 1 when the data can fix every failure, 2 when any is a bug, 0 when there are none. */
export function exitCode(failures: readonly ChartFailure[]): number {
  if (failures.some((f) => !f.userError)) return 2;
  return failures.length ? 1 : 0;
}

function readFigures(out: string, notebooks: readonly Notebook[]): Map<string, FiguresFile> {
  const map = new Map<string, FiguresFile>();
  for (const nb of notebooks) {
    const bytes = readIfExists(join(out, nb.id, "figures.json"));
    if (!bytes) continue;
    try {
      map.set(nb.id, JSON.parse(bytes.toString("utf8")) as FiguresFile);
    } catch {
      // An unreadable old file only means no comparison.
    }
  }
  return map;
}

/** "Sentences changed:" with each sentence whose text changed, old → new, and new or removed ones. */
export function sentenceChanges(
  before: ReadonlyMap<string, FiguresFile>,
  notebooks: readonly Notebook[],
): string[] {
  const lines: string[] = [];
  for (const nb of notebooks) {
    const old = before.get(nb.id);
    if (!old) continue;
    const oldById = new Map(old.sentences.map((s) => [s.id, s.text]));
    for (const s of nb.sentences) {
      const was = oldById.get(s.id);
      if (was === undefined) lines.push(`  ${nb.id}/${s.id} (new): ${s.text}`);
      else if (was !== s.text) lines.push(`  ${nb.id}/${s.id}: ${was}\n    → ${s.text}`);
      oldById.delete(s.id);
    }
    for (const [id, text] of oldById) lines.push(`  ${nb.id}/${id} (removed): ${text}`);
  }
  return lines.length ? ["Sentences changed:", ...lines] : ["Sentences changed: none"];
}

/** --check: render in memory, compare with the files on disk, list every difference. */
function check(
  options: ChartsOptions,
  notebooks: readonly Notebook[],
  outputs: ReadonlyMap<string, ChartOutput>,
  data: Data,
  failures: ChartFailure[],
  io: Io,
): number {
  const all = new Set(notebooks.flatMap((nb) => nb.chartIds));
  const files = siteFiles(
    notebooks,
    outputs,
    data,
    FORMATS,
    all,
    !failures.some((f) => f.part === "notebook"),
  );
  const expected = new Set(files.map((f) => f.path));
  const problems: string[] = [];
  const charts = new Set<string>();
  for (const file of files) {
    const old = readIfExists(join(options.out, file.path));
    if (!old) problems.push(`missing: ${display(options.root, join(options.out, file.path))}`);
    else if (!old.equals(file.bytes))
      problems.push(`differs: ${display(options.root, join(options.out, file.path))}`);
    else continue;
    if (file.chart) charts.add(file.chart);
  }
  for (const path of listFiles(options.out)) {
    if (!expected.has(path))
      problems.push(`not produced by any chart: ${display(options.root, join(options.out, path))}`);
  }
  reportFailures(failures, io, "its files cannot be checked");
  if (problems.length === 0 && failures.length === 0) {
    io.out(`ok: ${files.length} files in ${display(options.root, options.out)} match the data`);
    return 0;
  }
  for (const p of problems) io.err(p);
  if (charts.size) io.err(`charts that differ from the data: ${[...charts].join(", ")}`);
  if (problems.length) {
    io.err(
      `${problems.length} file${problems.length === 1 ? "" : "s"} out of date: run npm run charts and commit the result`,
    );
  }
  return exitCode(failures) || 1;
}

function listFiles(dir: string, prefix = ""): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

export function display(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith("..") ? path : rel;
}
