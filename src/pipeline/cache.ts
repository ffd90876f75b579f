/**
 * The build cache: which charts must be drawn again. A chart is taken from disk, not drawn, when
 * its fingerprint (words, rows, names; fingerprint.ts) and the code's (every source file, the
 * lockfile, node's version, the formats, theme and credit) match the last run's, and its files
 * are still on disk with the bytes that run wrote. The manifest lives out of charts/ and out of
 * git, in node_modules/.cache; --force ignores it and --check never reads it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sourceFiles } from "../../scripts/compile.mjs";
import { cacheDir, readConfig } from "./config.ts";
import type { BuildOptions } from "./options.ts";

export interface ManifestEntry {
  /** The chart's fingerprint with the code's. */
  print: string;
  /** Each file the chart wrote (path under the output folder) and a hash of its bytes. */
  files: Record<string, string>;
}

/** What a clean run leaves for the next (unchanged.ts): its inputs' print, the files it wrote and its notes. */
export interface LastRun {
  inputs: string;
  /** Every file of the build (charts and pages), by path under the output folder, and a hash of its bytes. */
  files: Record<string, string>;
  /** Lines it printed after its summary (rows in no chart), printed again when nothing changed. */
  notes: string[];
}

export interface Manifest {
  version: 1;
  charts: Record<string, ManifestEntry>;
  /** The last run that ended cleanly (unchanged.ts). */
  last?: LastRun;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

/**
 * What every chart's files also depend on: the code (sources of src/, notebooks/ and scripts/),
 * the installed packages (the lockfile: fonts and renderers come from npm), node's version, and
 * the build's settings (formats, theme, credit).
 */
export function codePrint(options: BuildOptions): string {
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

function manifestPath(root: string, out: string): string {
  return join(cacheDir(root), `manifest-${hashBytes(out)}.json`);
}

export function readManifest(root: string, out: string): Manifest {
  try {
    const parsed = JSON.parse(readFileSync(manifestPath(root, out), "utf8")) as Partial<Manifest>;
    if (parsed.version === 1 && parsed.charts && typeof parsed.charts === "object")
      return { version: 1, charts: parsed.charts, ...(parsed.last ? { last: parsed.last } : {}) };
  } catch {
    // No manifest, or one that cannot be read: everything is drawn.
  }
  return { version: 1, charts: {} };
}

/** Written whole under a temporary name and renamed, so a crash never leaves half a manifest. */
export function writeManifest(root: string, out: string, manifest: Manifest): void {
  const path = manifestPath(root, out);
  mkdirSync(cacheDir(root), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(manifest));
  renameSync(tmp, path);
}

/** Whether every file of an entry is on disk with the bytes recorded (an edited or deleted file is drawn again). */
export function intact(
  out: string,
  entry: ManifestEntry,
  read: (path: string) => Buffer | undefined,
): boolean {
  return Object.entries(entry.files).every(([path, hash]) => {
    const bytes = read(join(out, path));
    return bytes !== undefined && hashBytes(bytes) === hash;
  });
}
