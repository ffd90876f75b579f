/**
 * Drawing charts into memory: every size with its fonts embedded, the PNGs when asked, and the
 * data. The only output module that loads jsdom, Plot, subset-font and resvg, so a build that
 * draws nothing (every chart cached) never loads them.
 */
import { SIZES, type ChartSpec, type Size } from "../chart.ts";
import { failure } from "../notebook/build.ts";
import type { Notebook } from "../notebook/types.ts";
import { embedFonts, fontFiles, forResvg } from "../render/fonts.ts";
import { renderSocialSvg, renderSvg, type RenderContext } from "../render/render.ts";
import { chartCsv, PNGS, updatedOn, type ChartOutput, type Format } from "./chartFiles.ts";
import { rasterizeAsync } from "./png.ts";
import type { ChartFailure } from "./site.ts";

/**
 * Render a chart at every size with its fonts embedded, its PNGs when asked, and its data.
 * Throws the chart's error; nothing is written. The SVGs are drawn at once (jsdom is
 * single-threaded); fonts are cut and PNGs rasterized off the main thread where they can be.
 */
export async function renderChart(
  chart: ChartSpec,
  notebook: string,
  context: RenderContext,
  formats: readonly Format[],
): Promise<ChartOutput> {
  const ms = { web: 0, mobile: 0, png: 0 };
  const drawn = {} as Record<Size, string>;
  for (const size of Object.keys(SIZES) as Size[]) {
    const t0 = performance.now();
    drawn[size] = renderSvg(chart, size, context);
    ms[size] = performance.now() - t0;
  }
  const social = formats.includes("png") ? renderSocialSvg(chart, context) : undefined;
  const t1 = performance.now();
  // Each SVG carries only the glyphs it draws; sizes that draw the same characters share one cut.
  const fonts = { cacheDir: context.fontCache };
  const [web, mobile, card] = await Promise.all([
    embedFonts(drawn.web, fonts),
    embedFonts(drawn.mobile, fonts),
    social === undefined ? undefined : embedFonts(social, { ...fonts, woff2: false }),
  ]);
  const fontMs = (performance.now() - t1) / 2;
  ms.web += fontMs;
  ms.mobile += fontMs;
  const out: ChartOutput = {
    chart,
    notebook,
    svg: { web: web.svg, mobile: mobile.svg },
    fontBytes: { web: web.fontBytes, mobile: mobile.fontBytes },
    csv: chartCsv(chart.rows),
    updated: updatedOn(chart.rows, context.names),
    ms,
  };
  if (card) {
    const t0 = performance.now();
    [out.png, out.mobilePng, out.socialPng] = await Promise.all([
      rasterizeAsync(forResvg(web.svg), PNGS.web.scale, fontFiles(web.truetype)),
      rasterizeAsync(forResvg(mobile.svg), PNGS.mobile.scale, fontFiles(mobile.truetype)),
      rasterizeAsync(forResvg(card.svg), PNGS.social.scale, fontFiles(card.truetype)),
    ]);
    ms.png = performance.now() - t0;
  }
  return out;
}

/**
 * Render charts into memory. A chart that throws is a failure with its id and
 * cause; the others still render. `previous` outputs are reused for charts not
 * in `only`, so watch mode re-renders just what changed.
 */
export async function renderCharts(
  notebooks: readonly Notebook[],
  context: RenderContext,
  formats: readonly Format[],
  only?: ReadonlySet<string>,
  previous?: ReadonlyMap<string, ChartOutput>,
): Promise<{ outputs: Map<string, ChartOutput>; failures: ChartFailure[] }> {
  const failures: ChartFailure[] = [];
  const jobs: Promise<[string, ChartOutput] | undefined>[] = [];
  for (const nb of notebooks) {
    for (const chart of nb.charts) {
      const old = previous?.get(chart.id);
      if (only && !only.has(chart.id) && old) {
        jobs.push(Promise.resolve([chart.id, old]));
        continue;
      }
      jobs.push(
        renderChart(chart, nb.id, context, formats).then(
          (out): [string, ChartOutput] => [chart.id, out],
          (error: unknown) => void failures.push(failure(nb.file, `chart ${chart.id}`, error)),
        ),
      );
    }
  }
  // Results keep the notebooks' chart order, whatever order the PNGs finish in.
  const outputs = new Map(
    (await Promise.all(jobs)).filter((j): j is [string, ChartOutput] => j !== undefined),
  );
  failures.sort((a, b) => a.message.localeCompare(b.message));
  return { outputs, failures };
}
