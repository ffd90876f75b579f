import type { Data } from "../data/load.ts";
import { buildNotebooks, notebookFiles } from "../notebook/registry.ts";
import type { Notebook } from "../notebook/types.ts";
import { loadOrFail } from "./data.ts";
import { CliError } from "./errors.ts";

/** The loaded data and the notebooks built from it. Bad data or a broken notebook stops here, before anything is written. */
export async function loadProject(root: string, version = 0): Promise<{ data: Data; notebooks: Notebook[] }> {
  const data = loadOrFail(root);
  try {
    const notebooks = await buildNotebooks(notebookFiles(root), data, version);
    return { data, notebooks };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `notebook error: ${error instanceof Error ? error.message : String(error)}; nothing was written`,
    );
  }
}
