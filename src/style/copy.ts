/**
 * The house copy style, as rules a test runs over every output (data/STYLE.md gives the reason for
 * each, from Reuters, AP and BBC practice). A rule takes one text and what kind of text it is, and
 * returns what is wrong, in words an editor can act on.
 */

/** What a text is: each kind has its own rules. */
export type CopyKind = "headline" | "subtitle" | "sentence" | "entry" | "note" | "label" | "source" | "alt";

export interface CopyText {
  kind: CopyKind;
  text: string;
}

/** Headlines: at most this many characters on web (about two lines at 640 px). */
export const HEADLINE_CHARS = 90;
/** Sentences for copy and notes: at most this many words each. */
export const SENTENCE_WORDS = 40;

/**
 * Abbreviations readers know without a spelling-out, and the spellings-out of the others. An
 * abbreviation not listed here must follow its spelling-out in the same text.
 */
export const KNOWN_ABBREVIATIONS: readonly string[] = ["UN", "US", "EU", "AFP", "UNRWA"];

/**
 * Common nouns that name bodies or documents: lower case unless they open a sentence ("news
 * reports", "officials", "the health ministry"). Proper names that contain them ("Army Radio",
 * "Financial Times") are not in the list.
 */
const COMMON_NOUNS = [
  "news",
  "report",
  "reports",
  "officials",
  "official",
  "sources",
  "ministry",
  "authorities",
  "agency",
  "office",
  "military",
  "media",
  "spokesman",
  "spokesperson",
  "spokeswoman",
  "administrator",
  "health",
];

/** What a bracket in a sentence for copy may hold: the report's date ("(7 May 2024)", "(reported 25 January 2026)"). */
const DATE_IN_BRACKETS =
  /^[A-Z]{2,}$|^(reported )?((\d{1,2}( and \d{1,2})? )?[A-Z][a-z]+ )?\d{4}( and (\d{1,2} )?[A-Z][a-z]+ \d{4})?$/;

/** The words of a text, for counting: figures and hyphenated words count once. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The sentences of a text, split after a full stop, question or exclamation mark and a space.
 * Not Intl.Segmenter: it never breaks before a figure ("… vary. 36 are …" stays one sentence),
 * which is the very opening this style forbids; our outputs use no abbreviations with stops.
 */
export function sentencesIn(text: string): string[] {
  return text
    .split(/(?<=[.?!][’”"]?)\s+(?=[\p{Lu}\p{N}‘“"(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What is wrong with one text, by the house copy style; [] when nothing is. */
export function copyProblems(t: CopyText, known: readonly string[] = KNOWN_ABBREVIATIONS): string[] {
  const out: string[] = [];
  const { kind, text } = t;
  if (kind === "headline" && text.length > HEADLINE_CHARS)
    out.push(`headline of ${text.length} characters (at most ${HEADLINE_CHARS})`);
  if (kind === "sentence" || kind === "note" || kind === "subtitle") {
    for (const s of sentencesIn(text)) {
      const n = wordCount(s);
      if (n > SENTENCE_WORDS) out.push(`sentence of ${n} words (at most ${SENTENCE_WORDS}): ${clip(s)}`);
    }
  }
  if (kind !== "entry" && kind !== "label" && kind !== "source" && kind !== "alt") {
    for (const s of sentencesIn(text))
      if (/^[‘“"(]?[\p{N}]/u.test(s)) out.push(`opens with a figure: ${clip(s)}`);
  }
  out.push(...abbreviationProblems(text, known));
  out.push(...capitalProblems(text, kind));
  for (const clause of text.split(/[;.]\s/)) {
    if ((clause.match(/:(?!\/\/)/g) ?? []).length > 1) out.push(`two colons in one clause: ${clip(clause)}`);
  }
  if (kind === "sentence") {
    for (const m of text.matchAll(/\(([^)]*)\)/g))
      if (!DATE_IN_BRACKETS.test(m[1] ?? ""))
        out.push(`credit or aside in a bracket (write "according to" or "said"): (${clip(m[1] ?? "")})`);
  }
  if (/(^|[^.])\.\s*\.|,\s*[,.]|:\s*[.;]|;\s*[;.]|\(\s*\)|\s[,.;:]/.test(text))
    out.push(`stray punctuation: ${clip(text)}`);
  return out;
}

/**
 * Abbreviations (two or more capitals) that are neither known nor defined earlier in the text by
 * their spelling-out and the abbreviation in brackets: "the Palestinian Authority (PA)".
 */
function abbreviationProblems(text: string, known: readonly string[]): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b[A-Z]{2,}s?\b/g)) {
    const abbr = m[0].replace(/s$/, "");
    if (known.includes(abbr)) continue;
    const words = abbr.split("").map((c) => `${c}[\\p{L}-]*`);
    const definition = new RegExp(`${words.join("\\s+(?:\\p{Ll}+\\s+)*")}\\s+\\(${abbr}\\)`, "u").exec(text);
    if (!definition || definition.index > m.index) out.add(`abbreviation not spelled out first: ${abbr}`);
  }
  return [...out];
}

/**
 * Common nouns with a capital in mid-sentence ("according to News report"). A capital after a
 * colon opens a list item or a label's text, as after a bullet, except in a source line, whose
 * list names bodies as running text does ("Sources: UN via AFP; news report (6 January 2026)").
 */
function capitalProblems(text: string, kind: CopyKind): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b([A-Z][a-z]+)\b/g)) {
    const word = m[1] ?? "";
    if (!COMMON_NOUNS.includes(word.toLowerCase())) continue;
    const before = text.slice(0, m.index);
    const opens = /(^|[.?!][’”"]?\s+|—\s+)$/.test(before) || (kind !== "source" && /:\s+$/.test(before));
    if (!opens) out.push(`common noun with a capital in mid-sentence: ${word}`);
  }
  return [...new Set(out)];
}

function clip(s: string): string {
  return s.length > 70 ? `${s.slice(0, 67)}…` : s;
}
