/**
 * The type checker of a watch: a TypeScript language service in a worker thread
 * (typecheckWorker.mjs), started with the watch and kept warm, so a saved notebook is checked
 * while the main thread draws it, and nothing is written until the check has passed.
 */
import { Worker } from "node:worker_threads";
import type { CompileProblem } from "../../scripts/compile.mjs";

export interface TypeChecker {
  /** Type errors in these files (relative to root); none when TypeScript cannot check (said once by `onUnavailable`). */
  check(root: string, files: readonly string[]): Promise<CompileProblem[]>;
  stop(): Promise<void>;
}

type Reply = { id: number; problems?: CompileProblem[]; unavailable?: string };

/** Start the checker, and warm it on `warm` (the notebooks): the first check of a project takes seconds. */
export function startTypeChecker(
  root: string,
  warm: readonly string[],
  onUnavailable: (why: string) => void,
): TypeChecker {
  const worker = new Worker(new URL("./typecheckWorker.mjs", import.meta.url));
  const waiting = new Map<number, (problems: CompileProblem[]) => void>();
  let next = 0;
  let said = false;
  const settle = (id: number, problems: CompileProblem[]) => {
    waiting.get(id)?.(problems);
    waiting.delete(id);
    if (waiting.size === 0) worker.unref();
  };
  worker.on("message", ({ id, problems, unavailable }: Reply) => {
    if (unavailable && !said) {
      said = true;
      onUnavailable(unavailable);
    }
    settle(id, problems ?? []);
  });
  // A checker that dies checks nothing more: saves are then drawn after their syntax check alone.
  worker.on("error", (error) => {
    if (!said) onUnavailable(error.message);
    said = true;
    for (const id of [...waiting.keys()]) settle(id, []);
  });
  const check = (at: string, files: readonly string[]) =>
    new Promise<CompileProblem[]>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.ref();
      worker.postMessage({ id, root: at, files: [...files] });
    });
  void check(root, warm);
  return {
    check,
    stop: async () => {
      for (const id of [...waiting.keys()]) settle(id, []);
      await worker.terminate();
    },
  };
}
