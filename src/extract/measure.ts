/**
 * What a figure counts: the measure word of the vocabulary nearest to it in its clause. Distance is
 * counted in content words: auxiliaries, adverbs, determiners and "of" are free ("have been
 * killed", "the deaths of more than"), a conjunction or a comma between costs more (in "killed and
 * four others wounded", "wounded" is the four's word, not "killed"), and another figure between
 * breaks the link. A word that is the counted noun ("days of fuel", "hostages") is near by
 * definition, but a verb right beside the figure wins over it ("would release 33 hostages").
 */
import { termAt, type Analysed, type Hit, type Term } from "./analyse.ts";
import type { MeasureWord } from "./vocabulary.ts";

/** Where a figure and its counted noun stand, in terms. */
export interface Span {
  /** First term of the figure, its qualifier included. */
  first: number;
  /** Last term of the figure itself. */
  last: number;
  /** Last term of the counted noun (== last when there is none). */
  nounLast: number;
}

export interface Choice {
  word: MeasureWord;
  distance: number;
}

const MAX_DISTANCE = 8;
const FREE =
  /^(have|has|had|been|being|be|is|are|was|were|of|the|a|an|still|also|reportedly|them|these|those)$/;

function free(t: Term): boolean {
  return (
    t.text === "" ||
    FREE.test(t.norm) ||
    t.tags.has("Auxiliary") ||
    t.tags.has("Copula") ||
    t.tags.has("Adverb") ||
    t.tags.has("Determiner")
  );
}

/** The nearest measure word for the figure at `span`, or undefined when none is near enough. */
export function chooseMeasure(a: Analysed, span: Span, figures: readonly Span[]): Choice | undefined {
  let best: Choice | undefined;
  let bestAfter = false;
  let bestLength = 0;
  for (const hit of a.measures) {
    const needs = hit.row.needs;
    if (needs && a.contexts.has(needs.context) === needs.absent) continue;
    const d = distanceTo(a, hit, span, figures);
    if (d === undefined || d > MAX_DISTANCE) continue;
    const after = hit.first > span.last;
    const length = hit.last - hit.first + 1;
    // At one distance: the word after the figure ("four others wounded"), then the longer pattern
    // ("leaving the bodies of" over "bodies of").
    const tie =
      d === best?.distance && ((after && !bestAfter) || (after === bestAfter && length > bestLength));
    if (!best || d < best.distance || tie) {
      best = { word: hit.row, distance: d };
      bestAfter = after;
      bestLength = length;
    }
  }
  return best;
}

function distanceTo(
  a: Analysed,
  hit: Hit<MeasureWord>,
  span: Span,
  figures: readonly Span[],
): number | undefined {
  const inNoun = hit.first > span.last && hit.first <= span.nounLast;
  if (hit.row.noun) return inNoun || hit.first === span.last + 1 ? 0.75 : undefined;
  if (inNoun) return 0.5;
  if (hit.first > span.nounLast) return between(a, span.nounLast + 1, hit.first, figures, true);
  if (hit.last < span.first) {
    const d = between(a, hit.last + 1, span.first, figures, false);
    const to = a.terms[hit.first - 1]?.norm === "to" ? 1 : 0;
    return d === undefined ? undefined : d + to;
  }
  return undefined;
}

/** Content words from term `from` up to (not including) `to`; undefined when another figure stands between. */
function between(
  a: Analysed,
  from: number,
  to: number,
  figures: readonly Span[],
  after: boolean,
): number | undefined {
  if (figures.some((f) => f.first >= from && f.last < to && !(after && aside(a, f)))) return undefined;
  let d = 0;
  for (let i = from; i < to; i++) {
    const t = a.terms[i];
    if (!t) continue;
    if (after && (t.norm === "including" || (t.norm === "among" && a.terms[i + 1]?.norm === "them"))) {
      // ", including 15,000 pregnant women," is an aside: the words after it are the figure's.
      while (i < to - 1 && !/[,;—–]/.test(a.terms[i]?.post ?? "")) i++;
      continue;
    }
    if (/^(and|but|while|or)$/.test(t.norm)) d += 2;
    else if (t.norm === "including") d += 2;
    else if (!free(t)) d += 1;
    if (/[,;:—–]/.test(t.post) && i < to - 1) d += 1;
  }
  return d;
}

/** Whether a figure stands in an aside opening with "including" or "among them" (", including 15,000 pregnant women,"). */
function aside(a: Analysed, f: Span): boolean {
  for (let i = f.first - 1; i >= Math.max(0, f.first - 3); i--) {
    const t = a.terms[i]?.norm;
    if (t === "including" || (t === "them" && a.terms[i - 1]?.norm === "among")) return true;
  }
  return false;
}

/** The terms of a figure at [start, end) of the sentence (qualifier from `qualifierStart`) and its counted noun. */
export function spanOf(a: Analysed, qualifierStart: number, end: number): Span {
  const first = termAt(a, qualifierStart);
  let last = first;
  while (last + 1 < a.terms.length && (a.terms[last + 1]?.start ?? Infinity) < end) last++;
  return { first, last, nounLast: nounEnd(a, last) };
}

/** The last term of the noun phrase right after term `last` ("Palestinians", "women and girls"), or `last`. */
function nounEnd(a: Analysed, last: number): number {
  if (/[,.;:!?”"—–)]/.test(a.terms[last]?.post ?? "")) return last;
  let end = last;
  // compromise leaves an empty term after "1mn" for its unit: it is no word.
  let from = last + 1;
  while (a.terms[from]?.text === "") from++;
  for (let i = from; i < Math.min(a.terms.length, from + 5); i++) {
    const t = a.terms[i] as Term;
    const nounish =
      (t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Pronoun") && !t.tags.has("Date");
    const participle = i === from && t.tags.has("PastTense") && a.terms[i + 1]?.tags.has("Noun");
    const joined =
      t.norm === "and" && i > from && a.terms[i + 1]?.tags.has("Noun") && !a.terms[i + 1]?.tags.has("Verb");
    if (!(nounish || participle || joined) || t.tags.has("Value")) break;
    end = i;
    if (/[,.;:!?”"—–(]/.test(t.post)) break;
  }
  // The phrase ends on a noun: "1,321 injured" counts no noun.
  while (end > last && !a.terms[end]?.tags.has("Noun")) end--;
  // "36 officials say": a noun followed by a reporting verb is who says, not what is counted.
  const next = a.terms[end + 1];
  if (end > last && next && /^(say|says|said|believe|believes|told|estimate|estimates)$/.test(next.norm))
    return last;
  return end;
}

/** The counted noun's words, as the article writes them ("" when there is none). */
export function nounText(a: Analysed, span: Span): string {
  if (span.nounLast === span.last) return "";
  let first = span.last + 1;
  while (a.terms[first]?.text === "") first++;
  const from = a.terms[first];
  const to = a.terms[span.nounLast];
  return from && to ? a.text.slice(from.start, to.end) : "";
}
