/**
 * A run with nothing to do, found before anything else loads: every input of a build is hashed
 * (the tables' bytes, the names of the articles beside the project, the code, the charts asked for
 * and today's date, since a date that was in the future may not be any more). When they match the
 * last run that ended cleanly, and every file it wrote is on disk with the bytes it wrote, the run
 * says so and stops without loading the notebooks or the renderer. --force and --check never take
 * this path. Its imports are few on purpose: a run with nothing to do loads only this module's.
 */
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { sourceFiles } from "../../scripts/compile.mjs";
import type { BuildOptions } from "./config.ts";
import { readManifest } from "./manifest.ts";
import type { Io } from "./report.ts";
import { StampedHashes } from "./stamps.ts";

const memos = new Map<string, StampedHashes>();

/**
 * The file hashes of a project, remembered by stamp in its build cache (stamps.ts): one memo per
 * project and process. (--check reads no cache: it never comes here.)
 */
export function stampsOf(options: Pick<BuildOptions, "root">): StampedHashes {
  let memo = memos.get(options.root);
  if (!memo) memos.set(options.root, (memo = StampedHashes.of(options.root)));
  return memo;
}

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
  const stamps = stampsOf(options);
  const hash = createHash("sha256");
  for (const file of sourceFiles(root)) hash.update(file).update(stamps.hash(join(root, file)) ?? "");
  // A project without a lockfile still builds; it only caches less surely.
  for (const file of ["package-lock.json", "package.json"]) hash.update(stamps.hash(join(root, file)) ?? "");
  hash.update(process.version).update(JSON.stringify(settings));
  return hash.digest("hex").slice(0, 32);
}

/** Whether every file of an entry is on disk with the bytes recorded (an edited or deleted file is drawn again). */
export function intact(out: string, files: Record<string, string>, stamps: StampedHashes): boolean {
  return Object.entries(files).every(([path, hash]) => stamps.hash(join(out, path)) === hash);
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
  // A name that cannot be read (a folder) hashes as nothing: the build itself reports it.
  const stamps = stampsOf(options);
  for (const name of listing(data)) hash.update(name).update(stamps.hash(join(data, name)) ?? "");
  hash.update(JSON.stringify(listing(resolve(options.root, "..", "shared", "articles"))));
  return { code, inputs: hash.digest("hex").slice(0, 32) };
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
  const stamps = stampsOf(options);
  const same = intact(options.out, last.files, stamps);
  stamps.save();
  if (!same) return false;
  const n = Object.keys(last.files).length;
  io.out(
    `Nothing changed since the last run: the data, notebooks, code and settings are the same, and its ${n} file${n === 1 ? "" : "s"} are as it wrote them (--force draws every chart again).`,
  );
  io.out("Charts changed: none");
  io.out("Sentences changed: none");
  for (const line of last.notes) io.out(line);
  return true;
}
