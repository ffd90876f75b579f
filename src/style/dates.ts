/**
 * Date style, one per chart: dates in text and labels are written in full ("7 May 2024",
 * "6 to 25 January 2026": formatDate, formatDateRange), and only axis ticks abbreviate the month
 * ("May 2024", "7 Jan": formatMonthYear, formatDayMonth), all in src/format/date.ts. The
 * typesetting step (src/text/typeset.ts) keeps every date on one line.
 */
import { formatDate } from "../format/date.ts";

/** "7 May", for lists whose year the chart states once. */
export function dayMonth(d: Date): string {
  return formatDate(d).replace(/ \d+$/, "");
}
