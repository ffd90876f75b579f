/**
 * The rest of a figure's row, read from the words around it: its place, its scope (war, since the
 * ceasefire, the 7 October attack, one incident), its hedge and the day it is as of.
 */
import type { Analysed } from "./analyse.ts";
import { addDays, datesIn, type DatePhrase } from "./dates.ts";
import type { Span } from "./measure.ts";
import { findPhrases } from "./phrases.ts";
import type { HedgeWord, ScopeWord, Vocabulary } from "./vocabulary.ts";
import { quantitiesIn } from "../text/quantities.ts";

/** Term distance from a figure to [first, last]. */
function termDistance(span: Span, first: number, last: number): number {
  return last < span.first ? span.first - last : first > span.nounLast ? first - span.nounLast : 0;
}

/** The place named nearest the figure (one after it a little nearer: "killed ... in Gaza City"). */
export function placeNear(
  a: Analysed,
  span: Span,
  vocabulary: Vocabulary,
  kind: "place" | "country",
): string | undefined {
  const figureStart = a.terms[span.first]?.start ?? 0;
  const figureEnd = a.terms[span.nounLast]?.end ?? figureStart;
  let best: { place: string; d: number } | undefined;
  for (const hit of findPhrases(a.text, vocabulary.places)) {
    if (hit.row.kind !== kind) continue;
    // "Israel says it has killed ...": the place that speaks is not where the figure is.
    if (/^\s+(says|said|say|told|reported|estimates)\b/.test(a.text.slice(hit.end))) continue;
    // "... inside Gaza", "killed in Gaza City": a place the figure's clause locates it in is nearer.
    const locative = /\b(in|inside|at|across|throughout|near|of)\s+(the\s+)?$/i.test(
      a.text.slice(0, hit.start),
    );
    const d =
      hit.start >= figureEnd
        ? (hit.start - figureEnd) * (locative ? 0.3 : 0.8)
        : Math.max(0, figureStart - hit.end);
    if (!best || d < best.d) best = { place: hit.row.place, d };
  }
  return best?.place;
}

/** The first place of a kind a sentence names ("Turkey is reportedly willing ..."). */
export function firstPlace(
  a: Analysed,
  vocabulary: Vocabulary,
  kind: "place" | "country",
): string | undefined {
  return findPhrases(a.text, vocabulary.places).find((h) => h.row.kind === kind)?.row.place;
}

export function defaultPlace(vocabulary: Vocabulary): string {
  return vocabulary.places.find((p) => p.isDefault)?.place ?? "";
}

/**
 * The scope word nearest the figure, or undefined. Another figure between does not block it:
 * coordinated figures share one ("290 killed and 1,045 injured since the truce").
 */
export function scopeNear(a: Analysed, span: Span): ScopeWord | undefined {
  let best: { row: ScopeWord; d: number; len: number } | undefined;
  for (const hit of a.scopes) {
    const d = termDistance(span, hit.first, hit.last);
    const len = hit.last - hit.first;
    if (!best || d < best.d || (d === best.d && len > best.len)) best = { row: hit.row, d, len };
  }
  return best?.row;
}

/** The hedge the article puts on the figure: just before it in its clause, or right after its noun. */
export function hedgeOf(
  a: Analysed,
  span: Span,
  previousEnd: number,
  vocabulary: Vocabulary,
): HedgeWord | undefined {
  const start = a.terms[span.first]?.start ?? 0;
  const nounEnd = a.terms[span.nounLast]?.end ?? start;
  // Right after the noun only: "the last hostage believed to be held", not "132 hostages and believe 37".
  const afterEnd = a.terms[span.nounLast + 1]?.end ?? a.text.length;
  for (const hit of findPhrases(a.text, vocabulary.hedges)) {
    if ((hit.start >= previousEnd && hit.end <= start) || (hit.start >= nounEnd && hit.end <= afterEnd))
      return hit.row;
    // "12 people were reportedly killed", "hostages are believed to be held": after the noun's verb.
    if (hit.start >= nounEnd && AUXILIARIES.test(a.text.slice(nounEnd, hit.start))) return hit.row;
  }
  return undefined;
}

/** Only auxiliaries between a figure's noun and a hedge: "were", "have been", "are still". */
const AUXILIARIES = /^\s+(?:(?:were|was|are|is|have|has|had|been|being|still)\s+){1,3}$/i;

export interface DateOptions {
  /** An expected reopening: bare weekdays look ahead. */
  ahead?: boolean;
  /** An event's own words may hold its date in a relative clause ("the truce that took effect on"). */
  event?: boolean;
}

export interface AsOf {
  date: string;
  /** The phrase that gave it; undefined when it is the publication date. */
  phrase?: DatePhrase;
  /** Worked out from "two days after" another date. */
  offset?: string;
}

