/**
 * The HTML a desk pastes into its CMS, in two kinds, both adapting to the reader's screen:
 *   - the <picture> snippet (the default on each page): the 360 px SVG on screens up to
 *     EMBED.narrow px wide, the 640 px SVG as its <img> otherwise, with the alt text;
 *   - the inline embed (<id>.embed.html): both SVGs inline, switched by a container query on the
 *     width of the column it sits in, or by the same media query where container queries are not
 *     supported (@supports). The notebook pages show every chart this way.
 * No bare 640 px embed is offered first: a phone would get it shrunk to text of 6–7 px.
 */
import { SIZES } from "../chart.ts";
import { esc } from "./html.ts";

export const EMBED = {
  /**
   * At or under this width (px) of the screen (<picture>) or of the column (inline), the 360 px SVG is
   * shown: in a narrower column the 640 px chart would shrink its 12 px text under 11 px (at 520 px,
   * about 9.75 px), where the 360 px one keeps its own sizes.
   */
  narrow: 600,
} as const;

/** The width and height an SVG file declares, for the <img> to keep its place while it loads. */
export function svgSize(svg: string): { width: string; height: string } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const attr = (name: string) => new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1] ?? "";
  return { width: attr("width"), height: attr("height") };
}

/**
 * The default snippet: a <picture> that serves the 360 px SVG on narrow screens and the 640 px
 * SVG otherwise, with the alt text, and the full source line as the caption. Paths are the files'
 * names: put them where the files are uploaded.
 */
export function pictureEmbed(c: {
  id: string;
  alt: string;
  source: string;
  web: string;
  mobile: string;
}): string {
  const web = svgSize(c.web);
  const mobile = svgSize(c.mobile);
  return `<figure class="rafah-figure" style="margin:0">
  <picture>
    <source media="(max-width: ${EMBED.narrow}px)" srcset="${esc(c.id)}${SIZES.mobile.suffix}.svg" width="${mobile.width}" height="${mobile.height}">
    <img src="${esc(c.id)}.svg" width="${web.width}" height="${web.height}" style="width:100%;height:auto" alt="${esc(c.alt)}">
  </picture>
  <figcaption style="font-size:12px">${esc(c.source)}</figcaption>
</figure>`;
}

/** The CSS of an inline embed: its class shows one size, by container query or, without them, by media query. */
export function inlineEmbedCss(id: string): string {
  const box = `.rf-embed-${id}`;
  const narrow = `${box} .rf-embed-web{display:none}${box} .rf-embed-mobile{display:block}`;
  return (
    `${box}{container-type:inline-size;margin:0}` +
    `${box} svg{display:block;max-width:100%;height:auto}` +
    // The 360 px chart fills a column up to the switch (600 px), not left at 360 with a gap beside it.
    `${box} .rf-embed-mobile svg{width:100%}` +
    `${box} .rf-embed-mobile{display:none}` +
    `@container (max-width: ${EMBED.narrow}px){${narrow}}` +
    `@supports not (container-type:inline-size){@media (max-width: ${EMBED.narrow}px){${narrow}}}`
  );
}

/**
 * The inline embed: both SVGs inline (each self-contained, fonts inside, ids per chart and size),
 * one shown by the width of the column it sits in. The SVGs carry the alt text (<title> and <desc>)
 * and the source line; the one hidden is hidden from screen readers too (display:none).
 */
export function inlineEmbed(c: { id: string; web: string; mobile: string }): string {
  return `<div class="rf-embed rf-embed-${esc(c.id)}">
<style>${inlineEmbedCss(esc(c.id))}</style>
<div class="rf-embed-web">${c.web.trim()}</div>
<div class="rf-embed-mobile">${c.mobile.trim()}</div>
</div>
`;
}
