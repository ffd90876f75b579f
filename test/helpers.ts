import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { JSDOM } from "jsdom";
import { names, type Names } from "../src/cite/names.ts";
import { loadData, type Data } from "../src/data/load.ts";
import { buildNotebooks, notebookFiles } from "../src/notebook/registry.ts";
import type { Notebook } from "../src/notebook/types.ts";
import { sourceLine } from "../src/cite/sourceLine.ts";
import { socialPlotBox, sourceLines } from "../src/render/frameLayout.ts";
import { SOURCE_LINES } from "../src/style/index.ts";
import type { ChartSpec } from "../src/chart.ts";

const parserWindow = new JSDOM("").window;

/** Parse a string as standalone XML; throws with the parser's message if it is not well-formed. */
export function parseXml(text: string): Document {
  const doc = new parserWindow.DOMParser().parseFromString(text, "image/svg+xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

export async function project(): Promise<{ data: Data; names: Names; notebooks: Notebook[] }> {
  const result = loadData("data");
  if (!result.ok) throw new Error("project data does not load");
  const built = await buildNotebooks(notebookFiles("."), result.data);
  return { data: result.data, names: names(result.data), notebooks: built.notebooks };
}

/**
 * A temporary copy of the project (data, notebooks, charts, src, package.json) with node_modules
 * linked, for tests that write. With `ownCache`, node_modules is a folder of links to each package
 * instead, so the copy's build cache (node_modules/.cache/rafah-figures) is its own to break.
 */
export function copyProject({ ownCache = false }: { ownCache?: boolean } = {}): string {
  const repo = resolve(".");
  // The copy is a folder inside a temporary one, with the articles linked beside it as
  // ../shared, as this project has them: never whatever a shared temp folder holds.
  const outer = mkdtempSync(join(tmpdir(), "rf-copy-"));
  const d = join(outer, "project");
  for (const part of ["data", "notebooks", "charts", "src", "scripts", "package.json"])
    cpSync(join(repo, part), join(d, part), { recursive: true });
  if (ownCache) {
    mkdirSync(join(d, "node_modules"));
    for (const name of readdirSync(join(repo, "node_modules")).filter((n) => n !== ".cache"))
      symlinkSync(join(repo, "node_modules", name), join(d, "node_modules", name));
  } else symlinkSync(join(repo, "node_modules"), join(d, "node_modules"), "dir");
  const shared = resolve(repo, "..", "shared");
  if (existsSync(shared)) symlinkSync(shared, join(outer, "shared"), "dir");
  return d;
}

/** Remove a copy made by copyProject(), with the folder around it. */
export function removeCopy(dir: string): void {
  rmSync(dirname(dir), { recursive: true, force: true });
}

/**
 * Resolves with what `what` returns once it is neither undefined nor false, polling every 10 ms.
 * Rejects after 30 s, or at once when `stop()` holds (a child process that ended), with
 * `detail()` (its output) in the message.
 */
export function waitFor<T>(
  what: () => T | undefined | false,
  label: string,
  { stop, detail }: { stop?: () => boolean; detail?: () => string } = {},
): Promise<T> {
  return new Promise((ok, fail) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const value = what();
      if (value !== undefined && value !== false) ok(value);
      else if (Date.now() - started > 30_000 || stop?.())
        fail(new Error(`gave up waiting for ${label}${detail ? `\n${detail()}` : ""}`));
      else return;
      clearInterval(poll);
    }, 10);
  });
}

/** The box a chart's plot gets on its social card, with the card's own source line, as the build lays it out. */
export function socialBoxOf(chart: ChartSpec, names: Names): { width: number; height: number } {
  const source = sourceLine(chart.rows, names, (l) => sourceLines(l, "social") <= SOURCE_LINES.social);
  return socialPlotBox({
    headline: chart.headline,
    subtitle: chart.subtitle,
    legend: chart.legend ?? [],
    source,
  });
}
