/**
 * Number style, one per chart: figures in full ("400,000", "1,400,000") or in millions ("1.4m",
 * and "0.5m" on an axis), so the axis and the labels read alike; a label under a million stays in
 * full ("400,000"). Millions only when the chart's
 * largest figure reaches a million and every figure is a whole number of hundred thousands
 * (so none loses a digit); otherwise everything is in full.
 */
import { formatNumber } from "../format/number.ts";
import { qualified, type Qualifier } from "../format/qualifier.ts";

export type NumberStyle = "full" | "millions";

export function numberStyle(values: Iterable<number | null>): NumberStyle {
  const list = [...values].filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...list.map(Math.abs));
  return max >= 1e6 && list.every((v) => Number.isInteger(v / 1e5)) ? "millions" : "full";
}

/** 1400000 → "1.4m", 400000 → "0.4m", 0 → "0" in millions; "1,400,000" in full. */
export function formatIn(style: NumberStyle, n: number): string {
  if (style === "full" || n === 0) return formatNumber(n);
  return `${Number((n / 1e6).toFixed(3))}m`;
}

/**
 * A figure with its qualifier as the article words it, in the chart's style, as its axis writes
 * it: "1.4m" and "more than 0.4m" in a chart in millions (a reader saw "1.4m" beside "more than
 * 400,000" as two styles; "1,400,000" would claim a precision the report does not give).
 */
export function figureIn(style: NumberStyle, value: number | null, qualifier: Qualifier | "all"): string {
  const words = qualified(value, qualifier);
  if (value === null || style === "full") return words;
  return words.replace(formatNumber(value), formatIn(style, value));
}
