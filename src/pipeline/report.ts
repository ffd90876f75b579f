/** What a run tells the user, and where (Io): failures, changed sentences, rows in no chart, paths as typed. */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Notebook, NotebookFailure } from "../notebook/types.ts";
import type { FiguresFile } from "../output/site.ts";

/** Where a command's output goes: injected, so tests run commands in process and silently. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** --debug: print the stacks of internal errors and their causes. */
  debug?: boolean;
}

/** An Io that keeps every line, for tests and for callers that report later. */
export function memoryIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => void stdout.push(l), err: (l) => void stderr.push(l) };
}

/** Rows that no chart and no sentence uses: a report outside every chart's period is named, never lost. */
export function unchartedLines(notebooks: readonly Notebook[]): string[] {
  const rows = notebooks.flatMap((nb) => nb.uncharted);
  if (!rows.length) return [];
  const shown = [...new Set(rows.map((r) => `${r.ref.file}:${r.ref.line}`))];
  return [`Rows in no chart and no sentence (${shown.length}): ${shown.join(", ")}`];
}

/** One line per failure naming the notebook and chart; with --debug, each cause's stack. */
export function reportFailures(failures: readonly NotebookFailure[], io: Io, after: string): void {
  for (const f of failures) {
    io.err(
      `error: ${f.message}${f.part.startsWith("chart ") ? `; ${after}` : ""}${f.userError || io.debug ? "" : " (run with --debug for the stack)"}`,
    );
    if (io.debug) {
      for (let e: unknown = f.error.cause; e instanceof Error; e = e.cause) io.err(e.stack ?? e.message);
    }
  }
}

/** 1 when the data can fix every failure, 2 when any is a bug, 0 when there are none. */
export function exitCode(failures: readonly NotebookFailure[]): number {
  if (failures.some((f) => !f.userError)) return 2;
  return failures.length ? 1 : 0;
}

export function readFigures(out: string, notebooks: readonly Notebook[]): Map<string, FiguresFile> {
  const map = new Map<string, FiguresFile>();
  for (const nb of notebooks) {
    try {
      const bytes = readFileSync(join(out, nb.id, "figures.json"));
      map.set(nb.id, JSON.parse(bytes.toString("utf8")) as FiguresFile);
    } catch {
      // A missing or unreadable old file only means no comparison (a folder that cannot be
      // written is said when its files are).
    }
  }
  return map;
}

/** "Sentences changed:" with each sentence whose text changed, old → new, and new or removed ones. */
export function sentenceChanges(
  before: ReadonlyMap<string, FiguresFile>,
  notebooks: readonly Notebook[],
): string[] {
  const lines: string[] = [];
  for (const nb of notebooks) {
    const old = before.get(nb.id);
    if (!old) continue;
    const oldById = new Map(old.sentences.map((s) => [s.id, s.text]));
    for (const s of nb.sentences) {
      const was = oldById.get(s.id);
      if (was === undefined) lines.push(`  ${nb.id}/${s.id} (new): ${s.text}`);
      else if (was !== s.text) lines.push(`  ${nb.id}/${s.id}: ${was}\n    → ${s.text}`);
      oldById.delete(s.id);
    }
    for (const [id, text] of oldById) lines.push(`  ${nb.id}/${id} (removed): ${text}`);
  }
  return lines.length ? ["Sentences changed:", ...lines] : ["Sentences changed: none"];
}

export function display(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith("..") ? path : rel;
}
