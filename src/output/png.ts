import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve("source-sans/package.json")), "TTF");

/** Source Sans 3 from npm: the PNG never depends on the machine's fonts. */
export const FONT_FILES = ["Regular", "Semibold", "Bold", "It"].map((w) =>
  join(fontDir, `SourceSans3-${w}.ttf`),
);

/** Rasterize a chart SVG at 2× its width with the project's fonts only. Same SVG, same bytes. */
export function rasterize(svg: string, scale = 2): Buffer {
  return new Resvg(svg, options(svg, scale)).render().asPng();
}

/** The same, on libuv's thread pool, so several charts rasterize at once on a multi-core machine. */
export async function rasterizeAsync(svg: string, scale = 2): Promise<Buffer> {
  return (await renderAsync(svg, options(svg, scale))).asPng();
}

function options(svg: string, scale: number): ResvgRenderOptions {
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  if (!Number.isFinite(width)) throw new Error("svg has no width");
  return {
    fitTo: { mode: "width", value: Math.round(width * scale) },
    background: "#ffffff",
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: "Source Sans 3",
      sansSerifFamily: "Source Sans 3",
    },
  };
}
