/**
 * Words in running text, in one news style chosen once (Reuters and AP): a capital to open a
 * sentence, lists ("a, b and c"), and counting words: in running text and headlines, zero to
 * nine are spelled out and 10 and up are figures; zero before a noun reads "no"; nouns agree
 * with the count. Chart labels and axes keep figures.
 */
import { formatCompact, formatNumber } from "../format/number.ts";
import { withQualifier, type Qualifier } from "../format/qualifier.ts";

/** "killed" → "Killed": the first letter upper-cased, the rest as written. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "a", "a and b", "a, b and c"; with "or": "a, b or c". */
export function andList(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** A countable noun: "hostage" / "hostages", "person" / "people". */
export interface Noun {
  one: string;
  many: string;
}

export function noun(one: string, many = `${one}s`): Noun {
  return { one, many };
}

/** A number in running text: 0–9 in words, 10 and up as figures ("34,789", or "1.4m" with compact). */
export function numberWords(n: number, options: { compact?: boolean } = {}): string {
  if (Number.isInteger(n) && n >= 0 && n < 10) return WORDS[n] ?? String(n);
  return options.compact ? formatCompact(n) : formatNumber(n);
}

/** Whether a count takes a plural noun and verb: everything but exactly one. */
function isPlural(n: number | null): boolean {
  return n !== 1;
}

/** The noun form for a count: "hostage" for 1, "hostages" otherwise (including 0 and unknown). */
function nounFor(n: number | null, word: Noun): string {
  return isPlural(n) ? word.many : word.one;
}

/**
 * A count with its qualifier and noun, as running text: "no hostages", "one hostage",
 * "28 hostages", "at least 484 people", "an estimated 128 hostages", "all hostages".
 * Without a noun: "none", "one", "at least 484".
 */
export function countWords(
  value: number | null,
  qualifier: Qualifier | "all",
  word?: Noun,
  options: { compact?: boolean } = {},
): string {
  if (qualifier === "all" || value === null) return word ? `all ${word.many}` : "all";
  const tail = word ? ` ${nounFor(value, word)}` : "";
  if (value === 0 && qualifier === "exact")
    return word ? (word.many === "people" ? "no one" : `no ${word.many}`) : "none";
  return `${withQualifier(numberWords(value, options), qualifier)}${tail}`;
}

/** "is" or "are", "was" or "were", "has" or "have", agreeing with a count ("no one" takes the singular). */
export function verb(n: number | null, singular: "is" | "was" | "has" | "says", word?: Noun): string {
  if (!isPlural(n) || (n === 0 && word?.many === "people")) return singular;
  return { is: "are", was: "were", has: "have", says: "say" }[singular];
}

/** Plurals English does not make with -s, by their last word. */
const IRREGULAR: Record<string, string> = {
  people: "person",
  children: "child",
  women: "woman",
  men: "man",
  staff: "staff member",
  personnel: "member of staff",
};

/**
 * A noun from the plural a table gives ("who": "Palestinians", "people", "pregnant women"):
 * irregular last words by a small table ("people" → "person", "women" → "woman", "staff" →
 * "staff member"), "-ies" → "-y", a last word in -s drops it; phrases joined by "and"
 * ("women and girls") and other words keep one form.
 */
export function nounFromPlural(plural: string): Noun {
  if (/\band\b/.test(plural)) return { one: plural, many: plural };
  const words = plural.split(" ");
  const last = words.pop() ?? "";
  const head = words.length ? `${words.join(" ")} ` : "";
  const irregular = IRREGULAR[last];
  if (irregular) return { one: `${head}${irregular}`, many: plural };
  if (/[^aeiou]ies$/.test(last)) return { one: `${head}${last.slice(0, -3)}y`, many: plural };
  if (/[^su]s$/.test(last)) return { one: `${head}${last.slice(0, -1)}`, many: plural };
  return { one: plural, many: plural };
}
