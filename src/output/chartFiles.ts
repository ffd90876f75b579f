import { SIZES, type ChartSpec, type Size } from "../chart.ts";
import { renderSvg, type RenderContext } from "../render/render.ts";
import { rasterizeAsync } from "./png.ts";

export type Format = "svg" | "png";
export const FORMATS: readonly Format[] = ["svg", "png"];

/** One chart's outputs, in memory: the SVG at each size and the PNG of the web size. */
export interface ChartOutput {
  chart: ChartSpec;
  notebook: string;
  svg: Record<Size, string>;
  png?: Buffer;
  /** Time to render each file, in ms. */
  ms: Record<Size | "png", number>;
}

/**
 * Render a chart at every size, and its PNG when asked. Throws the chart's error; nothing is written.
 * The SVGs are drawn at once (jsdom is single-threaded); the PNG is rasterized off the main thread.
 */
export async function renderChart(
  chart: ChartSpec,
  notebook: string,
  context: RenderContext,
  formats: readonly Format[],
): Promise<ChartOutput> {
  const ms = { web: 0, mobile: 0, png: 0 };
  const svg = {} as Record<Size, string>;
  for (const size of Object.keys(SIZES) as Size[]) {
    const t0 = performance.now();
    svg[size] = renderSvg(chart, size, context);
    ms[size] = performance.now() - t0;
  }
  let png: Buffer | undefined;
  if (formats.includes("png")) {
    const t0 = performance.now();
    png = await rasterizeAsync(svg.web);
    ms.png = performance.now() - t0;
  }
  return { chart, notebook, svg, png, ms };
}

/** A file to write: its path under the output folder, its bytes, and how long it took to make. */
export interface OutputFile {
  path: string;
  bytes: Buffer;
  ms: number;
  /** The chart it belongs to, if any (pages belong to none). */
  chart?: string;
}

/** The files of one chart: <notebook>/<id>.svg, <id>.mobile.svg, <id>.png. */
export function chartFiles(out: ChartOutput, formats: readonly Format[]): OutputFile[] {
  const base = `${out.notebook}/${out.chart.id}`;
  const files: OutputFile[] = [];
  if (formats.includes("svg")) {
    for (const size of Object.keys(SIZES) as Size[]) {
      files.push({
        path: `${base}${SIZES[size].suffix}.svg`,
        bytes: Buffer.from(out.svg[size]),
        ms: out.ms[size],
        chart: out.chart.id,
      });
    }
  }
  if (formats.includes("png") && out.png)
    files.push({ path: `${base}.png`, bytes: out.png, ms: out.ms.png, chart: out.chart.id });
  return files;
}
