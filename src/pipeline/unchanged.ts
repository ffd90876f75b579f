/**
 * A run with nothing to do. Every input of a build is hashed before anything else loads: the
 * tables' bytes, the names of the articles beside the project, the code (codePrint: sources,
 * lockfile, node's version, formats, theme, credit), the charts asked for and today's date (a
 * date that was in the future may not be any more). When they match the last run that ended
 * cleanly, and every file it wrote is on disk with the bytes it wrote, the run says so and stops
 * without loading the notebooks or the renderer. --force and --check never take this path.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readIfExists } from "../output/write.ts";
import { codePrint, intact, readManifest } from "./cache.ts";
import type { Io } from "./io.ts";
import type { BuildOptions } from "./options.ts";

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
  const last = readManifest(options.root, options.out).last;
  if (!last || last.inputs !== prints.inputs) return false;
  if (!intact(options.out, { print: "", files: last.files }, readIfExists)) return false;
  const n = Object.keys(last.files).length;
  io.out(
    `Nothing changed since the last run: the data, notebooks, code and settings are the same, and its ${n} file${n === 1 ? "" : "s"} are as it wrote them (--force draws every chart again).`,
  );
  io.out("Charts changed: none");
  io.out("Sentences changed: none");
  for (const line of last.notes) io.out(line);
  return true;
}
