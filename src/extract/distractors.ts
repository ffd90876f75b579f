/**
 * Numbers that are not figures of any table: percentages, money, years, days of a month, ages,
 * durations ("six-week pause", "two days after"), times and labels ("Article 6"). Read from the
 * terms compromise tagged (Date, Duration, Month) and the characters around the number; the few
 * word lists here are closed classes of English, not vocabulary an editor would extend.
 */
import { termAt, type Analysed } from "./analyse.ts";

const MONTH =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
const TIME_UNIT = /^(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)$/i;
const LABEL =
  /^(article|resolution|chapter|section|phase|no\.?|number|route|gate|room|page|level|stage|channel)$/i;
const MONEY = /^(dollars?|euros?|pounds?|shekels?|usd|eur)$/i;

/** Why the number at [start, end) of the sentence is not a figure, or undefined when it may be one. */
export function distractor(a: Analysed, q: { start: number; end: number; text: string }): string | undefined {
  const before = a.text.slice(Math.max(0, q.start - 12), q.start);
  const after = a.text.slice(q.end, q.end + 16);
  const i = termAt(a, q.start);
  const prev = a.terms[i - 1];
  const last = a.terms.findIndex((t) => t.end >= q.end);
  const next = a.terms[(last < 0 ? i : last) + 1];
  if (/^\s*(%|per\s?cent\b|percent\b)/i.test(after)) return "a percentage";
  if (/[$€£₪]\s*$/.test(before) || /[$€£]/.test(q.text) || (next && MONEY.test(next.norm))) return "money";
  if (/^\s*-?\s*years?[- ]old\b/i.test(after) || /\b(aged|age of)\s+$/i.test(before)) return "an age";
  if (/^-[\p{L}]/u.test(after)) return "part of a compound (six-week, three-phase)";
  if (/^\s*(am|pm|a\.m\.|p\.m\.)\b|^:\d/i.test(after)) return "a time";
  if ((prev && MONTH.test(prev.norm)) || (next && MONTH.test(next.norm.replace(/,$/, "")))) return "a date";
  if (/^\d{4}$/.test(q.text) && Number(q.text) >= 1900 && Number(q.text) <= 2100) return "a year";
  if (prev && LABEL.test(prev.norm) && /^\d+$/.test(q.text)) return "a label";
  if (next && TIME_UNIT.test(next.norm) && !countsDays(a, i, next.start)) return "a duration";
  return undefined;
}

/** Whether days are what a measure counts here: "one day of fuel", "fuel for only three days". */
function countsDays(a: Analysed, term: number, nextStart: number): boolean {
  return a.measures.some(
    (h) => h.row.unit === "days" && (h.start === nextStart || (h.last < term && term - h.last <= 3)),
  );
}
