/**
 * Light and dark in one SVG. Every fill and stroke in a drawing must be a colour of the house
 * palette (anything else is refused, so no chart invents a colour); each painted element gets a
 * class naming its token, and the chart's <style> sets the light palette and, under
 * `prefers-color-scheme: dark`, the dark one for an inline SVG. `currentColor`, which Plot writes for text, is the
 * palette's ink, so nothing is left for a host page to set. The attributes keep the colours too,
 * for a CMS that strips <style> and for renderers without CSS.
 */
import { DARK, LIGHT, tokenOf, type Token } from "./palette.ts";

export type Theme = "light" | "dark" | "auto";
export const THEMES: readonly Theme[] = ["light", "dark", "auto"];

const PAINT = { fill: "f", stroke: "s" } as const;

/** Classes and attributes for the theme; returns the CSS that colours the drawing. */
export function applyTheme(root: Element, prefix: string, theme: Theme): string {
  const used = new Map<string, { prop: keyof typeof PAINT; token: Token }>();
  // getElementsByTagName, not querySelectorAll: jsdom walks the tree without its selector engine.
  for (const el of [root, ...root.getElementsByTagName("*")]) {
    for (const prop of Object.keys(PAINT) as (keyof typeof PAINT)[]) {
      const value = el.getAttribute(prop);
      if (value === null || value === "none" || value.startsWith("url(")) continue;
      const token = tokenOf(value);
      if (!token) throw new Error(`colour not in the house palette: ${value}`);
      const name = `${prefix}-${PAINT[prop]}-${token.replace("_", "-")}`;
      el.setAttribute(prop, (theme === "dark" ? DARK : LIGHT)[token]);
      el.setAttribute("class", [el.getAttribute("class"), name].filter(Boolean).join(" "));
      used.set(name, { prop, token });
    }
  }
  const rules = (palette: Record<Token, string>, scope = `.${prefix}`) =>
    `${scope}{color:${palette.ink}}` +
    [...used]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, { prop, token }]) => `${scope} .${name}{${prop}:${palette[token]}}`)
      .join("");
  if (theme === "light") return rules(LIGHT);
  if (theme === "dark") return rules(DARK);
  // Without light-dark(), the dark palette follows the reader's system, and only inline
  // (`:not(:root)`): as its own document (`<img>`) the SVG stays light.
  const inline = `svg.${prefix}:not(:root)`;
  return (
    `${rules(LIGHT)}@supports not (color:light-dark(#000,#fff)){` +
    `@media (prefers-color-scheme:dark){${rules(DARK, inline)}}}${schemeRules(prefix, used)}`
  );
}

/**
 * Where the browser has light-dark(): inline, each colour follows the colour scheme of the page the
 * SVG sits in, not the reader's system alone (a page that declares none is light), and on a dark
 * page the frame is the page's canvas colour (CSS `Canvas`), so the chart does not read as a box.
 * Not transparent: a page that declares `color-scheme: light dark` but paints itself white would
 * put the chart's light text on white. As its own
 * document (`<img>`, `<picture>`, opened alone) the SVG is light, with its white frame: Chromium
 * tells an image the embedding element's scheme, and the reader's system scheme when the page
 * declares none, so an image cannot tell a dark page from a light-only one read in dark mode, where
 * a dark chart would be a dark panel in a white article (docs/publication.md).
 */
function schemeRules(
  prefix: string,
  used: ReadonlyMap<string, { prop: keyof typeof PAINT; token: Token }>,
): string {
  const pair = (token: Token) => `light-dark(${LIGHT[token]},${DARK[token]})`;
  const rules = [...used]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, { prop, token }]) => `.${prefix} .${name}{${prop}:${pair(token)}}`)
    .join("");
  const frame = `.${prefix} .${prefix}-background`;
  return (
    `@supports (color:light-dark(#000,#fff)){svg:root.${prefix}{color-scheme:light}` +
    `.${prefix}{color:${pair("ink")}}${rules}` +
    `${frame}{fill:light-dark(${LIGHT.background},Canvas)}}`
  );
}
