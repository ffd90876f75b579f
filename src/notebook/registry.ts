import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Data } from "../data/load.ts";
import type { BuildNotebook, Notebook } from "./types.ts";

/** Notebook files: notebooks/<name>.ts, in name order. */
export function notebookFiles(root: string): string[] {
  const dir = join(root, "notebooks");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .sort()
    .map((f) => resolve(dir, f));
}

/**
 * Import each notebook and build it from the data. `version` busts the module
 * cache so --watch picks up an edited notebook without restarting.
 */
export async function buildNotebooks(files: string[], data: Data, version = 0): Promise<Notebook[]> {
  const notebooks: Notebook[] = [];
  for (const file of files) {
    const url = pathToFileURL(file).href + (version ? `?v=${version}` : "");
    const mod = (await import(url)) as { default?: BuildNotebook };
    if (typeof mod.default !== "function")
      throw new Error(`${file}: no default export building the notebook`);
    notebooks.push(mod.default(data));
  }
  const ids = new Set<string>();
  for (const nb of notebooks) {
    for (const chart of nb.charts) {
      if (ids.has(chart.id)) throw new Error(`duplicate chart id: ${chart.id}`);
      ids.add(chart.id);
    }
  }
  return notebooks;
}
