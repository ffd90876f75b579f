/** Keeping wrapped text to a number of lines: by whole clauses, or with an ellipsis where it was cut. */
import { fitWidth, wrap, type Weight } from "./wrap.ts";

/**
 * The first `max` lines; if any were dropped, the last kept line ends in "…" (no comma before it), shortened
 * word by word (or character by character for a long word) until it fits `width`.
 */
export function clampLines(
  lines: readonly string[],
  max: number,
  width: number,
  size: number,
  weight: Weight = "regular",
): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1] ?? ""}…`;
  while (last.length > 1 && fitWidth(last, size, weight) > width) {
    const words = last.slice(0, -1).split(" ");
    last = words.length > 1 ? `${words.slice(0, -1).join(" ")}…` : `${last.slice(0, -2)}…`;
  }
  // Never a comma or colon before the ellipsis: "and events,…" reads as a slip.
  kept[max - 1] = last.replace(/[\s,;:]+…$/u, "…");
  return kept;
}

/**
 * A text kept to `max` lines by dropping whole clauses from its end ("…, 4 to 8 May 2024", then
 * "…, and events … about them"), so it ends where a phrase ends; only when not even its first clause
 * fits is it cut with "…" (clampLines). How a card's subtitle keeps to its lines.
 */
export function clampClauses(text: string, max: number, width: number, size: number): string[] {
  for (let t = text; ;) {
    const lines = wrap(t, width, size, "regular");
    if (lines.length <= max) return lines;
    const cut = t.lastIndexOf(", ");
    if (cut < 0) return clampLines(wrap(text, width, size, "regular"), max, width, size);
    t = t.slice(0, cut);
  }
}
