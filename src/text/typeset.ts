/**
 * House typography for text a chart draws: curly quotes and apostrophes, and no-break spaces
 * inside dates ("7 May 2024", "May 2024", "7 May", "6 or 7 May") and between a figure and its unit ("1.4 m",
 * "12 km"), so a wrap never splits them. Idempotent. Written here rather than taken from a
 * typography package because it must stay in step with the wrapping (which breaks only at
 * ordinary spaces) and the copy has only these cases; the tests list them.
 */

const NBSP = "\u00a0";
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTH})\\b`, "g");
const MONTH_YEAR = new RegExp(`\\b(${MONTH}) (\\d{4})\\b`, "g");
/** "6 or 7 May", "5 to 8 May", "6 and 25 January": the first day stays with the date. */
const DAY_RANGE = /\b(\d{1,2}) (or|and|to) (?=\d{1,2}\u00a0)/g;
const FIGURE_UNIT = /(\d) (m|bn|million|billion|km|%)(?=$|[\s,.;:)])/g;

export function typeset(text: string): string {
  return (
    text
      // An apostrophe inside or at the end of a word: "hostage's", "officials'", "’s".
      .replace(/(\p{L}|\d)'(?=\p{L}|\s|$|[,.;:)])/gu, "$1’")
      // An opening single quote after a space, a bracket or the start; any other is closing.
      .replace(/(^|[\s([{“—-])'/gu, "$1‘")
      .replace(/'/g, "’")
      .replace(/(^|[\s([{‘—-])"/gu, "$1“")
      .replace(/"/g, "”")
      .replace(DAY_MONTH, `$1${NBSP}$2`)
      .replace(MONTH_YEAR, `$1${NBSP}$2`)
      .replace(DAY_RANGE, `$1${NBSP}$2${NBSP}`)
      .replace(FIGURE_UNIT, `$1${NBSP}$2`)
  );
}
