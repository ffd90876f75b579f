/**
 * Exact phrases of a vocabulary found in a sentence, as whole words. Our own matcher rather than
 * compromise's: names such as "Hamas-run territory's health ministry" or "Al-Muwasi" are split by
 * compromise's tokenizer at hyphens and apostrophes in ways an editor cannot foresee, while the
 * phrase as written in the vocabulary is what the editor means. Case is ignored unless the words
 * are all capitals ("UN" is not "un"); straight and curly apostrophes are one.
 */

export interface PhraseHit<T> {
  row: T;
  start: number;
  end: number;
}

const compiled = new WeakMap<object, RegExp>();

function regexOf(row: { words: string }): RegExp {
  let re = compiled.get(row);
  if (!re) {
    const body = row.words
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/['’]/g, "['’]")
      .replace(/\s+/g, "\\s+");
    const caps = /^[^a-z]*$/.test(row.words) && /[A-Z]/.test(row.words);
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caps ? "gu" : "giu");
    compiled.set(row, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Every phrase of `rows` in `text`; where phrases overlap the longest wins (then the earlier row). */
export function findPhrases<T extends { words: string }>(text: string, rows: readonly T[]): PhraseHit<T>[] {
  const all: PhraseHit<T>[] = [];
  for (const row of rows) {
    for (const m of text.matchAll(regexOf(row)))
      all.push({ row, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseHit<T>[] = [];
  for (const hit of all) if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}
