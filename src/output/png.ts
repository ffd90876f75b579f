import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { LIGHT } from "../style/index.ts";

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve("source-sans/package.json")), "TTF");

/** Source Sans 3 from npm, for an SVG rasterized without its own subset fonts: the PNG never depends on the machine's fonts. */
export const FONT_FILES = ["Regular", "Semibold", "Bold"].map((w) => join(fontDir, `SourceSans3-${w}.ttf`));

/**
 * Rasterize a chart SVG at `scale` times its width. `fonts` are the TrueType files to draw with
 * (renderChart passes the chart's own subset faces, src/text/fonts.ts); never system fonts.
 * resvg applies the light palette: it reads the <style>'s plain rules and skips the
 * prefers-color-scheme block. Same SVG, same bytes.
 */
export function rasterize(svg: string, scale = 2, fonts: readonly string[] = FONT_FILES): Buffer {
  return new Resvg(svg, options(svg, scale, fonts)).render().asPng();
}

/** The same, on libuv's thread pool, so several charts rasterize at once on a multi-core machine. */
export async function rasterizeAsync(
  svg: string,
  scale = 2,
  fonts: readonly string[] = FONT_FILES,
): Promise<Buffer> {
  return (await renderAsync(svg, options(svg, scale, fonts))).asPng();
}

function options(svg: string, scale: number, fonts: readonly string[]): ResvgRenderOptions {
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  if (!Number.isFinite(width)) throw new Error("svg has no width");
  return {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    background: LIGHT.background,
    font: {
      fontFiles: [...fonts],
      loadSystemFonts: false,
      defaultFontFamily: "Source Sans 3",
      sansSerifFamily: "Source Sans 3",
    },
  };
}
