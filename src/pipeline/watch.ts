import { existsSync, watch as fsWatch, rmSync, type FSWatcher } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { notebookFiles } from "../notebook/registry.ts";
import { codeTree, COMPILED, freshTrees } from "./codeTree.ts";
import type { BuildOptions } from "./config.ts";
import type { Io } from "./report.ts";
import { startTypeChecker } from "./typecheck.ts";
import { drawRound, onSaves, openSession, type Handover, type WatchHooks } from "./watchRound.ts";

export type { WatchHooks } from "./watchRound.ts";

/**
 * Keep one process (and so one jsdom window) and re-render only the charts that changed: those
 * whose fingerprint (words, rows, names) moved, and every chart of a saved notebook. At start,
 * charts whose files are as the last `npm run charts` left them are read back, not drawn, and
 * the renderer loads in the background once watching starts. A saved notebook is compiled again
 * and type-checked (in a worker, while it draws) before anything is written; a saved src/ file
 * is compiled into a fresh copy of the code, and a new watch on that code takes over (watchRound.ts).
 * A save's SVGs and pages are written first and its PNGs after. Saves are handled one batch at a
 * time in order, so the files on disk always end as the last save makes them. A bad save prints
 * its problems where they are and keeps watching. Resolves when `signal` aborts (tests and
 * preview) or never (the command line).
 */
export async function watch(
  options: BuildOptions,
  io: Io,
  signal?: AbortSignal,
  hooks: WatchHooks = {},
): Promise<number> {
  const { root } = options;
  if (!hooks.handover) rmSync(freshTrees(root), { recursive: true, force: true });
  const tree = hooks.handover?.tree ?? codeTree(root);
  const books = () => notebookFiles(root).map((f) => relative(root, f));
  const types =
    hooks.handover?.types ??
    startTypeChecker(root, signal?.aborted ? [] : books(), (why) =>
      io.err(`[watch] saved code is not type-checked: ${why}`),
    );
  const { session, draw, kept } = await openSession(options, io, hooks, tree);
  // Saves are handled one batch after another: a round never overtakes the one before it.
  let queue = Promise.resolve();
  let handover: Handover | undefined;
  let stop = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const enqueue = (round: () => Promise<unknown>) => {
    queue = queue
      .then(async () => void (await round()))
      .catch((error: unknown) => {
        io.err(
          `[watch] internal error: ${error instanceof Error ? error.message : String(error)}. Still watching.`,
        );
      });
  };
  const flush = async () => {
    if (handover || pending.size === 0) return;
    const changed = [...pending];
    pending.clear();
    handover = await onSaves(session, changed, types);
    if (handover) stop();
  };
  const onChange = (path: string) => {
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => enqueue(flush), 10);
  };
  // Watched before the first round, so a save made while it draws is not lost.
  const watchers = watchFolders(root, onChange);
  enqueue(() => drawRound(session, draw, hooks.handover?.why ?? "start", kept));
  await queue;
  if (!hooks.handover) io.out("[watch] watching data/*.csv, notebooks/*.ts and src/; press Ctrl+C to stop");
  // A renderer that fails to load says so at the first save that needs it.
  if (!signal?.aborted) session.renderer().catch(() => undefined);
  if (signal?.aborted) stop();
  signal?.addEventListener("abort", stop, { once: true });
  await stopped;
  signal?.removeEventListener("abort", stop);
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await queue;
  if (handover) {
    // The new code takes over; this code's PNG workers end with it.
    if (options.formats.includes("png")) (await import("../output/png.ts")).stopPngWorkers();
    const next = join(handover.tree, "src", "pipeline", COMPILED ? "watch.js" : "watch.ts");
    const mod = (await import(pathToFileURL(next).href)) as { watch: typeof watch };
    return mod.watch(options, io, signal, { ...hooks, handover });
  }
  await types.stop();
  rmSync(freshTrees(root), { recursive: true, force: true });
  return 0;
}

/** The folders whose saves a watch takes: data/*.csv, notebooks/*.ts and src/ (all of it, when there is one). */
function watchFolders(root: string, onChange: (path: string) => void): FSWatcher[] {
  const each = (folder: string, ext: string, recursive = false) =>
    fsWatch(join(root, folder), { recursive }, (_e, name) => {
      if (name?.endsWith(ext)) onChange(`${folder}/${name.split("\\").join("/")}`);
    });
  return [
    each("data", ".csv"),
    each("notebooks", ".ts"),
    ...(existsSync(join(root, "src")) ? [each("src", ".ts", true)] : []),
  ];
}
