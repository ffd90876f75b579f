import type { Qualifier } from "../data/schema.ts";
import { formatCompact, formatNumber } from "./number.ts";

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
  const n = options.compact ? formatCompact(value) : formatNumber(value);
  switch (qualifier) {
    case "exact":
      return n;
    case "estimated":
      return `an estimated ${n}`;
    default:
      return `${qualifier} ${n}`;
  }
}

/** Short form for tight labels: "est. 128", "≥484" is avoided; words are kept: "at least 484". */
export function qualifiedShort(value: number | null, qualifier: Qualifier | "all"): string {
  return qualifier === "estimated"
    ? `est. ${formatCompact(value ?? 0)}`
    : qualified(value, qualifier, { compact: true });
}
