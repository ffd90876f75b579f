/**
 * The build cache: which charts must be drawn again, and whether a run has anything to do.
 *
 * A chart is taken from disk, not drawn, when its fingerprint (words, rows, names) and the code's
 * (every source file, the lockfile, node's version, the formats, theme and credit) match the last
 * run's, and its files are still on disk with the bytes that run wrote. The manifest lives out of
 * charts/ and out of git, in node_modules/.cache; --force ignores it and --check never reads it.
 *
 * A run with nothing to do is found before anything else loads, in runPrints.ts.
 *
 * The cache is an optimisation and never fails a run (manifest.ts): a manifest that cannot be read
 * or is not what this code writes is ignored (every chart is drawn), and a cache folder that
 * cannot be written is left alone (fonts are cut afresh, nothing is kept); either is said in one
 * warning.
 */
import { createHash } from "node:crypto";
import { SIZES, type ChartSpec } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { updatedOn, type ChartOutput } from "../output/chartFiles.ts";
import type { BuildOptions } from "./config.ts";
import { readManifest, readQuietly, type Manifest, type ReadManifest } from "./manifest.ts";
import type { Project } from "./project.ts";
import { codePrint, intact, stampsOf } from "./runPrints.ts";

export { nothingChanged, runPrints, type RunPrints } from "./runPrints.ts";

/**
 * The build cache for a project: the manifest (empty with --force), every chart's fingerprint
 * with the code's, and the outputs of the charts whose inputs and files are as the last run left
 * them, read back from disk rather than drawn. `problem`: why the manifest on disk was ignored.
 */
export function fromCache(
  options: BuildOptions,
  project: Project,
  code = codePrint(options),
): { manifest: Manifest; prints: Map<string, string>; outputs: Map<string, ChartOutput>; problem?: string } {
  const { manifest, problem }: ReadManifest = options.force
    ? { manifest: { version: 1, charts: {} } }
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
  return { manifest, prints, outputs, ...(problem ? { problem } : {}) };
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
  if (!entry || !print || entry.print !== print || !intact(options.out, entry.files, stampsOf(options)))
    return undefined;
  const chart = project.notebooks.flatMap((nb) => nb.charts).find((c) => c.id === id);
  const read = (suffix: string) => readQuietly(`${options.out}/${notebook}/${id}${suffix}`)?.toString("utf8");
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

/**
 * A chart's fingerprint: a hash of everything its files are made from that can change without
 * the code changing — its words, legend and rows (with their line numbers, which pages show),
 * and the names its source line uses. Two builds with the same fingerprint and the same code
 * draw the same bytes, so watch and the build cache re-render only charts whose fingerprint moved.
 */
export function fingerprint(chart: ChartSpec, names: Names, extra = ""): string {
  const hash = createHash("sha256");
  // Everything but the plot function, which the code fingerprint covers.
  hash.update(JSON.stringify(chart, (key, v: unknown) => (key === "plot" ? undefined : v)));
  // The source line names reporters and outlets: their entries in reporters.csv and sources.csv count.
  const people = new Set<string>();
  for (const row of chart.rows) {
    const credit = names.credit(row);
    people.add(JSON.stringify([credit.voice, credit.publisher, credit.source.id, +credit.source.published]));
  }
  hash.update([...people].sort().join("\n"));
  hash.update(extra);
  return hash.digest("hex").slice(0, 32);
}
