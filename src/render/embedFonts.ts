/**
 * Fonts inside each SVG: the faces a chart uses (./planFonts.ts), cut down to the glyphs it uses
 * (./cutFace.ts) and embedded as WOFF2 data URLs in an @font-face in the chart's <style>, under a
 * family name of its own so two charts on one page never share a subset. The same cut-down faces,
 * as TrueType, are what resvg draws the PNGs with, so the PNG and the SVG show the same glyphs.
 */
import { FONT_STACK } from "../style/index.ts";
import { cutFace } from "./cutFace.ts";
import { sharedWindow } from "./dom.ts";
import { planFonts, type FontPlan } from "./planFonts.ts";

export interface EmbeddedSvg {
  /** The SVG with its fonts in its <style>. */
  svg: string;
  /** The same faces as TrueType, for resvg. */
  truetype: Buffer[];
  /** Bytes of the embedded fonts (base64 included), for the budget. */
  fontBytes: number;
}

/** "U+20,U+41-43": the characters a face is used for, so browsers pick it for those alone. */
function unicodeRange(chars: readonly string[]): string {
  const points = [...new Set(chars.map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < points.length;) {
    let j = i;
    while (j + 1 < points.length && (points[j + 1] ?? 0) === (points[j] ?? 0) + 1) j++;
    const hex = (n: number | undefined) => (n ?? 0).toString(16).toUpperCase();
    ranges.push(j > i ? `U+${hex(points[i])}-${hex(points[j])}` : `U+${hex(points[i])}`);
    i = j + 1;
  }
  return ranges.join(",");
}

/**
 * The faces a rendered chart draws with, cut to its characters, as TrueType: what resvg draws its
 * PNG with. The same cuts embedFonts makes (and caches), so a PNG can start before the WOFF2s are
 * compressed.
 */
export function truetypeFaces(plan: FontPlan, options: { cacheDir?: string } = {}): Promise<Buffer[]> {
  return Promise.all(plan.cuts.map((c) => cutFace(c.face, c.chars.join(""), "truetype", options.cacheDir)));
}

/**
 * Embed the fonts a rendered chart uses (an SVG, or its plan). The chart's root class names its
 * family, so the @font-face rules apply to this chart only; the attribute stack stays as the
 * fallback for a CMS that strips <style>.
 */
export async function embedFonts(
  svg: string | FontPlan,
  options: { cacheDir?: string } = {},
): Promise<EmbeddedSvg> {
  const { root, cuts } = typeof svg === "string" ? planFonts(svg) : svg;
  const family = root.getAttribute("class") ?? "rf-chart";
  const fonts = await Promise.all(
    cuts.map((c) =>
      Promise.all([
        cutFace(c.face, c.chars.join(""), "woff2", options.cacheDir),
        cutFace(c.face, c.chars.join(""), "truetype", options.cacheDir),
      ]),
    ),
  );
  const rules = cuts.map(({ weight, chars }, i) => {
    const url = `data:font/woff2;base64,${fonts[i]?.[0].toString("base64") ?? ""}`;
    return `@font-face{font-family:"${family}";font-weight:${weight};src:url(${url}) format("woff2");unicode-range:${unicodeRange(chars)}}`;
  });
  // The plan's element is changed here: embedding is the last use of it.
  const style = root.querySelector("style");
  if (style) {
    style.textContent = `${rules.join("")}.${family}{font-family:"${family}",${FONT_STACK}}${style.textContent ?? ""}`;
  }
  return {
    svg: new (sharedWindow().XMLSerializer)().serializeToString(root) + "\n",
    truetype: fonts.map(([, ttf]) => ttf),
    fontBytes: rules.reduce((sum, r) => sum + r.length, 0),
  };
}
