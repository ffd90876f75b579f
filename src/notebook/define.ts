/** Declaring a notebook and its charts, checked when the file is loaded. */
import type { ChartDef, NotebookDef } from "./types.ts";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A chart of a notebook: `build` turns the tables into the chart, and may fail alone. */
export function chart(id: string, build: ChartDef["build"]): ChartDef {
  if (!ID.test(id)) throw new Error(`chart id must be lower-case words joined by hyphens: ${id}`);
  return { id, build };
}

/** A notebook file's default export. */
export function defineNotebook(def: NotebookDef): NotebookDef {
  if (!ID.test(def.id)) throw new Error(`notebook id must be lower-case words joined by hyphens: ${def.id}`);
  const seen = new Set<string>();
  for (const c of def.charts) {
    if (seen.has(c.id)) throw new Error(`chart id used twice in notebook ${def.id}: ${c.id}`);
    seen.add(c.id);
  }
  return def;
}
