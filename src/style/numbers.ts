/**
 * Number style, one per chart: figures in full ("400,000", "1,400,000") or in millions. In millions,
 * one rule for every number the chart writes, labels, notes and axis ticks alike: a million or more in
 * millions ("1.4m", "1m"), under a million in full ("more than 400,000", "500,000" on the axis), as news
 * style writes them ("0.4m" read as a different kind of figure from "1.4m"; "1,400,000" would claim a
 * precision the report does not give). Millions only when the chart's largest figure reaches a million
 * and every figure is a whole number of hundred thousands (so none loses a digit); otherwise everything
 * is in full.
 */
import { formatNumber } from "../format/number.ts";
import { qualified, type Qualifier } from "../format/qualifier.ts";

export type NumberStyle = "full" | "millions";

export function numberStyle(values: Iterable<number | null>): NumberStyle {
  const list = [...values].filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...list.map(Math.abs));
  return max >= 1e6 && list.every((v) => Number.isInteger(v / 1e5)) ? "millions" : "full";
}

/** The rule: in millions, 1400000 → "1.4m", 1000000 → "1m", and 400000 → "400,000", 0 → "0"; "1,400,000" in full. */
export function formatIn(style: NumberStyle, n: number): string {
  if (style === "full" || Math.abs(n) < 1e6) return formatNumber(n);
  return `${Number((n / 1e6).toFixed(3))}m`;
}

/**
 * A figure with its qualifier as the article words it, in the chart's style as formatIn writes it:
 * "1.4m" and "more than 400,000" in a chart in millions.
 */
export function figureIn(style: NumberStyle, value: number | null, qualifier: Qualifier | "all"): string {
  const words = qualified(value, qualifier);
  if (value === null || style === "full") return words;
  return words.replace(formatNumber(value), formatIn(style, value));
}
