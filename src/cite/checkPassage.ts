/**
 * Whether a row's passage backs it: the passage its locator points at gives the figure, with
 * the row's qualifier, names who the row credits (or an alias of theirs), and carries the row's
 * hedge, and no hedge the row leaves out. Each failure says which part is missing. The passage
 * itself is never copied anywhere but the terminal.
 */
import type { Qualifier } from "../format/qualifier.ts";
import { parseLocators, passageAt, passageText, type Sentence } from "../text/passages.ts";
import { formatNumber } from "../format/number.ts";
import { quantitiesIn, type QualifierWord, type Quantity } from "../text/quantities.ts";

/** Words that mean a hedge ("believe" → believed), and words that give a count without a figure ("final" → 1). */
export interface PassageVocabulary {
  qualifiers: readonly QualifierWord[];
  hedges: readonly { words: string; hedge: string }[];
  /** Words that stand for a count of a measure: "the final hostage" is one hostage still held (data/vocabulary/implied.csv). */
  counts: readonly { words: string; value: number | null; table?: string; measure?: string }[];
}

/** What the check needs of a row. Rows without a figure (closures, events) leave value undefined. */
export interface AnchoredRow {
  /** The row's table and measure, for count words that stand for one measure. */
  table?: string;
  measure?: string;
  value?: number | null;
  qualifier?: Qualifier | "all";
  hedge?: string | null;
  reported_by: string;
  passage: string | null;
}

export interface PassageProblem {
  column: "passage" | "value" | "qualifier" | "reported_by" | "hedge";
  message: string;
}

const UNATTRIBUTED = "unattributed";

/**
 * The problems of one row against its article; [] when the passage backs it. `names` gives every
 * way the article may name the row's reporter (name, display name, aliases).
 */
export function checkPassage(
  row: AnchoredRow,
  article: readonly Sentence[],
  vocabulary: PassageVocabulary,
  names: readonly string[],
): PassageProblem[] {
  if (row.passage === null) return [];
  const locators = parseLocators(row.passage);
  if ("error" in locators) return [{ column: "passage", message: locators.error }];
  const sentences: Sentence[] = [];
  for (const loc of locators) {
    const found = passageAt(article, loc);
    if ("error" in found) return [{ column: "passage", message: `passage ${found.error}` }];
    sentences.push(...found);
  }
  const where = `passage ${row.passage}`;
  const text = passageText(sentences);
  const out: PassageProblem[] = [];
  const figures = row.value === undefined ? [] : figuresOf(row, text, vocabulary);
  if (row.value !== undefined) out.push(...figureProblems(row, figures, text, where, vocabulary));
  if (row.reported_by !== UNATTRIBUTED && !names.some((n) => includesWords(text, n)))
    out.push({
      column: "reported_by",
      message: `${where} does not name ${JSON.stringify(row.reported_by)} (nor any of its names in data/reporters.csv)`,
    });
  out.push(...hedgeProblems(row, figures, text, where, vocabulary));
  return out;
}

