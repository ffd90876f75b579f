const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export type Precision = "day" | "month" | "year";

/** 2026-01-25 → "25 January 2026"; with precision month → "January 2026". All in UTC. */
export function formatDate(d: Date, precision: Precision = "day"): string {
  if (precision === "year") return String(d.getUTCFullYear());
  const my = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return precision === "month" ? my : `${d.getUTCDate()} ${my}`;
}

/** 2026-01-25 → "25 Jan 2026", for source lines and labels where space is short. */
export function formatShortDate(d: Date, precision: Precision = "day"): string {
  if (precision === "year") return String(d.getUTCFullYear());
  const my = `${SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return precision === "month" ? my : `${d.getUTCDate()} ${my}`;
}

/** 2026-01-25 → "25 Jan", for labels whose year is clear from context. */
export function formatDayMonth(d: Date): string {
  return `${d.getUTCDate()} ${SHORT[d.getUTCMonth()]}`;
}

/** Axis ticks: "May 2024". */
export function formatMonthYear(d: Date): string {
  return `${SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
