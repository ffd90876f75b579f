/**
 * The project a run works on: the tables loaded (or every problem in them), the notebooks built
 * from them with every part that failed, and the charts chosen by id on the command line.
 */
import { join } from "node:path";
import { names, type Names } from "../cite/names.ts";
import { loadData, type Data, type TableMemo } from "../data/load.ts";
import { formatProblem, UserError } from "../errors.ts";
import { buildNotebooks, notebookFiles } from "../notebook/registry.ts";
import type { Notebook, NotebookFailure } from "../notebook/types.ts";

export interface Project {
  data: Data;
  names: Names;
  notebooks: Notebook[];
  /** Notebooks that could not be imported, and charts or sentences that could not be built. */
  failures: NotebookFailure[];
}

/**
 * Bad data stops here, before anything is written; a chart that cannot be built fails alone.
 * `version` and `tree`: a watch's notebooks imported again, from the code it runs (codeTree.ts):
 * all at one version, or each at its own (by its path from the root: "notebooks/hostages.ts");
 * `tables`: the tables as the watch last read them, a table whose bytes are unchanged not read again.
 */
export async function loadProject(
  root: string,
  version: number | ((file: string) => number) = 0,
  tree?: string,
  tables?: TableMemo,
): Promise<Project> {
  const data = loadOrFail(root, tables);
  try {
    const built = await buildNotebooks(notebookFiles(root), data, version, root, tree);
    const failures = [...built.failures, ...built.notebooks.flatMap((nb) => nb.failures)];
    return { data, names: names(data), notebooks: built.notebooks, failures };
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `notebook error: ${error instanceof Error ? error.message : String(error)}; nothing was written`,
    );
  }
}

/** Load the project's tables or stop with every problem as file:line:column: message. */
function loadOrFail(root: string, tables?: TableMemo): Data {
  const result = loadData(join(root, "data"), "data", new Date(), tables);
  if (result.ok) return result.data;
  const n = result.problems.length;
  throw new UserError(`${n} problem${n === 1 ? "" : "s"} in the data; nothing was written`, {
    details: result.problems.map(formatProblem),
  });
}

/**
 * The charts selected by ids, as typed after npm run charts --: chart ids or notebook ids (every
 * chart of it). Unknown ids are an error listing the known ones.
 */
export function selectCharts(notebooks: readonly Notebook[], ids: readonly string[]): Set<string> {
  const all = notebooks.flatMap((nb) => nb.chartIds);
  if (ids.length === 0) return new Set(all);
  const selected = new Set<string>();
  const unknown: string[] = [];
  for (const id of ids) {
    const nb = notebooks.find((n) => n.id === id);
    if (nb) nb.chartIds.forEach((c) => selected.add(c));
    else if (all.includes(id)) selected.add(id);
    else unknown.push(id);
  }
  if (unknown.length) {
    throw new UserError(
      `unknown chart or notebook: ${unknown.join(", ")}. Known: ${[...notebooks.map((n) => n.id), ...all].join(", ")}`,
    );
  }
  return selected;
}
