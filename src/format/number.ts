/** 34789 → "34,789". Whole numbers only get no decimals. */
export function formatNumber(n: number): string {
  const [int, frac] = Math.abs(n).toString().split(".");
  const grouped = (int ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/**
 * News-style short form for big round figures: 1400000 → "1.4m", 1000000 → "1m".
 * Anything that would lose digits stays in full (1,321 stays 1,321; 34,789 stays 34,789).
 */
export function formatCompact(n: number): string {
  if (Math.abs(n) >= 1e6 && Number.isInteger(n / 1e5)) return `${n / 1e6}m`;
  return formatNumber(n);
}
