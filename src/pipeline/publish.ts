/** Writing a build: every file atomically, one line per file, then what changed for the editor. */
import { join } from "node:path";
import type { Data } from "../data/load.ts";
import { formatNumber } from "../format/number.ts";
import type { Notebook, NotebookFailure } from "../notebook/types.ts";
import type { ChartOutput, OutputFile } from "../output/chartFiles.ts";
import { inSiteOrder, siteChartFiles, sitePages } from "../output/site.ts";
import { writeAtomic } from "../output/write.ts";
import { formatLocation, UserError } from "../errors.ts";
import type { BuildOptions } from "./config.ts";
import {
  display,
  exitCode,
  readFigures,
  reportFailures,
  sentenceChanges,
  unchartedLines,
  type Io,
} from "./report.ts";

export interface PublishInput {
  options: BuildOptions;
  notebooks: readonly Notebook[];
  outputs: ReadonlyMap<string, ChartOutput>;
  data: Data;
  failures: readonly NotebookFailure[];
  selected: ReadonlySet<string>;
  io: Io;
  started: number;
  /** Charts taken from the last run's files, not drawn again: their files are left as they are. */
  cached?: number;
}

/** What a publish did: its exit code, the files it wrote or found unchanged, and the notes it printed after its summary. */
export interface Published {
  exit: number;
  files: OutputFile[];
  notes: string[];
}

/** Write what changed, one line per file, then a summary of changed charts and sentences. */
export function publish({
  options,
  notebooks,
  outputs,
  data,
  failures,
  selected,
  io,
  started,
  cached = 0,
}: PublishInput): Published {
  const complete = !failures.some((f) => f.part === "notebook");
  // The charts' files are written before the pages are made: a watch's saved chart is on disk
  // sooner. Each file is listed in the site's order once all are written.
  const chartParts = siteChartFiles(notebooks, outputs, options.formats, selected);
  const before = readFigures(options.out, notebooks);
  const changedCharts = new Set<string>();
  // Each file's line, or why it could not be written.
  const results = new Map<OutputFile, { line: string; written: boolean } | { failure: string }>();
  const write = (file: OutputFile) => {
    const path = join(options.out, file.path);
    try {
      const changed = writeAtomic(path, file.bytes);
      if (changed && file.chart) changedCharts.add(file.chart);
      const line = `${display(options.root, path).padEnd(44)} ${formatNumber(file.bytes.length).padStart(9)} bytes ${file.ms.toFixed(0).padStart(5)} ms  ${changed ? "written" : "unchanged"}`;
      results.set(file, { line, written: changed });
    } catch (error) {
      results.set(file, {
        failure: `${display(options.root, path)}: ${writeProblem(options.root, path, error)}`,
      });
    }
  };
  chartParts.flat().forEach(write);
  const pages = sitePages(notebooks, outputs, data, complete);
  [...pages.notebooks.flat(), ...pages.index].forEach(write);
  const files = inSiteOrder(chartParts, pages);
  let written = 0;
  const writeFailures: string[] = [];
  for (const file of files) {
    const result = results.get(file);
    if (!result) continue;
    if ("failure" in result) writeFailures.push(result.failure);
    else {
      io.out(result.line);
      if (result.written) written++;
    }
  }
  const chartCount = [...selected].filter((id) => outputs.has(id)).length;
  const fromCache = cached ? `, ${cached} unchanged since the last run (not drawn)` : "";
  io.out("");
  io.out(
    `${chartCount} chart${chartCount === 1 ? "" : "s"} rendered${fromCache}, ${files.length} files: ${written} written, ${files.length - written - writeFailures.length} unchanged, in ${formatNumber(Math.round(performance.now() - started))} ms`,
  );
  io.out(changedCharts.size ? `Charts changed: ${[...changedCharts].join(", ")}` : "Charts changed: none");
  for (const line of sentenceChanges(before, notebooks)) io.out(line);
  const notes = unchartedLines(notebooks);
  for (const line of notes) io.out(line);
  reportFailures(failures, io, "its previous files are untouched");
  for (const w of writeFailures) io.err(`error: could not write ${w}`);
  return { exit: exitCode(failures) || (writeFailures.length ? 1 : 0), files, notes };
}

/**
 * Why a file could not be written, as the user fixes it: "permission denied", or the folder at
 * fault by its path as typed ("charts/hostages is not a folder").
 */
function writeProblem(root: string, path: string, error: unknown): string {
  if (!(error instanceof UserError) || !error.location || !("path" in error.location))
    return error instanceof Error ? error.message : String(error);
  const where = error.location.path;
  const reason = error.message.slice(formatLocation(error.location).length + 2);
  if (where === path || where.startsWith(`${path}.`)) return reason;
  return reason === "not a folder"
    ? `${display(root, where)} is not a folder`
    : `${display(root, where)}: ${reason}`;
}
