/**
 * Headlines that fit: a chart states its point in the fullest form short enough to
 * publish, falling back to shorter forms (without attribution, without dates) when the
 * data makes the full one long. Attribution dropped here stays in the source line.
 * Short enough is at most HEADLINE_CHARS characters and, for a headline, its line limits
 * at every size (two lines at 640 px, three at 360: src/story/limits.ts).
 */
import { HEADLINE_CHARS } from "../style/copy.ts";
import { headlineFits } from "./limits.ts";

/**
 * The first variant no longer than `max` characters that keeps to a headline's lines (for
 * headlines, when `max` is the headline limit), else the first no longer than `max`, or else
 * the shortest one.
 */
export function firstThatFits(variants: readonly string[], max = HEADLINE_CHARS): string {
  const short = variants.filter((v) => v.length <= max);
  const found = (max === HEADLINE_CHARS ? short.find(headlineFits) : undefined) ?? short[0];
  if (found !== undefined) return found;
  const shortest = [...variants].sort((a, b) => a.length - b.length)[0];
  if (shortest === undefined) throw new Error("firstThatFits: no variants");
  return shortest;
}
