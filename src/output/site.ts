import type { Data } from "../data/load.ts";
import type { Notebook, NotebookFailure } from "../notebook/types.ts";
import { chartFiles, type ChartOutput, type Format, type OutputFile } from "./chartFiles.ts";
import { indexPage, notebookPage } from "./page.ts";

/** A chart that could not be built or rendered: the notebook's own failure record. */
export type ChartFailure = NotebookFailure;

/** The sentences of a notebook as stored in charts/<notebook>/figures.json, to report changes old → new. */
export interface FiguresFile {
  notebook: string;
  sentences: { id: string; text: string; rows: string[] }[];
}

/** The files of the given charts, plus every notebook page, figures.json and the index. */
export function siteFiles(
  notebooks: readonly Notebook[],
  outputs: ReadonlyMap<string, ChartOutput>,
  data: Data,
  formats: readonly Format[],
  charts: ReadonlySet<string>,
  /** False when a notebook could not be imported: the index would leave it out. */
  complete = true,
): OutputFile[] {
  const chartParts = siteChartFiles(notebooks, outputs, formats, charts);
  return inSiteOrder(chartParts, sitePages(notebooks, outputs, data, complete));
}

/** The files of the given charts, notebook by notebook (cheap: made before the pages, written first). */
export function siteChartFiles(
  notebooks: readonly Notebook[],
  outputs: ReadonlyMap<string, ChartOutput>,
  formats: readonly Format[],
  charts: ReadonlySet<string>,
): OutputFile[][] {
  return notebooks.map((nb) =>
    nb.charts.flatMap((chart) => {
      const out = outputs.get(chart.id);
      return out && charts.has(chart.id) ? chartFiles(out, formats) : [];
    }),
  );
}

/** Every notebook's page and figures.json, notebook by notebook, and the index. */
export interface SitePages {
  notebooks: OutputFile[][];
  index: OutputFile[];
}

/** The files of a site in its order: each notebook's charts, page and figures.json, then the index. */
export function inSiteOrder(chartParts: readonly OutputFile[][], pages: SitePages): OutputFile[] {
  return [...chartParts.flatMap((files, i) => [...files, ...(pages.notebooks[i] ?? [])]), ...pages.index];
}

/** Every notebook page, figures.json and the index: what any chart's change may change. */
export function sitePages(
  notebooks: readonly Notebook[],
  outputs: ReadonlyMap<string, ChartOutput>,
  data: Data,
  /** False when a notebook could not be imported: the index would leave it out. */
  complete = true,
): SitePages {
  const pages = notebooks.map((nb) => {
    const files: OutputFile[] = [];
    // A page is only written when every chart in it rendered: never a page with a chart missing.
    if (nb.chartIds.every((id) => outputs.has(id)) && !nb.failures.some((f) => f.part === "sentences")) {
      const t0 = performance.now();
      const html = notebookPage(nb, outputs, data);
      files.push({ path: `${nb.id}/index.html`, bytes: Buffer.from(html), ms: performance.now() - t0 });
    }
    // Sentences that failed to build leave the old figures.json as it was.
    if (nb.failures.some((f) => f.part === "sentences")) return files;
    const figures: FiguresFile = {
      notebook: nb.id,
      sentences: nb.sentences.map((s) => ({
        id: s.id,
        text: s.text,
        rows: s.rows.map((r) => `${r.ref.file}:${r.ref.line}`),
      })),
    };
    files.push({
      path: `${nb.id}/figures.json`,
      bytes: Buffer.from(JSON.stringify(figures, null, 2) + "\n"),
      ms: 0,
    });
    return files;
  });
  // The index shows every chart: it is left as it was while any notebook or chart cannot be built.
  const index =
    complete && notebooks.every((nb) => nb.chartIds.every((id) => outputs.has(id)))
      ? [{ path: "index.html", bytes: Buffer.from(indexPage(notebooks)), ms: 0 }]
      : [];
  return { notebooks: pages, index };
}
