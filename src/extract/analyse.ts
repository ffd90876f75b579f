/**
 * An article read once by compromise, one paragraph at a time: every sentence of the passage
 * locator (src/text/passages.ts) with its terms (words with their part-of-speech tags), its figures
 * (quantitiesIn) and the places the vocabulary's patterns match, all as offsets into the sentence.
 * Paragraphs stand on lines of their own, so a headline without a full stop never runs into the next line.
 */
import { nlp } from "../text/nlp.ts";
import { sentencesOf, type Sentence } from "../text/passages.ts";
import { quantitiesIn, type Quantity } from "../text/quantities.ts";
import type { ClosedWord, EventWord, MeasureWord, ScopeWord, Vocabulary } from "./vocabulary.ts";

export interface Term {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  norm: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and space after the word, as compromise keeps it: ", " or "” ". */
  post: string;
}

/** A pattern of the vocabulary matched in a sentence: its row, offsets and terms (first..last). */
export interface Hit<T> {
  row: T;
  start: number;
  end: number;
  first: number;
  last: number;
}

export interface Analysed {
  sentence: Sentence;
  text: string;
  terms: Term[];
  quantities: Quantity[];
  measures: Hit<MeasureWord>[];
  scopes: Hit<ScopeWord>[];
  events: Hit<EventWord>[];
  closed: Hit<ClosedWord>[];
  /** Contexts the sentence has ("hostage", "troops"). */
  contexts: Set<string>;
}

type Kind = "measures" | "scopes" | "events" | "closed" | "contexts";
interface NetRow {
  kind: Kind;
  index: number;
}
type Net = ReturnType<typeof nlp.buildNet>;
const nets = new WeakMap<Vocabulary, Net>();

function netOf(vocabulary: Vocabulary): Net {
  let net = nets.get(vocabulary);
  if (!net) {
    const matches: { match: string; val: string }[] = [];
    const add = (kind: Kind, rows: readonly { pattern: string }[]) =>
      rows.forEach((r, index) => matches.push({ match: r.pattern, val: JSON.stringify({ kind, index }) }));
    add("measures", vocabulary.measures);
    add("scopes", vocabulary.scopes);
    add("events", vocabulary.events);
    add("closed", vocabulary.closed);
    add("contexts", vocabulary.contexts);
    net = nlp.buildNet(matches);
    nets.set(vocabulary, net);
  }
  return net;
}

interface TermJson {
  text: string;
  post?: string;
  tags?: string[];
  offset: { start: number; length: number };
}
interface Found {
  val: string;
  view: { ptrs: [number, number, number][] };
}

/** Every sentence of `article`, analysed. */
export function analyse(article: string, vocabulary: Vocabulary): Analysed[] {
  const sentences = sentencesOf(article);
  // The article as compromise reads it: a paragraph a line, its sentences joined by one space.
  const starts: number[] = [];
  let text = "";
  sentences.forEach((s, i) => {
    if (i > 0) text += s.paragraph === sentences[i - 1]?.paragraph ? " " : "\n";
    starts.push(text.length);
    text += s.text;
  });
  const doc = nlp(text);
  doc.compute("root");
  const bySentence = (doc.json({ offset: true }) as { terms: TermJson[] }[]).map((s) => s.terms);
  const terms: Term[] = bySentence.flat().map((t) => ({
    text: t.text,
    norm: t.text.toLowerCase().replace(/’/g, "'"),
    start: t.offset.start,
    end: t.offset.start + t.offset.length,
    tags: new Set(t.tags ?? []),
    post: t.post ?? "",
  }));
  const hits = bySentenceOf(hitsOf(doc, bySentence, terms, vocabulary), starts, text.length);
  const quantities = bySentenceOf(quantitiesIn(text, vocabulary.qualifiers, doc), starts, text.length);
  let t = 0;
  return sentences.map((sentence, k) => {
    const start = starts[k] ?? 0;
    const end = start + sentence.text.length;
    const inside = (x: { start: number; end: number }) => x.start >= start && x.end <= end;
    while (t < terms.length && (terms[t]?.start ?? 0) < start) t++;
    const offset = t;
    const own: Term[] = [];
    for (let i = t; i < terms.length && (terms[i]?.end ?? Infinity) <= end; i++) own.push(terms[i] as Term);
    const shift = <T extends { start: number; end: number }>(x: T): T => ({
      ...x,
      start: x.start - start,
      end: x.end - start,
    });
    const mine = (hits[k] ?? [])
      .filter(inside)
      .map((h) => ({ ...shift(h), first: h.first - offset, last: h.last - offset }));
    const pick = <K extends Kind>(kind: K) =>
      mine.filter((h) => h.kind === kind) as unknown as Hit<Vocabulary[K][number]>[];
    return {
      sentence,
      text: sentence.text,
      terms: own.map(shift),
      quantities: (quantities[k] ?? []).filter(inside).map(shift),
      measures: pick("measures"),
      scopes: pick("scopes"),
      events: pick("events"),
      closed: pick("closed"),
      contexts: new Set(pick("contexts").map((h) => h.row.context)),
    };
  });
}

/** Items grouped by the sentence they start in (sentences start at `starts`), in one pass. */
function bySentenceOf<T extends { start: number }>(items: T[], starts: number[], length: number): T[][] {
  const out: T[][] = starts.map(() => []);
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const item of sorted) {
    while (k + 1 < starts.length && (starts[k + 1] ?? length) <= item.start) k++;
    out[k]?.push(item);
  }
  return out;
}

function hitsOf(
  doc: ReturnType<typeof nlp>,
  bySentence: TermJson[][],
  terms: Term[],
  vocabulary: Vocabulary,
): (Hit<unknown> & NetRow)[] {
  const base: number[] = [];
  bySentence.reduce((n, s, i) => ((base[i] = n), n + s.length), 0);
  const hits: (Hit<unknown> & NetRow)[] = [];
  for (const found of (doc.sweep(netOf(vocabulary)) as unknown as { found: Found[] }).found) {
    const { kind, index } = JSON.parse(found.val) as NetRow;
    for (const [n, from, to] of found.view.ptrs) {
      const first = (base[n] ?? 0) + from;
      const last = (base[n] ?? 0) + to - 1;
      const a = terms[first];
      const b = terms[last];
      if (a && b)
        hits.push({ kind, index, row: vocabulary[kind][index], start: a.start, end: b.end, first, last });
    }
  }
  return hits;
}

/** The index of the first term that ends after `offset` (the term at or after it). */
export function termAt(a: Analysed, offset: number): number {
  const i = a.terms.findIndex((t) => t.end > offset);
  return i < 0 ? a.terms.length : i;
}
