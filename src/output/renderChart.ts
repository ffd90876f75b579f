/**
 * Drawing charts into memory: every size with its fonts embedded, the PNGs when asked, and the
 * data. The only output module that loads jsdom, Plot, subset-font and resvg, so a build that
 * draws nothing (every chart cached) never loads them.
 */
import { SIZES, type ChartSpec, type Size } from "../chart.ts";
import { failure } from "../notebook/buildNotebook.ts";
import { sharedWindow } from "../render/dom.ts";
import { keepCodeCache } from "../render/libs.ts";
import type { Notebook } from "../notebook/types.ts";
import { embedFonts, fontFiles, forResvg, planFonts, truetypeFaces, type FontPlan } from "../render/fonts.ts";
import { renderSvgElement, type RenderContext } from "../render/renderSvg.ts";
import { chartCsv, PNGS, updatedOn, type ChartOutput, type Format } from "./chartFiles.ts";
import { drawQueuedPngs, rasterize } from "./png.ts";
import type { ChartFailure } from "./site.ts";

/** Make what the first chart would otherwise wait for: the jsdom window (watch mode, while idle). */
export function warmUp(): void {
  sharedWindow();
}

/**
 * Render a chart at every size with its fonts embedded, its PNGs when asked, and its data.
 * Throws the chart's error; nothing is written.
 */
export async function renderChart(
  chart: ChartSpec,
  notebook: string,
  context: RenderContext,
  formats: readonly Format[],
): Promise<ChartOutput> {
  return startChart(chart, notebook, context, formats).done;
}

/**
 * A chart being drawn. `started` settles once the main thread's part is done (the SVGs drawn, the
 * PNGs' fonts cut and the PNGs handed to the workers), so the next chart can start while this
 * one's WOFF2s compress on the thread pool and its PNGs draw in the workers; `done` gives every file.
 */
function startChart(
  chart: ChartSpec,
  notebook: string,
  context: RenderContext,
  formats: readonly Format[],
): { started: Promise<void>; done: Promise<ChartOutput> } {
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const done = drawChart(chart, notebook, context, formats, () => markStarted());
  return { started: Promise.race([started, done.then(noop, noop)]), done };
}

const noop = () => {};

async function drawChart(
  chart: ChartSpec,
  notebook: string,
  context: RenderContext,
  formats: readonly Format[],
  started: () => void,
): Promise<ChartOutput> {
  const ms = { web: 0, mobile: 0, png: 0 };
  const drawn = {} as Record<Size, string>;
  const plans = {} as Record<Size, FontPlan>;
  const fonts = { cacheDir: context.fontCache };
  // Each PNG goes to the workers as soon as its SVG is drawn and its TrueType cut made (resvg
  // ignores @font-face), so a worker starts on the first chart's web PNG while this thread draws
  // the phone size; the WOFF2s compress after. The social card is drawn only to be rasterized.
  const pngs: Promise<Buffer>[] = [];
  const t0 = performance.now();
  const toPng = async (svg: string, scale: number, plan: FontPlan) => {
    const faces = await truetypeFaces(plan, fonts);
    pngs.push(rasterize(forResvg(svg), scale, fontFiles(faces)));
  };
  for (const size of Object.keys(SIZES) as Size[]) {
    const t = performance.now();
    const { text, element } = renderSvgElement(chart, size, context);
    drawn[size] = text;
    plans[size] = planFonts(element);
    ms[size] = performance.now() - t;
    if (formats.includes("png")) await toPng(text, PNGS[size].scale, plans[size]);
  }
  if (formats.includes("png")) {
    const social = renderSvgElement(chart, "social", context);
    await toPng(social.text, PNGS.social.scale, planFonts(social.element));
  }
  // Awaited below, after the fonts: a PNG that fails meanwhile is not an unhandled rejection.
  const allPngs = pngs.length ? Promise.all(pngs) : undefined;
  allPngs?.catch(noop);
  started();
  const t1 = performance.now();
  // Each SVG carries only the glyphs it draws; sizes that draw the same characters share one cut.
  const [web, mobile] = await Promise.all([embedFonts(plans.web, fonts), embedFonts(plans.mobile, fonts)]);
  const fontMs = (performance.now() - t1) / 2;
  ms.web += fontMs;
  ms.mobile += fontMs;
  const out: ChartOutput = {
    chart,
    notebook,
    svg: { web: web.svg, mobile: mobile.svg },
    fontBytes: { web: web.fontBytes, mobile: mobile.fontBytes },
    csv: chartCsv(chart.rows, context.names),
    updated: updatedOn(chart.rows, context.names),
    ms,
  };
  if (allPngs) {
    [out.png, out.mobilePng, out.socialPng] = await allPngs;
    ms.png = performance.now() - t0;
  }
  return out;
}

/**
 * Render charts into memory. A chart that throws is a failure with its id and
 * cause; the others still render. `previous` outputs are reused for charts not
 * in `only`, so watch mode re-renders just what changed; a chart not in `only`
 * with no previous output is drawn too (the pages show every chart), unless
 * `previous` is "none" (a --check of named charts needs those alone).
 */
export async function renderCharts(
  notebooks: readonly Notebook[],
  context: RenderContext,
  formats: readonly Format[],
  only?: ReadonlySet<string>,
  previous?: ReadonlyMap<string, ChartOutput> | "none",
): Promise<{ outputs: Map<string, ChartOutput>; failures: ChartFailure[] }> {
  const failures: ChartFailure[] = [];
  const jobs: Promise<[string, ChartOutput] | undefined>[] = [];
  for (const nb of notebooks) {
    for (const chart of nb.charts) {
      if (only && !only.has(chart.id) && previous === "none") continue;
      const old = previous === "none" ? undefined : previous?.get(chart.id);
      if (only && !only.has(chart.id) && old) {
        jobs.push(Promise.resolve([chart.id, old]));
        continue;
      }
      const { started, done } = startChart(chart, nb.id, context, formats);
      jobs.push(
        done.then(
          (out): [string, ChartOutput] => [chart.id, out],
          (error: unknown) => void failures.push(failure(nb.file, `chart ${chart.id}`, error)),
        ),
      );
      // One chart's main-thread work at a time, so the first PNGs start as early as they can;
      // then a turn of the event loop, so the workers' answers are taken and each is sent its next
      // PNG. Awaiting promises alone never lets a message in: a cold build's worker finished its
      // first two PNGs and sat idle 0.4 s until every SVG was drawn.
      await started;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  // Every SVG is drawn: this thread helps the workers with the PNGs still queued.
  if (formats.includes("png")) await drawQueuedPngs();
  // Results keep the notebooks' chart order, whatever order the PNGs finish in.
  const outputs = new Map(
    (await Promise.all(jobs)).filter((j): j is [string, ChartOutput] => j !== undefined),
  );
  failures.sort((a, b) => a.message.localeCompare(b.message));
  // Once per install: the drawing code V8 compiled, for the next process (src/render/libs.ts).
  keepCodeCache();
  return { outputs, failures };
}
