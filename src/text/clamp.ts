/** Keeping wrapped text to a number of lines, with an ellipsis where it was cut. */
import { fitWidth, type Weight } from "./wrap.ts";

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
