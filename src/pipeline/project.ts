/** The loaded tables and the notebooks built from them, with every part that failed. */
import { names, type Names } from "../cite/names.ts";
import type { Data } from "../data/load.ts";
import { buildNotebooks, notebookFiles } from "../notebook/registry.ts";
import type { Notebook, NotebookFailure } from "../notebook/types.ts";
import { loadOrFail } from "./data.ts";
import { CliError } from "../errors.ts";

export interface Project {
  data: Data;
  names: Names;
  notebooks: Notebook[];
  /** Notebooks that could not be imported, and charts or sentences that could not be built. */
  failures: NotebookFailure[];
}

/** Bad data stops here, before anything is written; a chart that cannot be built fails alone. */
export async function loadProject(root: string, version = 0): Promise<Project> {
  const data = loadOrFail(root);
  try {
    const built = await buildNotebooks(notebookFiles(root), data, version, root);
    const failures = [...built.failures, ...built.notebooks.flatMap((nb) => nb.failures)];
    return { data, names: names(data), notebooks: built.notebooks, failures };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `notebook error: ${error instanceof Error ? error.message : String(error)}; nothing was written`,
    );
  }
}
