/**
 * Light and dark in one SVG. Every fill and stroke in a drawing must be a colour of the house
 * palette (anything else is refused, so no chart invents a colour); each painted element gets a
 * class naming its token, and the chart's <style> sets the light palette and, under
 * `prefers-color-scheme: dark`, the dark one. `currentColor`, which Plot writes for text, is the
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
  const rules = (palette: Record<Token, string>) =>
    `.${prefix}{color:${palette.ink}}` +
    [...used]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, { prop, token }]) => `.${prefix} .${name}{${prop}:${palette[token]}}`)
      .join("");
  if (theme === "light") return rules(LIGHT);
  if (theme === "dark") return rules(DARK);
  return `${rules(LIGHT)}@media (prefers-color-scheme:dark){${rules(DARK)}}`;
}
