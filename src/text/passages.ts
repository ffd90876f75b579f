/**
 * Passages of an article, and locators that point at them without copying them.
 *
 * An article file is read as paragraphs (its non-blank lines, numbered from 1) of sentences
 * (numbered from 1 in each paragraph, split by `Intl.Segmenter`, the Unicode sentence rules).
 * A locator names a sentence, or a run of sentences:
 *
 *   p11.s1          paragraph 11, sentence 1
 *   p22.s1-s2       sentences 1 and 2 of paragraph 22
 *   p22.s1-p23.s1   from paragraph 22, sentence 1, to paragraph 23, sentence 1
 *
 * The letters keep a spreadsheet from reading the cell as a number ("11.10" would become 11.1),
 * and an editor can find the place by counting lines: `npm run check -- --passages SOURCE_ID`
 * prints an article with every sentence numbered.
 */

/** One sentence of an article, with where it is. */
export interface Sentence {
  paragraph: number;
  sentence: number;
  /** The sentence as the article gives it, trimmed. */
  text: string;
}

/** A point in an article: paragraph and sentence, both 1-based. */
export interface Place {
  paragraph: number;
  sentence: number;
}

/** A run of sentences, both ends included. */
export interface Locator {
  from: Place;
  to: Place;
}

/**
 * Made on first use: building ICU's sentence rules costs 13 ms, and a build, which loads this
 * module for parseLocators (schema.ts), never splits an article.
 */
let segmenter: Intl.Segmenter | undefined;

/** Every sentence of an article, in order. Blank lines separate nothing: each non-blank line is a paragraph. */
export function sentencesOf(article: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = article
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  paragraphs.forEach((line, i) => {
    let n = 0;
    segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
    for (const { segment } of segmenter.segment(line)) {
      const text = segment.trim();
      if (text) out.push({ paragraph: i + 1, sentence: ++n, text });
    }
  });
  return out;
}

const PLACE = /^p([1-9]\d{0,4})\.s([1-9]\d{0,3})$/;
const SAME_PARAGRAPH = /^s([1-9]\d{0,3})$/;

/** A locator from its text, or a message saying what is wrong with it. */
export function parseLocator(text: string): Locator | { error: string } {
  const [a, b, ...rest] = text.trim().split("-");
  const wrong = {
    error: `not a locator ${JSON.stringify(text)}: write p12.s1, p12.s1-s2 or p12.s1-p13.s2`,
  };
  if (a === undefined || rest.length) return wrong;
  const from = place(a);
  if (!from) return wrong;
  if (b === undefined) return { from, to: from };
  const same = SAME_PARAGRAPH.exec(b);
  const to = same ? { paragraph: from.paragraph, sentence: Number(same[1]) } : place(b);
  if (!to) return wrong;
  if (compare(to, from) < 0) return { error: `passage ends before it starts: ${text}` };
  return { from, to };
}

function place(text: string): Place | undefined {
  const m = PLACE.exec(text);
  return m ? { paragraph: Number(m[1]), sentence: Number(m[2]) } : undefined;
}

function compare(a: Place, b: Place): number {
  return a.paragraph - b.paragraph || a.sentence - b.sentence;
}

/**
 * The locators of a cell: one, or several separated by ";" when the words that give a row are
 * apart ("p3.s1; p20.s1": the day in one sentence, the closure in another).
 */
export function parseLocators(cell: string): Locator[] | { error: string } {
  const out: Locator[] = [];
  for (const part of cell.split(";")) {
    const loc = parseLocator(part);
    if ("error" in loc) return loc;
    out.push(loc);
  }
  return out;
}

/** "p11.s1", "p22.s1-s2", "p22.s1-p23.s1". */
export function formatLocator(locator: Locator): string {
  const { from, to } = locator;
  const start = `p${from.paragraph}.s${from.sentence}`;
  if (compare(from, to) === 0) return start;
  if (from.paragraph === to.paragraph) return `${start}-s${to.sentence}`;
  return `${start}-p${to.paragraph}.s${to.sentence}`;
}

/** The locator of one sentence. */
export function locatorOf(s: Place): Locator {
  return { from: { paragraph: s.paragraph, sentence: s.sentence }, to: { ...s } };
}

/**
 * The sentences a locator points at, or a message saying which end lies outside the article:
 * "p40.s1 is past the end of the article (31 paragraphs)".
 */
export function passageAt(sentences: readonly Sentence[], locator: Locator): Sentence[] | { error: string } {
  for (const end of [locator.from, locator.to]) {
    const paragraph = sentences.filter((s) => s.paragraph === end.paragraph);
    const last = sentences[sentences.length - 1];
    if (!paragraph.length)
      return {
        error: `p${end.paragraph} is past the end of the article (${last?.paragraph ?? 0} paragraph${last?.paragraph === 1 ? "" : "s"})`,
      };
    if (!paragraph.some((s) => s.sentence === end.sentence))
      return {
        error: `p${end.paragraph}.s${end.sentence} is past the end of its paragraph (${paragraph.length} sentence${paragraph.length === 1 ? "" : "s"})`,
      };
  }
  return sentences.filter((s) => compare(s, locator.from) >= 0 && compare(s, locator.to) <= 0);
}

/** The text of sentences, joined as the article has them. */
export function passageText(sentences: readonly Sentence[]): string {
  return sentences.map((s) => s.text).join(" ");
}
