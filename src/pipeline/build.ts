/**
 * One build: load the tables, build the notebooks, draw the selected charts whose inputs changed
 * since the last run (all of them with --force), and write what changed. Drawing modules (jsdom,
 * Plot, fonts, resvg) are loaded only when something must be drawn.
 */
import { SIZES } from "../chart.ts";
import { chartFiles, updatedOn, type ChartOutput } from "../output/chartFiles.ts";
import { readIfExists } from "../output/write.ts";
import {
  codePrint,
  fingerprint,
  hashBytes,
  intact,
  readManifest,
  runPrints,
  writeManifest,
  type Manifest,
  type RunPrints,
} from "./cache.ts";
import { loadRenderer, renderContext, type BuildOptions } from "./config.ts";
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
  const context = renderContext(project, options);
  const { manifest, prints, outputs } = fromCache(options, project, code);
  const toDraw = new Set([...selected].filter((id) => prints.has(id) && !outputs.has(id)));
  const cached = [...selected].filter((id) => outputs.has(id)).length;
  let drawFailures: Project["failures"] = [];
  if (toDraw.size) {
    const { renderCharts } = await loadRenderer(options.formats);
    const drawn = await renderCharts(notebooks, context, options.formats, toDraw, outputs);
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
  writeManifest(options.root, options.out, manifest);
  return exit;
}

/**
 * The build cache for a project: the manifest (empty with --force), every chart's fingerprint
 * with the code's, and the outputs of the charts whose inputs and files are as the last run left
 * them, read back from disk rather than drawn.
 */
export function fromCache(
  options: BuildOptions,
  project: Project,
  code = codePrint(options),
): { manifest: Manifest; prints: Map<string, string>; outputs: Map<string, ChartOutput> } {
  const manifest: Manifest = options.force
    ? { version: 1, charts: {} }
    : readManifest(options.root, options.out);
  const prints = new Map(
    project.notebooks.flatMap((nb) =>
      nb.charts.map((c) => [c.id, fingerprint(c, project.names, code)] as const),
    ),
  );
  const outputs = new Map<string, ChartOutput>();
  for (const nb of project.notebooks) {
    for (const chart of nb.charts) {
      const out = fromDisk(options, manifest, prints.get(chart.id), nb.id, chart.id, project);
      if (out) outputs.set(chart.id, out);
    }
  }
  return { manifest, prints, outputs };
}

/** A chart's outputs read back from its files, when the manifest says they are what its inputs make. */
function fromDisk(
  options: BuildOptions,
  manifest: Manifest,
  print: string | undefined,
  notebook: string,
  id: string,
  project: Project,
): ChartOutput | undefined {
  const entry = manifest.charts[id];
  if (!entry || !print || entry.print !== print || !intact(options.out, entry, readIfExists))
    return undefined;
  const chart = project.notebooks.flatMap((nb) => nb.charts).find((c) => c.id === id);
  const read = (suffix: string) =>
    readIfExists(`${options.out}/${notebook}/${id}${suffix}`)?.toString("utf8");
  const web = read(`${SIZES.web.suffix}.svg`);
  const mobile = read(`${SIZES.mobile.suffix}.svg`);
  if (!chart || web === undefined || mobile === undefined) return undefined;
  return {
    chart,
    notebook,
    svg: { web, mobile },
    fontBytes: { web: 0, mobile: 0 },
    csv: read(".csv") ?? "",
    updated: updatedOn(chart.rows, project.names),
    ms: { web: 0, mobile: 0, png: 0 },
  };
}
