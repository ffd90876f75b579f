/**
 * The build cache on disk: the manifest of the last run (what each chart was made from and the
 * bytes of its files) in node_modules/.cache/rafah-figures, read and written best-effort. A
 * manifest that cannot be read, or is not in the form this code writes, is ignored and said; a
 * cache folder that cannot be written is said, and the run goes on without it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileProblem } from "../errors.ts";
import { display } from "./report.ts";

/** Where a project keeps what can be made again (cut fonts, the build manifest): out of charts/ and out of git. */
export function cacheDir(root: string): string {
  return join(root, "node_modules", ".cache", "rafah-figures");
}

export interface ManifestEntry {
  /** The chart's fingerprint with the code's. */
  print: string;
  /** Each file the chart wrote (path under the output folder) and a hash of its bytes. */
  files: Record<string, string>;
}

/** What a clean run leaves for the next (nothingChanged): its inputs' print, the files it wrote and its notes. */
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
  /** The last run that ended cleanly (nothingChanged). */
  last?: LastRun;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

function manifestPath(root: string, out: string): string {
  return join(cacheDir(root), `manifest-${hashBytes(out)}.json`);
}

/** The manifest as the last run left it, and why it was ignored when it could not be used. */
export interface ReadManifest {
  manifest: Manifest;
  /** Why the manifest on disk was not used (none there is no problem: a first run). */
  problem?: string;
}

export function readManifest(root: string, out: string): ReadManifest {
  const empty: Manifest = { version: 1, charts: {} };
  let text: string;
  try {
    text = readFileSync(manifestPath(root, out), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No manifest yet, or no cache folder (ENOTDIR: a file in its place, said when writing).
    if (code === "ENOENT" || code === "ENOTDIR") return { manifest: empty };
    return { manifest: empty, problem: fileProblem(error) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { manifest: empty, problem: "its manifest is not valid JSON" };
  }
  const manifest = validManifest(parsed);
  return manifest
    ? { manifest }
    : { manifest: empty, problem: "its manifest is not in the form this code writes" };
}

/** A path under the output folder, as the manifest records it: relative, never out of the folder. */
const inside = (path: string) => path !== "" && !path.startsWith("/") && !path.split(/[\\/]/).includes("..");

/** A record of file paths under the output folder to hashes, or undefined. */
function fileHashes(value: unknown): Record<string, string> | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.every(([path, hash]) => inside(path) && typeof hash === "string")
    ? (value as Record<string, string>)
    : undefined;
}

/** The manifest if `value` has the shape writeManifest writes, else undefined. */
function validManifest(value: unknown): Manifest | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { version, charts, last } = value as Partial<Record<keyof Manifest, unknown>>;
  if (version !== 1 || typeof charts !== "object" || charts === null || Array.isArray(charts))
    return undefined;
  const entries: Record<string, ManifestEntry> = {};
  for (const [id, entry] of Object.entries(charts as Record<string, unknown>)) {
    const { print, files } = (entry ?? {}) as Partial<Record<keyof ManifestEntry, unknown>>;
    const hashes = fileHashes(files);
    if (typeof print !== "string" || !hashes) return undefined;
    entries[id] = { print, files: hashes };
  }
  if (last === undefined) return { version: 1, charts: entries };
  const { inputs, files, notes } = (last ?? {}) as Partial<Record<keyof LastRun, unknown>>;
  const hashes = fileHashes(files);
  const lines = Array.isArray(notes) && notes.every((n) => typeof n === "string") ? notes : undefined;
  if (typeof inputs !== "string" || !hashes || !lines) return undefined;
  return { version: 1, charts: entries, last: { inputs, files: hashes, notes: lines } };
}

/**
 * Written whole under a temporary name and renamed, so a crash never leaves half a manifest.
 * Returns why it could not be written, or undefined.
 */
export function writeManifest(root: string, out: string, manifest: Manifest): string | undefined {
  const path = manifestPath(root, out);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir(root), { recursive: true });
    writeFileSync(tmp, JSON.stringify(manifest));
    renameSync(tmp, path);
    return undefined;
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The cache is left as it is.
    }
    return fileProblem(error);
  }
}

/**
 * Why the cache folder cannot be written, tried once at the start of a run (a file written and
 * removed in its fonts folder), or undefined when it can. A run whose cache cannot be written
 * cuts its fonts afresh and keeps nothing.
 */
export function cacheWriteProblem(root: string): string | undefined {
  const fonts = join(cacheDir(root), "fonts");
  const probe = join(fonts, `.probe-${process.pid}.tmp`);
  try {
    mkdirSync(fonts, { recursive: true });
    writeFileSync(probe, "");
    rmSync(probe);
    return undefined;
  } catch (error) {
    return fileProblem(error);
  }
}

/** The one line a run prints when its cache could not be used: `reading`, a manifest ignored. */
export function cacheWarning(root: string, problem: string, reading: boolean): string {
  const where = display(root, cacheDir(root));
  return reading
    ? `warning: the build cache ${where} could not be read (${problem}): every chart is drawn again`
    : `warning: the build cache ${where} cannot be written (${problem}): charts are drawn without it, and nothing is kept for the next run`;
}

/** A file's bytes, or undefined when it cannot be read for any reason: the cache then only draws again. */
export function readQuietly(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
