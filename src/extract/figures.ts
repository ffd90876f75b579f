/**
 * The figures of one sentence as rows of casualties, hostages and humanitarian: each number that is
 * not a distractor and has a measure word near it, and each implied figure of the vocabulary ("the
 * final hostage", "all living hostages"), with its qualifier, counted noun, scope, place, day,
 * reporter and hedge. Numbers left out are kept with the reason, for --debug and the tests.
 */
import nlp from "compromise";
import type { Analysed } from "./analyse.ts";
import { attributionAt, type Attribution } from "./attribution.ts";
import { asOfFigure, defaultPlace, firstPlace, hedgeOf, placeNear, scopeNear } from "./context.ts";
import { addDays } from "./dates.ts";
import { distractor } from "./distractors.ts";
import { chooseMeasure, nounText, spanOf, type Span } from "./measure.ts";
import { findPhrases } from "./phrases.ts";
import type { FigureTable, Vocabulary } from "./vocabulary.ts";

export interface FigureFound {
  table: FigureTable;
  cells: Record<string, string>;
  sentence: Analysed;
  confidence: number;
  doubts: string[];
}

export interface Skipped {
  text: string;
  reason: string;
}

interface Candidate {
  value: number | null;
  qualifier: string;
  start: number;
  end: number;
  text: string;
  implied?: { table: FigureTable; measure: string };
}

export interface FigureContext {
  vocabulary: Vocabulary;
  published: string;
  /** The sentences before this one, nearest last. */
  before: readonly Analysed[];
}

/** Historic figures (dated more than this before publication) are not rows of today's tables. */
const HISTORIC_DAYS = 31;