/**
 * The day a figure is as of: a date phrase in its clause (not a "since", not part of a scope such
 * as "the October 7 attack", not in a relative clause about something else), "N days after" a
 * date of the sentence, or else the publication date.
 */
export function asOfFigure(a: Analysed, span: Span, published: string, options: DateOptions = {}): AsOf {
  const dates = datesIn(a, published, options.ahead).filter(
    (d) => !d.since && !a.scopes.some((s) => s.start < d.end && d.start < s.end),
  );
  const startOf = a.terms[span.first]?.start ?? 0;
  const offset = /(\p{L}+|\d+)\s+(days?|weeks?)\s+(after|before)\s+[^,;]*$/iu.exec(a.text.slice(0, startOf));
  if (offset) {
    const n = quantitiesIn(offset[1] ?? "", [])[0]?.value ?? Number.NaN;
    const anchor = dates.filter((d) => d.end <= offset.index).pop();
    if (Number.isInteger(n)) {
      const days = n * (/week/i.test(offset[2] ?? "") ? 7 : 1) * (/after/i.test(offset[3] ?? "") ? -1 : 1);
      return {
        date: addDays(anchor?.date ?? published, days),
        ...(anchor && { phrase: anchor }),
        offset: offset[0].trim(),
      };
    }
  }
  let best: { phrase: DatePhrase; d: number } | undefined;
  const scope = scopeNear(a, span)?.scope;
  const total = scope !== undefined && scope !== "incident";
  for (const phrase of dates) {
    if (!options.event && inRelativeClause(a.text, phrase, startOf)) continue;
    const first = a.terms.findIndex((t) => t.end > phrase.start);
    const last = a.terms.findIndex((t) => t.end >= phrase.end);
    const d = termDistance(span, first, last);
    // A running total in a later statement is as of that statement, not of the day the sentence
    // opens with: "On Sunday, a strike killed three, and the ministry said 40 had been killed since the truce."
    if (total && laterStatement(a.text, phrase, startOf)) continue;
    // "On Saturday, a medic was killed": a date opening the sentence dates all of it.
    const opening = phrase.start <= 3;
    if (!opening && (d > 22 || otherClause(a, phrase, span))) continue;
    // The day of a statement ("said on Monday") dates the figure only when nothing else does:
    // "said on Monday that 12 were killed overnight" is as of the night, however near "Monday" is.
    const statement = Number(phrase.statement) - Number(best?.phrase.statement ?? true);
    if (!best || statement < 0 || (statement === 0 && d < best.d)) best = { phrase, d };
  }
  return best ? { date: best.phrase.date, phrase: best.phrase } : { date: published };
}

/**
 * Whether a date stands in another clause than the figure: across "that" ("agreed last week that
 * ... the final hostage"), across ", bringing the number to", or after the figure beyond a comma
 * (", many of them damaged by storms last week"), unless it dates a statement ("the ministry said
 * on Monday").
 */
function otherClause(a: Analysed, phrase: DatePhrase, span: Span): boolean {
  const figureStart = a.terms[span.first]?.start ?? 0;
  const figureEnd = a.terms[span.nounLast]?.end ?? figureStart;
  const after = phrase.start >= figureEnd;
  const between = (
    after ? a.text.slice(figureEnd, phrase.start) : a.text.slice(phrase.end, figureStart)
  ).replace(/,\s*(among them|including)[^,]*,/gi, " ");
  if (phrase.statement) return /,\s+(bringing|raising|taking|pushing|lifting)\b/i.test(between);
  if (/\b(that|which|who)\b|,\s+(bringing|raising|taking|pushing|lifting)\b/i.test(between)) return true;
  return after && between.includes(",");
}

/** A clause between a date and the figure after it that starts another statement: ", and X said". */
function laterStatement(text: string, phrase: DatePhrase, figureStart: number): boolean {
  if (phrase.end > figureStart) return false;
  return /[,;]\s+(and|but|while|whereas)\b[^,;]*\b(said|says|told|reported|added|announced)\b/i.test(
    text.slice(phrase.end, figureStart),
  );
}

/** "the truce that took effect on November 3, the group freed ...": the date is the truce's. */
function inRelativeClause(text: string, phrase: DatePhrase, figureStart: number): boolean {
  const clause = /\b(that|which|who)\b[^,]*$/i.exec(text.slice(0, phrase.start));
  if (!clause) return false;
  const clauseEnd = text.indexOf(",", phrase.end);
  const end = clauseEnd < 0 ? text.length : clauseEnd;
  const clauseStart = phrase.start - (text.slice(0, phrase.start).length - clause.index);
  return !(figureStart >= clauseStart && figureStart < end);
}
