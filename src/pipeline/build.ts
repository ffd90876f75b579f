/**
 * One build: load the tables, build the notebooks, draw the selected charts whose inputs changed
 * since the last run (all of them with --force), and write what changed. Drawing modules (jsdom,
 * Plot, fonts, resvg) are loaded only when something must be drawn.
 */
import { chartFiles } from "../output/chartFiles.ts";
import { fromCache, runPrints, type RunPrints } from "./cache.ts";
import { stampsOf } from "./runPrints.ts";
import { cacheWarning, cacheWriteProblem, hashBytes, writeManifest } from "./manifest.ts";
import { loadRenderer, releaseRenderer, renderContext, type BuildOptions } from "./config.ts";
import type { Io } from "./report.ts";
import { loadProject, selectCharts, type Project } from "./project.ts";
import { publish } from "./publish.ts";

/** Draw the selected charts that changed and write what changed. Returns the exit code. */
export async function build(
  options: BuildOptions,
  io: Io,
  // Hashed before anything is read, so an edit made while this run works is not taken as done.
  { code, inputs }: RunPrints = runPrints(options),
): Promise<number> {
  const started = performance.now();
  const project = await loadProject(options.root);
  const { data, notebooks } = project;
  const selected = selectCharts(notebooks, options.ids);
  // The cache is best-effort: one warning when it cannot be written or read, and the run goes on.
  const unwritable = cacheWriteProblem(options.root);
  const context = renderContext(project, options, !unwritable);
  const { manifest, prints, outputs, problem } = fromCache(options, project, code);
  if (unwritable) io.err(cacheWarning(options.root, unwritable, false));
  else if (problem) io.err(cacheWarning(options.root, problem, true));
  const toDraw = new Set([...selected].filter((id) => prints.has(id) && !outputs.has(id)));
  const cached = [...selected].filter((id) => outputs.has(id)).length;
  let drawFailures: Project["failures"] = [];
  if (toDraw.size) {
    const { renderCharts } = await loadRenderer(options.formats);
    const drawn = await renderCharts(notebooks, context, options.formats, toDraw, outputs);
    await releaseRenderer(options.formats);
    for (const [id, out] of drawn.outputs) outputs.set(id, out);
    drawFailures = drawn.failures;
  }
  // A chart that was not asked for is not reported, even if it cannot be built.
  const failures = [...project.failures, ...drawFailures].filter(
    (f) => !f.part.startsWith("chart ") || selected.has(f.part.slice("chart ".length)),
  );
  const { exit, files, notes } = publish({
    options,
    notebooks,
    outputs,
    data,
    failures,
    selected: toDraw,
    io,
    started,
    cached,
  });

  // The drawn charts' files, as written, for the next run.
  for (const id of toDraw) {
    const out = outputs.get(id);
    const print = prints.get(id);
    if (!out || !print) continue;
    const files = Object.fromEntries(
      chartFiles(out, options.formats).map((f) => [f.path, hashBytes(f.bytes)]),
    );
    manifest.charts[id] = { print, files };
  }
  // A clean run of every chart is remembered whole: the next run with the same inputs has nothing to do.
  const everyChart = notebooks.every((nb) => nb.chartIds.every((id) => manifest.charts[id]));
  if (exit === 0 && failures.length === 0 && everyChart) {
    const chartFiles = notebooks.flatMap((nb) =>
      nb.chartIds.flatMap((id) => Object.entries(manifest.charts[id]?.files ?? {})),
    );
    manifest.last = {
      inputs,
      files: Object.fromEntries([...chartFiles, ...files.map((f) => [f.path, hashBytes(f.bytes)] as const)]),
      notes,
    };
  } else delete manifest.last;
  const lost = unwritable ? undefined : writeManifest(options.root, options.out, manifest);
  if (!unwritable) stampsOf(options).save();
  if (lost) io.err(cacheWarning(options.root, lost, false));
  return exit;
}
