/**
 * The build cache: which charts must be drawn again, and whether a run has anything to do.
 *
 * A chart is taken from disk, not drawn, when its fingerprint (words, rows, names) and the code's
 * (every source file, the lockfile, node's version, the formats, theme and credit) match the last
 * run's, and its files are still on disk with the bytes that run wrote. The manifest lives out of
 * charts/ and out of git, in node_modules/.cache; --force ignores it and --check never reads it.
 *
 * A run with nothing to do: every input of a build is hashed before anything else loads (the
 * tables' bytes, the names of the articles beside the project, the code, the charts asked for and
 * today's date, since a date that was in the future may not be any more). When they match the last
 * run that ended cleanly, and every file it wrote is on disk with the bytes it wrote, the run says
 * so and stops without loading the notebooks or the renderer. --force and --check never take this path.
 *
 * The cache is an optimisation and never fails a run (manifest.ts): a manifest that cannot be read
 * or is not what this code writes is ignored (every chart is drawn), and a cache folder that
 * cannot be written is left alone (fonts are cut afresh, nothing is kept); either is said in one
 * warning.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sourceFiles } from "../../scripts/compile.mjs";
import { SIZES, type ChartSpec } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { isoDate } from "../format/date.ts";
import { updatedOn, type ChartOutput } from "../output/chartFiles.ts";
import { readConfig, type BuildOptions } from "./config.ts";
import { hashBytes, readManifest, readQuietly, type Manifest, type ReadManifest } from "./manifest.ts";
import type { Project } from "./project.ts";
import type { Io } from "./report.ts";

/**
 * What every chart's files also depend on: the code (sources of src/, notebooks/ and scripts/),
 * the installed packages (the lockfile: fonts and renderers come from npm), node's version, and
 * the build's settings (formats, theme, credit).
 */
function codePrint(options: BuildOptions): string {
  const { root } = options;
  const settings = {
    formats: options.formats,
    theme: options.theme ?? "auto",
    credit: readConfig(root).credit,
  };
  const hash = createHash("sha256");
  for (const file of sourceFiles(root)) hash.update(file).update(readFileSync(join(root, file)));
  for (const file of ["package-lock.json", "package.json"]) {
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      // A project without a lockfile still builds; it only caches less surely.
    }
  }
  hash.update(process.version).update(JSON.stringify(settings));
  return hash.digest("hex").slice(0, 32);
}

/** Whether every file of an entry is on disk with the bytes recorded (an edited or deleted file is drawn again). */
function intact(out: string, files: Record<string, string>): boolean {
  return Object.entries(files).every(([path, hash]) => {
    const bytes = readQuietly(join(out, path));
    return bytes !== undefined && hashBytes(bytes) === hash;
  });
}

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
  if (!entry || !print || entry.print !== print || !intact(options.out, entry.files)) return undefined;
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

/** The hash of everything a build reads, and of its code alone (codePrint), made once per run. */
export interface RunPrints {
  code: string;
  inputs: string;
}

export function runPrints(options: BuildOptions, today = new Date()): RunPrints {
  const code = codePrint(options);
  const hash = createHash("sha256");
  hash.update(code).update(JSON.stringify([options.ids, isoDate(today)]));
  const data = join(options.root, "data");
  for (const name of listing(data)) hash.update(name).update(bytesOf(join(data, name)));
  hash.update(JSON.stringify(listing(resolve(options.root, "..", "shared", "articles"))));
  return { code, inputs: hash.digest("hex").slice(0, 32) };
}

/** A file's bytes, or none for what cannot be read (a folder): the build itself reports those. */
function bytesOf(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    return new Uint8Array();
  }
}

function listing(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** If nothing changed since the last clean run (`prints`: this run's), say so and return true. */
export function nothingChanged(options: BuildOptions, io: Io, prints: RunPrints): boolean {
  // A manifest that cannot be used is said by the build that follows, which draws every chart.
  const last = readManifest(options.root, options.out).manifest.last;
  if (!last || last.inputs !== prints.inputs) return false;
  if (!intact(options.out, last.files)) return false;
  const n = Object.keys(last.files).length;
  io.out(
    `Nothing changed since the last run: the data, notebooks, code and settings are the same, and its ${n} file${n === 1 ? "" : "s"} are as it wrote them (--force draws every chart again).`,
  );
  io.out("Charts changed: none");
  io.out("Sentences changed: none");
  for (const line of last.notes) io.out(line);
  return true;
}
