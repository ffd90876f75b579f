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

/** Letters and digits a phrase may not touch; Latin letters are enough for English articles. */
const WORD = "A-Za-z0-9\\u00C0-\\u024F";

interface Compiled<T> {
  /** Case-insensitive phrases, then all-capitals ones matched as written. */
  regexes: RegExp[];
  rows: Map<string, T>;
}
const compiled = new WeakMap<object, Compiled<unknown>>();

const key = (words: string) => words.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ").trim();

/**
 * One alternation per vocabulary (and per case rule), longest phrases first so the longest wins
 * where several start at one place: a regular expression per row cost 150 ms to compile cold.
 */
function compile<T extends { words: string }>(rows: readonly T[]): Compiled<T> {
  let c = compiled.get(rows) as Compiled<T> | undefined;
  if (c) return c;
  const map = new Map<string, T>();
  const caps: string[] = [];
  const other: string[] = [];
  for (const row of [...rows].sort((a, b) => b.words.length - a.words.length)) {
    const k = key(row.words);
    if (!map.has(k)) map.set(k, row);
    const body = row.words
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/['’]/g, "['’]")
      .replace(/\s+/g, "\\s+");
    (/^[^a-z]*$/.test(row.words) && /[A-Z]/.test(row.words) ? caps : other).push(body);
  }
  const regex = (bodies: string[], flags: string) =>
    new RegExp(`(?<![${WORD}])(?:${bodies.join("|")})(?![${WORD}])`, flags);
  c = {
    regexes: [regex(other, "gi"), regex(caps, "g")].filter((_, i) => [other, caps][i]?.length),
    rows: map,
  };
  compiled.set(rows, c);
  return c;
}

const found = new WeakMap<object, Map<string, PhraseHit<unknown>[]>>();

/** Every phrase of `rows` in `text`; where phrases overlap the longest wins (then the earlier row). */
export function findPhrases<T extends { words: string }>(text: string, rows: readonly T[]): PhraseHit<T>[] {
  // A sentence is asked about the same vocabulary many times (place, hedge, reporter): read it once.
  let cache = found.get(rows);
  if (!cache) found.set(rows, (cache = new Map<string, PhraseHit<unknown>[]>()));
  const hit = cache.get(text);
  if (hit) return hit as PhraseHit<T>[];
  const result = search(text, rows);
  if (cache.size > 2000) cache.clear();
  cache.set(text, result);
  return result;
}

function search<T extends { words: string }>(text: string, rows: readonly T[]): PhraseHit<T>[] {
  const { regexes, rows: byKey } = compile(rows);
  const all: PhraseHit<T>[] = [];
  for (const re of regexes) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const row = byKey.get(key(m[0]));
      if (row) all.push({ row, start: m.index, end: m.index + m[0].length });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseHit<T>[] = [];
  for (const hit of all) if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}
