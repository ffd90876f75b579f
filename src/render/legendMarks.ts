/**
 * Legend swatches match their marks: each legend entry stands for marks the plot draws in its colour
 * and of its kind (a filled dot for a circle, a stroked one for a ring, a filled rect or area for a
 * square or band, a stroked line for a line). Checked on the drawn plot, before the theme.
 */
import type { LegendItem } from "../chart.ts";

/**
 * The plot's elements that could stand for each swatch shape, with the paint that carries the colour;
 * `filled`, a shape with a fill of its own (a ring is a dot filled with the background, never a line).
 */
const MARKS: Record<
  LegendItem["shape"],
  { tags: readonly string[]; paint: "fill" | "stroke"; filled?: boolean }[]
> = {
  circle: [{ tags: ["circle", "path"], paint: "fill" }],
  ring: [{ tags: ["circle", "path"], paint: "stroke", filled: true }],
  number: [{ tags: ["circle", "path"], paint: "fill" }],
  square: [{ tags: ["rect", "path"], paint: "fill" }],
  band: [{ tags: ["rect", "path"], paint: "fill" }],
  fade: [{ tags: ["rect", "path"], paint: "fill" }],
  line: [{ tags: ["line", "path", "rect"], paint: "stroke" }],
  dashed: [{ tags: ["line", "path"], paint: "stroke" }],
};

/** The colour an element paints with, its own or its group's (Plot sets fill and stroke on a mark's <g>). */
function paintOf(el: Element, paint: "fill" | "stroke"): string | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    const value = at.getAttribute(paint);
    if (value !== null) return value.toLowerCase();
  }
  return null;
}

/** Whether an element belongs to an axis or the grid, which are not marks a legend stands for. */
function inAxis(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement)
    if (/axis|grid/.test(at.getAttribute("aria-label") ?? "")) return true;
  return false;
}

/** Legend entries with no mark of their colour and kind in the plot, as problems an editor can act on. */
export function legendMarkProblems(plot: Element, legend: readonly LegendItem[]): string[] {
  const problems: string[] = [];
  for (const item of legend) {
    const colour = item.color.toLowerCase();
    const found = MARKS[item.shape].some(({ tags, paint, filled }) =>
      tags.some((tag) =>
        [...plot.getElementsByTagName(tag)].some(
          (el) =>
            !inAxis(el) &&
            paintOf(el, paint) === colour &&
            (!filled || (paintOf(el, "fill") ?? "none") !== "none"),
        ),
      ),
    );
    if (!found)
      problems.push(
        `legend entry "${item.label}" (${item.shape}, ${item.color}) matches no mark in the plot`,
      );
  }
  return problems;
}

/** A date in full, as the house writes it: "7 May 2024" (no-break spaces or spaces). */
const FULL_DATE =
  /\b\d{1,2}[\s\u00a0](?:January|February|March|April|May|June|July|August|September|October|November|December)[\s\u00a0]\d{4}\b/g;

/**
 * Labels in the plot that repeat a date the subtitle gives ("Financial Times, 7 May 2024" under
 * "as reported on 7 May 2024"): each names the date once.
 */
export function repeatedDateProblems(plot: Element, subtitle: string): string[] {
  const norm = (s: string) => s.replace(/\s|\u00a0/g, " ");
  // The ends of a period ("6 to 25 January 2026") are not a date every row shares.
  const sub = norm(subtitle);
  const given = new Set(
    [...sub.matchAll(FULL_DATE)]
      .filter(
        (m) =>
          !/\bto $/.test(sub.slice(0, m.index)) && !/^ to\b/.test(sub.slice((m.index ?? 0) + m[0].length)),
      )
      .map((m) => m[0]),
  );
  if (!given.size) return [];
  const labels = new Set<string>();
  for (const text of plot.getElementsByTagName("text")) {
    const content = norm(text.textContent ?? "");
    for (const m of content.matchAll(FULL_DATE)) if (given.has(m[0])) labels.add(content.trim());
  }
  return [...labels].map((l) => `label "${l}" repeats the date the subtitle gives: drop it from the label`);
}
