/** npm run charts -- --check: render in memory and compare with the files on disk; never trusts a cache, writes nothing. */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Data } from "../data/load.ts";
import type { Notebook, NotebookFailure } from "../notebook/types.ts";
import { FORMATS, type ChartOutput } from "../output/chartFiles.ts";
import { siteFiles } from "../output/site.ts";
import { readIfExists } from "../output/write.ts";
import { loadRenderer, releaseRenderer, renderContext, type BuildOptions } from "./config.ts";
import { loadProject, selectCharts } from "./project.ts";
import { display, exitCode, reportFailures, type Io } from "./report.ts";

/** Render every chart in memory, never from a cache, and compare with the files on disk. Returns the exit code. */
export async function checkCharts(options: BuildOptions, io: Io): Promise<number> {
  const project = await loadProject(options.root);
  // Named charts are checked alone (their files only); with no names, every file in the folder.
  const only = options.ids.length ? selectCharts(project.notebooks, options.ids) : undefined;
  const { renderCharts } = await loadRenderer(FORMATS);
  const context = renderContext(project, options, false);
  const rendered = await renderCharts(project.notebooks, context, FORMATS, only, only ? "none" : undefined);
  await releaseRenderer(FORMATS);
  const failures = [...project.failures, ...rendered.failures].filter(
    (f) => !only || !f.part.startsWith("chart ") || only.has(f.part.slice("chart ".length)),
  );
  return compare(options, project.notebooks, rendered.outputs, project.data, failures, io, only);
}

/**
 * Compare what was rendered with the files on disk and list every difference. With `only`
 * (charts named on the command line), just those charts' files are compared: not the pages, which
 * show every chart, nor files no chart makes.
 */
function compare(
  options: BuildOptions,
  notebooks: readonly Notebook[],
  outputs: ReadonlyMap<string, ChartOutput>,
  data: Data,
  failures: readonly NotebookFailure[],
  io: Io,
  only?: ReadonlySet<string>,
): number {
  const all = only ?? new Set(notebooks.flatMap((nb) => nb.chartIds));
  const files = siteFiles(
    notebooks,
    outputs,
    data,
    FORMATS,
    all,
    !failures.some((f) => f.part === "notebook"),
  ).filter((f) => !only || f.chart !== undefined);
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
  for (const path of only ? [] : listFiles(options.out)) {
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