/** The places in the text that give the row's figure: figures of its value, and count words ("final" for 1). */
function figuresOf(row: AnchoredRow, text: string, vocabulary: PassageVocabulary): Quantity[] {
  const words = (value: number | null) =>
    vocabulary.counts
      .filter(
        (c) =>
          c.value === value &&
          (c.table === undefined || c.table === row.table) &&
          (c.measure === undefined || c.measure === row.measure),
      )
      .flatMap((c) =>
        [...text.matchAll(new RegExp(`\\b${escape(c.words)}\\b`, "giu"))].map((m) => ({
          value: value ?? NaN,
          qualifier: "exact" as const,
          text: m[0],
          start: m.index,
          end: m.index + m[0].length,
        })),
      );
  if (row.qualifier === "all" || row.value === null || row.value === undefined) {
    const named = words(null);
    if (named.length) return named;
    return [...text.matchAll(/\ball\b/giu)].map((m) => ({
      value: NaN,
      qualifier: "exact" as const,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
  }
  const value = row.value;
  return [...quantitiesIn(text, vocabulary.qualifiers).filter((q) => q.value === value), ...words(value)];
}

function figureProblems(
  row: AnchoredRow,
  figures: readonly Quantity[],
  text: string,
  where: string,
  vocabulary: PassageVocabulary,
): PassageProblem[] {
  if (row.qualifier === "all" || row.value === null) {
    return figures.length ? [] : [{ column: "qualifier", message: `${where} does not say "all"` }];
  }
  if (!figures.length) {
    const given = quantitiesIn(text, vocabulary.qualifiers).map((q) => q.text);
    return [
      {
        column: "value",
        message: `${where} does not give the figure ${formatNumber(row.value ?? 0)}${given.length ? `: it gives ${given.map((g) => JSON.stringify(g)).join(", ")}` : ""}`,
      },
    ];
  }
  if (row.qualifier && !figures.some((f) => f.qualifier === row.qualifier)) {
    const as = figures.map((f) => JSON.stringify(f.text)).join(", ");
    return [
      {
        column: "qualifier",
        message:
          row.qualifier === "exact"
            ? `${where} qualifies the figure (${as}); the row says exact`
            : `${where} does not qualify the figure as "${row.qualifier}": it gives ${as}`,
      },
    ];
  }
  return [];
}

/**
 * The row's hedge must be in the passage; and a hedge the passage puts on the figure (in the same
 * clause) must be on the row. Rows without a figure check only that their hedge is in the passage.
 */
function hedgeProblems(
  row: AnchoredRow,
  figures: readonly Quantity[],
  text: string,
  where: string,
  vocabulary: PassageVocabulary,
): PassageProblem[] {
  const out: PassageProblem[] = [];
  const hedge = row.hedge ?? null;
  if (hedge !== null) {
    const words = vocabulary.hedges.filter((h) => h.hedge === hedge).map((h) => h.words);
    if (!words.some((w) => includesWords(text, w)))
      out.push({ column: "hedge", message: `${where} does not hedge with "${hedge}"` });
  }
  for (const f of figures) {
    const clause = clauseAround(text, f);
    const found = vocabulary.hedges.find((h) => includesWords(clause, h.words));
    if (found && found.hedge !== hedge) {
      out.push({
        column: "hedge",
        message: `${where} hedges the figure with "${found.words}"; the row's hedge is ${hedge === null ? "empty" : `"${hedge}"`}`,
      });
      break;
    }
  }
  return out;
}

/** The words around a figure up to the nearest clause break ("," ";" ":" "and" "but") on either side. */
function clauseAround(text: string, f: Quantity): string {
  const BREAK = /[,;:.—–]|\s(?:and|but)\s/gu;
  const before = text.slice(0, f.start);
  const breaks = [...before.matchAll(BREAK)];
  const last = breaks[breaks.length - 1];
  const from = last ? last.index + last[0].length : 0;
  BREAK.lastIndex = 0;
  const after = text.slice(f.end);
  const next = BREAK.exec(after);
  const to = next ? f.end + next.index : text.length;
  return text.slice(from, to);
}

/** Whether `text` holds `words` as whole words, ignoring case and the form of apostrophes. */
export function includesWords(text: string, words: string): boolean {
  const norm = (s: string) => s.replace(/[’‘]/g, "'").toLowerCase();
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(norm(words))}($|[^\\p{L}\\p{N}])`, "u").test(norm(text));
}

function escape(s: string): string {
  return s
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
}

/**
 * For a row with no passage yet: the sentences of its article that give its figure (or, for rows
 * without one, that name its reporter), as locators an editor can paste.
 */
export function suggestPassages(
  row: AnchoredRow,
  article: readonly Sentence[],
  vocabulary: PassageVocabulary,
  names: readonly string[],
): string[] {
  return article
    .filter((s) =>
      row.value === undefined
        ? names.some((n) => includesWords(s.text, n))
        : figuresOf(row, s.text, vocabulary).length > 0,
    )
    .map((s) => `p${s.paragraph}.s${s.sentence}`);
}
