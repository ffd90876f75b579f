/**
 * Qualifiers: how an article words a figure, and the one place their words are written, for
 * labels (`qualified`) and running text (countWords in src/text/words.ts) alike.
 */
import { formatCompact, formatNumber } from "./number.ts";

/** How an article words a figure. "exact" means the article gives the number with no qualifier. */
export const QUALIFIERS = [
  "exact",
  "about",
  "at least",
  "more than",
  "nearly",
  "up to",
  "estimated",
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A number, already written, with its qualifier's words: "at least 484", "an estimated 128", "484" for exact. */
export function withQualifier(n: string, qualifier: Qualifier): string {
  switch (qualifier) {
    case "exact":
      return n;
    case "estimated":
      return `an estimated ${n}`;
    default:
      return `${qualifier} ${n}`;
  }
}

/**
 * A value with its qualifier as the article words it: "at least 34,789",
 * "more than 1m", "an estimated 128", "all" (no number given). "exact" adds nothing.
 */
export function qualified(
  value: number | null,
  qualifier: Qualifier | "all",
  options: { compact?: boolean } = {},
): string {
  if (qualifier === "all") return "all";
  if (value === null) throw new Error(`missing value for qualifier: ${qualifier}`);
  return withQualifier(options.compact ? formatCompact(value) : formatNumber(value), qualifier);
}
