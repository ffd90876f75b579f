/**
 * Figures in running text, as a reader takes them: "34,789", "1.4 million", "1mn", "1.4m",
 * "five", "twenty-eight", each with the qualifier words before it ("at least", "more than",
 * "an estimated"). compromise reads the numbers, words included; what it leaves to us is the
 * newsroom shorthand for scale ("1mn", "1.4m", "2bn", which it reads as 1, 1.4 and 2) and the
 * qualifier phrase, which comes from a vocabulary an editor can extend (data/vocabulary/).
 */
import { nlp } from "./nlp.ts";
import type { Qualifier } from "../format/qualifier.ts";

/** A phrase that qualifies the figure after it: "at least" → at least, "over" → more than. */
export interface QualifierWord {
  words: string;
  qualifier: Qualifier;
}

/** A figure found in text. */
export interface Quantity {
  value: number;
  /** The qualifier its words give; "exact" when no qualifier phrase stands right before it. */
  qualifier: Qualifier;
  /** The figure as the text writes it, with its qualifier phrase: "more than 1mn". */
  text: string;
  /** Where the figure (not its qualifier) starts and ends in the text, in UTF-16 units. */
  start: number;
  end: number;
}

/** Scale words compromise leaves as units: "1mn" → 1,000,000. */
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

interface NumberJson {
  text: string;
  terms?: { text: string; offset?: { start: number; length: number } }[];
  number?: { num?: number; unit?: string };
}

/**
 * Every figure in `text`, in order, with its qualifier from `vocabulary`. A caller that has already
 * read `text` with compromise passes its document, so the text is not tagged twice.
 */
export function quantitiesIn(
  text: string,
  vocabulary: readonly QualifierWord[],
  doc: ReturnType<typeof nlp> = nlp(text),
): Quantity[] {
  // Where each word starts, worked out once for the document: asking each number for its offset
  // walks the whole document again, which made a 500 KB text take 16 s.
  doc.compute("offset");
  const found = doc
    .numbers()
    .isCardinal()
    .json({ terms: { offset: true } }) as NumberJson[];
  const out: Quantity[] = [];
  for (const n of found) {
    const num = n.number?.num;
    const spans = (n.terms ?? []).flatMap((t) => (t.offset && t.text ? [t.offset] : []));
    const first = spans[0];
    if (num === undefined || !Number.isFinite(num) || !first) continue;
    const last = Math.max(...spans.map((o) => o.start + o.length));
    // compromise keeps punctuation that touches the number ("“one", "1,100."): trim to the figure.
    const offset = { start: first.start, length: last - first.start };
    const raw = text.slice(offset.start, offset.start + offset.length);
    const core = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/u.exec(raw);
    if (!core) continue;
    const start = offset.start + core.index;
    const end = start + core[0].length;
    const value = Math.round(num * (SCALE[(n.number?.unit ?? "").toLowerCase()] ?? 1) * 1e6) / 1e6;
    const q = qualifierBefore(text, start, vocabulary);
    out.push({
      value,
      qualifier: q?.qualifier ?? "exact",
      text: text.slice(q?.start ?? start, end),
      start,
      end,
    });
  }
  return out;
}

/** The longest vocabulary phrase that ends just before `at` (spaces between), as whole words. */
function qualifierBefore(
  text: string,
  at: number,
  vocabulary: readonly QualifierWord[],
): { qualifier: Qualifier; start: number } | undefined {
  const before = text.slice(Math.max(0, at - 40), at);
  let best: { qualifier: Qualifier; start: number } | undefined;
  const lower = before.toLowerCase();
  for (const [v, pattern, last] of patternsOf(vocabulary)) {
    // Most phrases are nowhere near: a plain search skips their pattern (compiling and running
    // dozens of Unicode patterns for every figure cost more than the rest of the qualifier step).
    if (!lower.includes(last)) continue;
    const m = pattern.exec(before);
    const span = m?.indices?.[1];
    if (!span) continue;
    const start = at - before.length + span[0];
    // The longest phrase wins: "more than" over "than", "an estimated" over "estimated".
    if (!best || start < best.start) best = { qualifier: v.qualifier, start };
  }
  return best;
}

type Compiled = [QualifierWord, RegExp, string];
const patterns = new WeakMap<readonly QualifierWord[], Compiled[]>();

/** Each phrase's pattern and last word (lower case), made once per vocabulary rather than once per figure. */
function patternsOf(vocabulary: readonly QualifierWord[]): Compiled[] {
  let out = patterns.get(vocabulary);
  if (!out) {
    out = vocabulary.map((v) => [
      v,
      new RegExp(`(?:^|[^\\p{L}])(${escape(v.words)})\\s+$`, "diu"),
      v.words.trim().split(/\s+/).pop()?.toLowerCase() ?? "",
    ]);
    patterns.set(vocabulary, out);
  }
  return out;
}

function escape(s: string): string {
  return s
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
}
