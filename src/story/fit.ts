/**
 * Headlines that fit: a chart states its point in the fullest form short enough to
 * publish, falling back to shorter forms (without attribution, without dates) when the
 * data makes the full one long. Attribution dropped here stays in the source line.
 */
import { HEADLINE_CHARS } from "../style/copy.ts";

/** The first variant no longer than `max` characters, or else the shortest one. */
export function firstThatFits(variants: readonly string[], max = HEADLINE_CHARS): string {
  const found = variants.find((v) => v.length <= max);
  if (found !== undefined) return found;
  const shortest = [...variants].sort((a, b) => a.length - b.length)[0];
  if (shortest === undefined) throw new Error("firstThatFits: no variants");
  return shortest;
}
