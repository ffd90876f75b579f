/**
 * A run with nothing to do, found before anything else loads: every input of a build is hashed
 * (the tables' bytes, the names of the articles beside the project, the code, the charts asked for
 * and today's date, since a date that was in the future may not be any more). When they match the
 * last run that ended cleanly, and every file it wrote is on disk with the bytes it wrote, the run
 * says so and stops without loading the notebooks or the renderer. --force and --check never take
 * this path. Its imports are few on purpose: a run with nothing to do loads only this module's.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { sourceFiles } from "../../scripts/compile.mjs";
import type { BuildOptions } from "./config.ts";
import { hashBytes, readManifest, readQuietly } from "./manifest.ts";
import type { Io } from "./report.ts";

/**
 * What every chart's files also depend on: the code (sources of src/, notebooks/ and scripts/),
 * the installed packages (the lockfile: fonts and renderers come from npm), node's version, and
 * the build's settings (formats and theme; the credit is in package.json, hashed whole).
 */
export function codePrint(options: BuildOptions): string {
  const { root } = options;
  const settings = {
    formats: options.formats,
    theme: options.theme ?? "auto",
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
export function intact(out: string, files: Record<string, string>): boolean {
  return Object.entries(files).every(([path, hash]) => {
    const bytes = readQuietly(join(out, path));
    return bytes !== undefined && hashBytes(bytes) === hash;
  });
}

/** The hash of everything a build reads, and of its code alone (codePrint), made once per run. */
export interface RunPrints {
  code: string;
  inputs: string;
}

export function runPrints(options: BuildOptions, today = new Date()): RunPrints {
  const code = codePrint(options);
  const hash = createHash("sha256");
  hash.update(code).update(JSON.stringify([options.ids, today.toISOString().slice(0, 10)]));
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
