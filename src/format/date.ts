import { extent, groups } from "d3-array";
import { andList } from "../text/words.ts";

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

/**
 * How precisely a date is known, as data/README.md defines it: a night is dated by its evening and
 * runs into the next morning, a weekend by its Saturday, a week by its first day.
 */
export type Precision = "day" | "night" | "weekend" | "week" | "month" | "year" | "by";

/** 2026-01-25 → "25 January 2026"; with precision month → "January 2026". All in UTC. */
export function formatDate(d: Date, precision: Precision = "day"): string {
  if (precision === "year") return String(d.getUTCFullYear());
  const my = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  switch (precision) {
    case "month":
      return my;
    case "night":
      return `the night of ${formatDateRange(d, new Date(+d + DAY)).replace(" to ", "–")}`;
    case "weekend":
      return `the weekend of ${formatDateRange(d, new Date(+d + DAY)).replace(" to ", "–")}`;
    case "week":
      // Both ends, so a week dated by a Sunday is not read as the week ending on it.
      return `the week of ${formatDateRange(d, new Date(+d + 6 * DAY)).replace(/^(\d+) to (\d+ )/, "$1–$2")}`;
    case "by":
      return `by ${d.getUTCDate()} ${my}`;
    default:
      return `${d.getUTCDate()} ${my}`;
  }
}

/**
 * The last day a date of this precision can mean, as formatDate writes its span: a night's or a
 * weekend's second day, a week's seventh, a month's or a year's last; a day, or "by" a day, that day.
 */
export function lastDayOf(d: Date, precision: Precision = "day"): Date {
  switch (precision) {
    case "night":
    case "weekend":
      return new Date(+d + DAY);
    case "week":
      return new Date(+d + 6 * DAY);
    case "month":
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    case "year":
      return new Date(Date.UTC(d.getUTCFullYear(), 11, 31));
    default:
      return d;
  }
}

/**
 * A date with the preposition it takes in running text: "on 7 May 2024", "in May 2024", "in 2025",
 * "on the night of 6–7 May 2024", "at the weekend of 4–5 May 2024", "in the week of 25–31 January 2026".
 */
export function datePhrase(d: Date, precision: Precision = "day"): string {
  const on = { day: "on ", night: "on ", weekend: "at ", week: "in ", month: "in ", year: "in ", by: "" }[
    precision
  ];
  return `${on}${formatDate(d, precision)}`;
}

/** 2026-01-25 → "25 Jan", for labels whose year is clear from context. */
export function formatDayMonth(d: Date): string {
  return `${d.getUTCDate()} ${SHORT[d.getUTCMonth()]}`;
}

/** Axis ticks: "May 2024". */
export function formatMonthYear(d: Date): string {
  return `${SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** One day in milliseconds: dates are UTC days, so a day is always this long. */
export const DAY = 86_400_000;

/** 2026-01-25 → "2026-01-25": the ISO day, for CSV cells, ids, messages and `<time>`. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Distinct dates in order (by day). */
function distinctDates(dates: Iterable<Date>): Date[] {
  return [...new Set([...dates].map((d) => +d))].sort((a, b) => a - b).map((t) => new Date(t));
}

/**
 * A period in words, with shared month and year written once: "7 May 2024",
 * "6 to 25 January 2026", "7 May to 25 June 2024", "7 May 2024 to 25 January 2026".
 * With precision "month": "January 2026", "May 2024 to January 2026", "January to March 2026".
 */
export function formatDateRange(from: Date, to: Date, precision: "day" | "month" = "day"): string {
  const [a, b] = +from <= +to ? [from, to] : [to, from];
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (precision === "month") {
    if (sameMonth) return formatDate(a, "month");
    return `${sameYear ? MONTHS[a.getUTCMonth()] : formatDate(a, "month")} to ${formatDate(b, "month")}`;
  }
  if (+a === +b) return formatDate(a);
  if (sameMonth) return `${a.getUTCDate()} to ${formatDate(b)}`;
  if (sameYear) return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} to ${formatDate(b)}`;
  return `${formatDate(a)} to ${formatDate(b)}`;
}

/**
 * The months some dates fall in, "January 2026" or "May 2024 to January 2026": how an event list
 * is dated by its reports, since an item may look ahead ("the week of 25–31 January") and its
 * group headings give the days.
 */
export function formatMonths(dates: Iterable<Date>): string {
  const [from, to] = extent(dates, (d) => +d);
  return from === undefined || to === undefined ? "" : formatDateRange(new Date(from), new Date(to), "month");
}

/**
 * A few dates as a list, month and year written once: "7 May 2024", "6 and 25 January 2026",
 * "6 January and 2 February 2026", "7 May 2024 and 6 January 2026". Undefined when the dates
 * are too many or too spread to list readably (more than three, or three across years).
 */
export function listDates(dates: Iterable<Date>, conjunction: "and" | "or" = "and"): string | undefined {
  const list = distinctDates(dates);
  if (list.length === 0 || list.length > 3) return undefined;
  const years = new Set(list.map((d) => d.getUTCFullYear()));
  if (years.size > 1)
    return list.length === 2
      ? andList(
          list.map((d) => formatDate(d)),
          conjunction,
        )
      : undefined;
  const months = groups(list, (d) => d.getUTCMonth());
  const parts = months.map(
    ([m, days]) =>
      `${andList(
        days.map((d) => String(d.getUTCDate())),
        conjunction,
      )} ${MONTHS[m]}`,
  );
  // "6 and 25 January and 2 February" would read as one list: name each month's days apart.
  if (parts.length > 1 && months.some(([, days]) => days.length > 1)) {
    const dayMonths = list.map((d) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`);
    return `${andList(dayMonths, conjunction)} ${[...years].join("")}`;
  }
  return `${andList(parts, conjunction)} ${[...years].join("")}`;
}

/** "on 7 May 2024", "on 6 and 25 January 2026", or for many dates "between 7 May 2024 and 25 January 2026". */
export function onDates(dates: Iterable<Date>): string {
  const list = distinctDates(dates);
  const [first, last] = [list[0], list[list.length - 1]];
  if (!first || !last) throw new Error("onDates: no dates");
  const listed = listDates(list);
  if (listed) return `on ${listed}`;
  return `between ${formatDateRange(first, last).replace(" to ", " and ")}`;
}
