/**
 * When an article was published: a leading `date YYYY-MM-DD` line, a dateline ("GAZA CITY, May 7,
 * 2024 (AFP) —", "Published 7 May 2024") near the top, or the editor's --published. A date the text
 * gives only as a weekday is not enough: without a full date the command refuses and asks for one.
 */
import * as chrono from "chrono-node/en";
import { UserError } from "../errors.ts";

export interface Published {
  date: string;
  basis: "stated" | "inferred";
  note: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A real ISO day, or a UserError naming the option. */
export function isoDate(text: string, what: string): string {
  const time = Date.parse(`${text}T00:00:00Z`);
  if (!ISO.test(text) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text)
    throw new UserError(`${what} must be a date as YYYY-MM-DD: ${text}`);
  return text;
}

/** The date the text states, if it states one. */
export function statedDate(article: string): Published | undefined {
  const line = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i.exec(article);
  if (line?.[1])
    return {
      date: isoDate(line[1], "the date line"),
      basis: "stated",
      note: `The text opens with the date ${line[1]}.`,
    };
  const top = article
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 6);
  for (const raw of top) {
    const l = raw.trim();
    const dateline =
      /^(?:[\p{Lu}][\p{Lu} .'-]+,\s*|(?:published|updated|posted)(?:\s+on)?:?\s+)(.{6,40}?)(?:\s*\([^)]*\))?\s*(?:[—–:-]|$)/iu.exec(
        l,
      );
    if (!dateline?.[1]) continue;
    const parsed = chrono.strict.parse(dateline[1])[0];
    if (
      !parsed ||
      !parsed.start.isCertain("year") ||
      !parsed.start.isCertain("month") ||
      !parsed.start.isCertain("day")
    )
      continue;
    const d = parsed.start;
    const date = new Date(Date.UTC(d.get("year") ?? 0, (d.get("month") ?? 1) - 1, d.get("day") ?? 1))
      .toISOString()
      .slice(0, 10);
    return { date, basis: "stated", note: `Dateline: ${parsed.text}.` };
  }
  return undefined;
}

/** The publication date: --published wins; then what the text states; else a one-line refusal. */
export function publishedDate(article: string, option: string | undefined, today: string): Published {
  const stated = statedDate(article);
  if (option !== undefined) {
    const date = isoDate(option, "--published");
    if (date > today) throw new UserError(`--published ${date} is after today (${today})`);
    const weekdays = [...new Set(article.match(/\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g) ?? [])];
    const also = stated && stated.date !== date ? ` The text states ${stated.date}.` : "";
    const named = weekdays.length ? ` Weekdays the text names: ${weekdays.join(", ")}.` : "";
    return {
      date,
      basis: stated?.date === date ? "stated" : "inferred",
      note: `Given with --published.${named}${also}`,
    };
  }
  if (stated) return stated;
  throw new UserError(
    "no publication date: the text has no 'date YYYY-MM-DD' line or dateline; pass --published YYYY-MM-DD",
  );
}
