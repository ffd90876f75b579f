import { watch as fsWatch } from "node:fs";
import { basename, join } from "node:path";
import type { Notebook } from "../notebook/types.ts";
import type { ChartOutput } from "../output/chartFiles.ts";
import { renderCharts } from "../output/site.ts";
import type { BuildOptions } from "./options.ts";
import { publish } from "./publish.ts";
import { readConfig } from "./config.ts";
import { CliError } from "../errors.ts";
import type { Io } from "./io.ts";
import { loadProject } from "./project.ts";

/**
 * Keep one process (and so one jsdom window) and re-render only the charts whose
 * CSVs or notebook changed. A bad save prints its problems and keeps watching.
 * Resolves when `signal` aborts (tests) or never (the command line).
 */
export async function watch(
  options: BuildOptions,
  io: Io,
  signal?: AbortSignal,
  onRendered?: () => void,
): Promise<number> {
  let project = await loadProject(options.root);
  let outputs = new Map<string, ChartOutput>();
  const credit = readConfig(options.root).credit;
  let version = 0;

  const run = async (only: Set<string> | undefined, why: string) => {
    const t0 = performance.now();
    const { data, notebooks } = project;
    const rendered = await renderCharts(
      notebooks,
      { names: project.names, credit },
      options.formats,
      only,
      outputs,
    );
    outputs = rendered.outputs;
    const selected = only ?? new Set(notebooks.flatMap((n) => n.chartIds));
    const failures = [...project.failures, ...rendered.failures];
    publish({ options, notebooks, outputs, data, failures, selected, io, started: t0 });
    io.out(
      `[watch] ${why}: ${selected.size} chart${selected.size === 1 ? "" : "s"} re-rendered in ${Math.round(performance.now() - t0)} ms`,
    );
    onRendered?.();
  };
  await run(undefined, "start");

  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const onChange = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), 10);
  };
  const flush = async () => {
    const changed = [...pending];
    pending.clear();
    const csvs = changed.filter((p) => p.endsWith(".csv"));
    const books = changed.filter((p) => p.endsWith(".ts"));
    try {
      if (books.length) version++;
      project = await loadProject(options.root, version);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.err(`[watch] ${error.message}. Still watching.`);
      for (const line of error.details) io.err(line);
      return;
    }
    await run(
      affected(project.notebooks, csvs, books),
      `changed ${changed.map((p) => basename(p)).join(", ")}`,
    );
  };

  const watchers = [
    fsWatch(
      join(options.root, "data"),
      (_e, name) => name && name.endsWith(".csv") && onChange(join("data", name)),
    ),
    fsWatch(
      join(options.root, "notebooks"),
      (_e, name) => name && name.endsWith(".ts") && onChange(join("notebooks", name)),
    ),
  ];
  io.out("[watch] watching data/*.csv and notebooks/*.ts; press Ctrl+C to stop");
  await new Promise<void>((resolve) => {
    if (signal) signal.addEventListener("abort", () => resolve(), { once: true });
  });
  clearTimeout(timer);
  for (const w of watchers) w.close();
  return 0;
}

/** Charts to re-render: those plotting rows of a changed CSV (all, if sources.csv changed), and every chart of a changed notebook. */
export function affected(notebooks: readonly Notebook[], csvs: string[], books: string[]): Set<string> {
  const out = new Set<string>();
  const csvNames = new Set(csvs.map((p) => basename(p)));
  const bookNames = new Set(books.map((p) => basename(p, ".ts")));
  for (const nb of notebooks) {
    for (const chart of nb.charts) {
      const uses = new Set(chart.rows.map((r) => basename(r.ref.file)));
      if (csvNames.has("sources.csv") || bookNames.has(nb.id) || [...uses].some((f) => csvNames.has(f)))
        out.add(chart.id);
    }
  }
  return out;
}
