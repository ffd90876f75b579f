/** Finding the notebook files, importing them, and building each from the tables. */
import { readdirSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { names as namesOf } from "../cite/names.ts";
import type { Data } from "../data/load.ts";
import { buildNotebook, failure } from "./buildNotebook.ts";
import type { Notebook, NotebookDef, NotebookFailure } from "./types.ts";

/** Notebook files: notebooks/<name>.ts, in name order. */
export function notebookFiles(root: string): string[] {
  const dir = join(root, "notebooks");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .sort()
    .map((f) => resolve(dir, f));
}

/** Running compiled (from dist/), notebooks are loaded from their compiled copies: notebooks/x.ts → dist/notebooks/x.js. */
const COMPILED = import.meta.url.endsWith(".js");

/** The notebook as it runs: from `tree` (dist/ by default; a watch may run a fresh copy), compiled or under tsx. */
function runnable(path: string, root: string, tree: string | undefined): string {
  const name = basename(path, ".ts");
  if (tree) return join(tree, "notebooks", COMPILED ? `${name}.js` : `${name}.ts`);
  return COMPILED ? join(root, "dist", "notebooks", `${name}.js`) : path;
}

export interface Built {
  notebooks: Notebook[];
  /** Notebook files that could not be imported at all. */
  failures: NotebookFailure[];
}

/**
 * Import each notebook and build it from the data. A file that cannot be imported is a
 * failure of that notebook only. `version` busts the module cache so --watch picks up an
 * edited notebook without restarting: one for all, or each notebook's own (by its path from the
 * root, "notebooks/hostages.ts"), so a watch imports again only the notebooks saved; `tree` is
 * where the watch runs the project's code from.
 */
export async function buildNotebooks(
  files: string[],
  data: Data,
  version: number | ((file: string) => number) = 0,
  root = process.cwd(),
  tree?: string,
): Promise<Built> {
  const names = namesOf(data);
  const notebooks: Notebook[] = [];
  const failures: NotebookFailure[] = [];
  for (const path of files) {
    const file = relative(root, path).split("\\").join("/");
    const v = typeof version === "number" ? version : version(file);
    try {
      const url = pathToFileURL(runnable(path, root, tree)).href + (v ? `?v=${v}` : "");
      const mod = (await import(url)) as { default?: NotebookDef };
      if (!mod.default || !Array.isArray(mod.default.charts)) {
        throw new Error("no default export: export default defineNotebook({...})");
      }
      notebooks.push(buildNotebook(mod.default, data, file, names));
    } catch (error) {
      failures.push(failure(file, "notebook", error));
    }
  }
  const ids = new Map<string, string>();
  for (const nb of notebooks) {
    for (const id of nb.chartIds) {
      const other = ids.get(id);
      if (other) throw new Error(`chart id ${id} is declared in both ${other} and ${nb.file}`);
      ids.set(id, nb.file);
    }
  }
  return { notebooks, failures };
}
