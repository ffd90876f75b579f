/**
 * Closures and events at the crossings in one sentence. A crossing is named (data/vocabulary/
 * crossings.csv) or pointed back to ("the crossing", "both crossings"); an event is a word of
 * event-kinds.csv near it, dated by the nearest date phrase (ahead of publication only for an
 * expected reopening); a closure is a word of closed.csv ("closed", "denied access", a seizure)
 * with the start its date phrase gives ("since May 2024" to the month, "Monday night" to the night)
 * or, with none, an unknown start on the day of the report.
 */
import type { Analysed, Hit } from "./analyse.ts";
import { attributionAt, type Attribution } from "./attribution.ts";
import { asOfFigure } from "./context.ts";
import { datesIn } from "./dates.ts";
import { findPhrases } from "./phrases.ts";
import { RESOLVED } from "./reporter.ts";
import type { Vocabulary } from "./vocabulary.ts";

export interface CrossingFound {
  table: "closures" | "events";
  cells: Record<string, string>;
  sentence: Analysed;
  confidence: number;
  doubts: string[];
}

interface Mention {
  crossing: string;
  start: number;
  end: number;
}

/** Closure precisions the closures table takes; other spans leave the start unknown. */
const CLOSURE_PRECISIONS = new Set(["day", "night", "weekend", "month"]);

/** The crossings a sentence names, or those of the sentences before when it says "the crossing". */
export function crossingsIn(a: Analysed, vocabulary: Vocabulary, recent: readonly string[]): Mention[] {
  const about = /\b(crossings?|terminal|border point)\b/i.test(a.text);
  const named = findPhrases(a.text, vocabulary.crossings)
    .filter((h) => !h.row.needs || (h.row.needs === "crossing" ? about : a.text.includes(h.row.needs)))
    .map((h) => ({ crossing: h.row.crossing, start: h.start, end: h.end }));
  if (named.length) return named;
  const back = /\b(the|both|two)\s+(\p{L}+\s+)?(crossings?|terminal)\b/iu.exec(a.text);
  if (!back || !recent.length) return [];
  const plural = /crossings|both|two/i.test(back[0]);
  return (plural ? recent.slice(-2) : recent.slice(-1)).map((crossing) => ({
    crossing,
    start: back.index,
    end: back.index + back[0].length,
  }));
}

/** What the closures and events of a sentence are read with. */
export interface CrossingContext {
  spans: readonly Attribution[];
  vocabulary: Vocabulary;
  published: string;
  mentions: readonly Mention[];
}

export function crossingRowsIn(a: Analysed, ctx: CrossingContext): CrossingFound[] {
  return [...eventsIn(a, ctx), ...closuresIn(a, ctx)];
}

function nearest(mentions: readonly Mention[], hit: { start: number; end: number }): Mention | undefined {
  const d = (m: Mention) => (m.end <= hit.start ? hit.start - m.end : Math.max(0, m.start - hit.end));
  return [...mentions].sort((x, y) => d(x) - d(y))[0];
}

function eventsIn(a: Analysed, { spans, published, mentions }: CrossingContext): CrossingFound[] {
  const out: CrossingFound[] = [];
  const seen = new Set<string>();
  for (const hit of a.events) {
    const kind = hit.row.kind;
    // "since the ceasefire took effect" dates a count, it does not report the ceasefire.
    if (/\bsince\s+(the\s+)?$/i.test(a.text.slice(0, hit.start))) continue;
    const crossing = kind === "ceasefire" ? "none" : nearest(mentions, hit)?.crossing;
    if (!crossing || seen.has(`${kind}:${crossing}`)) continue;
    seen.add(`${kind}:${crossing}`);
    const ahead = kind === "reopening_expected";
    const when = asOfFigure(a, { first: hit.first, last: hit.last, nounLast: hit.last }, published, {
      ahead,
      event: true,
    });
    // "The minister said on Friday that taking control ...": the day he spoke, not of the event.
    const dated = when.phrase && !when.phrase.statement;
    const doubts = dated ? [] : ["no date named: the day of the report assumed"];
    const reporter = attributionAt(spans, hit.start, hit.end);
    if (reporter?.pronoun) doubts.push(RESOLVED);
    out.push({
      table: "events",
      cells: {
        date: when.date,
        precision: when.phrase?.precision ?? "day",
        crossing,
        kind,
        label: hit.row.label,
        reported_by: reporter?.reporter ?? "unattributed",
        hedge: "",
      },
      sentence: a,
      confidence: doubts.length ? 0.6 : 0.8,
      doubts,
    });
  }
  return out;
}

function closuresIn(
  a: Analysed,
  { spans, vocabulary, published, mentions }: CrossingContext,
): CrossingFound[] {
  const hits = [...a.closed].sort((x, y) => rank(vocabulary, x) - rank(vocabulary, y));
  const hit = hits[0];
  if (!hit || !mentions.length) return [];
  const dates = datesIn(a, published).filter((d) => d.date <= published);
  const from = [...dates].sort((x, y) => distance(x, hit) - distance(y, hit))[0];
  const known = from && CLOSURE_PRECISIONS.has(from.precision);
  const reporter = attributionAt(spans, hit.start, hit.end);
  const crossings = [...new Set(mentions.map((m) => m.crossing))];
  return crossings.map((crossing) => ({
    table: "closures" as const,
    cells: {
      crossing,
      from: known ? from.date : published,
      from_precision: known ? from.precision : "unknown",
      to: "",
      as_of: published,
      reported_by: reporter?.reporter ?? "unattributed",
    },
    sentence: a,
    // A start the article names as a start ("closed since Saturday") is the surest.
    confidence: known ? (from.since ? 0.85 : 0.8) : 0.65,
    doubts: known ? [] : ["the article does not say when the closure began"],
  }));
}

function rank(vocabulary: Vocabulary, hit: Hit<{ pattern: string }>): number {
  return vocabulary.closed.indexOf(hit.row);
}

function distance(d: { start: number; end: number }, hit: { start: number; end: number }): number {
  return d.end <= hit.start ? hit.start - d.end : Math.max(0, d.start - hit.end);
}