export function figuresIn(
  a: Analysed,
  spans: readonly Attribution[],
  ctx: FigureContext,
): { found: FigureFound[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const candidates = candidatesOf(a, ctx.vocabulary, skipped);
  const figureSpans = candidates.map((c) => spanOf(a, c.start, c.end));
  const found: FigureFound[] = [];
  let previous:
    { measure: { table: FigureTable; measure: string; unit: string }; who: string; end: number } | undefined;
  candidates.forEach((c, k) => {
    const span = figureSpans[k] as Span;
    const others = figureSpans.filter((_, j) => j !== k);
    const choice = c.implied ? undefined : chooseMeasure(a, span, others);
    const subset = previous && /\bincluding\b|\bamong them\b/i.test(a.text.slice(previous.end, c.start));
    const measure = c.implied
      ? { ...c.implied, unit: c.implied.table === "humanitarian" ? "soldiers" : "" }
      : (choice?.word ?? (subset ? previous?.measure : undefined));
    if (!measure) return void skipped.push({ text: c.text, reason: "no measure word near it" });
    const doubts: string[] = [];
    const asOf = asOfFigure(a, span, ctx.published);
    if (asOf.date < addDays(ctx.published, -HISTORIC_DAYS))
      return void skipped.push({ text: c.text, reason: `historic: dated ${asOf.date}` });
    if (asOf.phrase && asOf.phrase.precision !== "day" && asOf.phrase.precision !== "night")
      doubts.push(`as_of is the first day of a ${asOf.phrase.precision} ("${asOf.phrase.text}")`);
    if (asOf.offset) doubts.push(`as_of worked out from "${asOf.offset}"`);
    let who = nounText(a, span);
    if (!who || /^(others?|more)$/i.test(who)) who = previous?.who ?? "";
    const cells: Record<string, string> = {
      measure: measure.measure,
      value: c.value === null ? "" : String(c.value),
      qualifier: c.qualifier,
      as_of: asOf.date,
    };
    fillTable(
      cells,
      measure,
      c.value === 1 ? plural(who) : who,
      a,
      span,
      { ...ctx, dated: !!asOf.phrase },
      doubts,
    );
    const previousEnd = previous?.end ?? 0;
    const hedge = hedgeOf(a, span, previousEnd, ctx.vocabulary);
    const attribution = attributionAt(spans, c.start, c.end);
    if (attribution?.pronoun) doubts.push(`reported_by resolved from a pronoun`);
    cells.reported_by = attribution?.reporter ?? (hedge?.reportedBy || "unattributed");
    cells.hedge = hedge?.hedge ?? "";
    const distance = choice?.distance ?? (c.implied ? 0 : 3);
    if (distance > 4) doubts.push(`the measure word is ${distance} words from the figure`);
    const confidence = Math.max(0.05, 0.97 - 0.03 * distance - 0.12 * doubts.length);
    found.push({ table: measure.table, cells, sentence: a, confidence: round(confidence), doubts });
    previous = { measure, who: cells.who ?? who, end: c.end };
  });
  return { found, skipped };
}

function fillTable(
  cells: Record<string, string>,
  measure: { table: FigureTable; measure: string; unit: string },
  who: string,
  a: Analysed,
  span: Span,
  ctx: FigureContext & { dated: boolean },
  doubts: string[],
): void {
  const { vocabulary } = ctx;
  const near = placeNear(a, span, vocabulary, "place");
  if (measure.table === "casualties") {
    const scope = scopeNear(a, span);
    cells.scope = scope?.scope ?? (ctx.dated ? "incident" : "war");
    if (!scope) doubts.push(`no scope word: ${cells.scope} assumed`);
    cells.who = who || "people";
    cells.place = scope?.place || near || defaultPlace(vocabulary);
    if (!near && !scope?.place) doubts.push(`no place named: ${cells.place} assumed`);
  } else if (measure.table === "humanitarian") {
    const offer = measure.measure === "troops_offered";
    const place = offer
      ? (firstPlace(a, vocabulary, "country") ?? lastPlace(ctx.before, vocabulary, "country"))
      : (near ?? lastPlace(ctx.before, vocabulary, "place"));
    cells.place = place ?? defaultPlace(vocabulary);
    if (!place) doubts.push(`no place named: ${cells.place} assumed`);
    cells.who = offer ? who || "soldiers" : measure.unit === "days" ? "" : who || "people";
    cells.unit = measure.unit || "people";
  }
}

function lastPlace(
  before: readonly Analysed[],
  vocabulary: Vocabulary,
  kind: "place" | "country",
): string | undefined {
  for (const b of [...before].reverse().slice(0, 2)) {
    const place = firstPlace(b, vocabulary, kind);
    if (place) return place;
  }
  return undefined;
}

function candidatesOf(a: Analysed, vocabulary: Vocabulary, skipped: Skipped[]): Candidate[] {
  const implied: Candidate[] = findPhrases(a.text, vocabulary.implied).map((h) => ({
    value: h.row.value,
    qualifier: h.row.qualifier,
    start: h.start,
    end: h.end,
    text: a.text.slice(h.start, h.end),
    implied: { table: h.row.table, measure: h.row.measure },
  }));
  const numbers: Candidate[] = [];
  for (const q of a.quantities) {
    if (implied.some((i) => i.start < q.end && q.start < i.end)) continue;
    const why = distractor(a, q);
    if (why) {
      skipped.push({ text: q.text, reason: why });
      continue;
    }
    if (!Number.isInteger(q.value) || q.value < 0) {
      skipped.push({ text: q.text, reason: "not a whole number" });
      continue;
    }
    numbers.push({
      value: q.value,
      qualifier: q.qualifier,
      start: q.end - q.text.length,
      end: q.end,
      text: q.text,
    });
  }
  return [...implied, ...numbers].sort((x, y) => x.start - y.start);
}

/** "one Palestinian" counts Palestinians: the tables name the group in the plural. */
function plural(who: string): string {
  if (!who) return who;
  const doc = nlp(who);
  doc.nouns().toPlural();
  const text = doc.text();
  // compromise reads a demonym ("Palestinian", "Israeli") as an adjective: it takes an s.
  return text === who && /[a-z]$/i.test(who) && !/s$/i.test(who) ? `${who}s` : text;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
