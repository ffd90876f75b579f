/**
 * The figures of one sentence as rows of casualties, hostages and humanitarian: each number that is
 * not a distractor and has a measure word near it, and each implied figure of the vocabulary ("the
 * final hostage", "all living hostages"), with its qualifier, counted noun, scope, place, day,
 * reporter and hedge. A figure with no scope, day or place of its own that follows a figure of an
 * incident ("Twenty-two others were wounded in the strike") takes them from it, and says so.
 * Numbers left out are kept with the reason, for the tests and the review.
 */
import { nlp } from "../text/nlp.ts";
import type { Analysed } from "./analyse.ts";
import { attributionAt, type Attribution } from "./attribution.ts";
import { asOfFigure, defaultPlace, firstPlace, hedgeOf, placeNear, scopeNear, type AsOf } from "./context.ts";
import { addDays } from "./dates.ts";
import { distractor } from "./distractors.ts";
import { chooseMeasure, nounText, spanOf, type Span } from "./measure.ts";
import { findPhrases } from "./phrases.ts";
import { RESOLVED } from "./reporter.ts";
import type { FigureTable, Vocabulary } from "./vocabulary.ts";

export interface FigureFound {
  table: FigureTable;
  cells: Record<string, string>;
  sentence: Analysed;
  confidence: number;
  doubts: string[];
  /** The figure this one is a part of ("nine people, among them three children"). */
  parent?: FigureFound;
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

type Measure = { table: FigureTable; measure: string; unit: string };

export interface FigureContext {
  vocabulary: Vocabulary;
  published: string;
  /** The sentences before this one, nearest last. */
  before: readonly Analysed[];
  /** Figures found in the sentences before (nearest last), to carry an incident's day and place. */
  earlier: readonly FigureFound[];
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
  let previous: { measure: Measure; end: number; found?: FigureFound } | undefined;
  candidates.forEach((c, k) => {
    const span = figureSpans[k] as Span;
    const others = figureSpans.filter((_, j) => j !== k);
    const choice = c.implied ? undefined : chooseMeasure(a, span, others);
    const between = previous ? a.text.slice(previous.end, c.start) : "";
    const subset = previous && /\bincluding\b|\bamong them\b/i.test(between);
    const measure: Measure | undefined = c.implied
      ? { ...c.implied, unit: c.implied.table === "humanitarian" ? "soldiers" : "" }
      : (choice?.word ?? (subset ? previous?.measure : undefined));
    if (!measure) return void skipped.push({ text: c.text, reason: "no measure word near it" });
    const parent = subset ? previous?.found : undefined;
    let asOf = asOfFigure(a, span, ctx.published);
    if (parent && !asOf.phrase && parent.cells.as_of) asOf = { date: parent.cells.as_of };
    if (asOf.date < addDays(ctx.published, -HISTORIC_DAYS))
      return void skipped.push({ text: c.text, reason: `historic: dated ${asOf.date}` });
    // "killed 71,400 Palestinians ... and wounded over 171,000", "four others": the same people.
    const noun = nounText(a, span);
    const sameWho = /^(others?|more)$/i.test(noun) || (!noun && /\band\b/i.test(between));
    const last = previous?.found ?? ctx.earlier[ctx.earlier.length - 1];
    const carried = sameWho ? (last?.parent ?? last) : undefined;
    // "seventy-two thousand deaths": a count of deaths counts people.
    const who = sameWho
      ? (carried?.cells.who ?? "")
      : /^(deaths|dead|casualties|fatalities|injuries)$/i.test(noun)
        ? ""
        : noun;
    const row = rowOf(a, c, span, others, measure, asOf, c.value === 1 ? plural(who) : who, ctx);
    row.cells.hedge = hedgeOf(a, span, previous?.end ?? 0, ctx.vocabulary)?.hedge ?? "";
    const attribution = attributionAt(spans, c.start, c.end);
    if (attribution?.pronoun) row.doubts.push(RESOLVED);
    const hedge = ctx.vocabulary.hedges.find((h) => h.hedge === row.cells.hedge);
    row.cells.reported_by = attribution?.reporter ?? (hedge?.reportedBy || "unattributed");
    const distance = choice?.distance ?? (c.implied ? 0 : 3);
    if (distance > 4) row.doubts.push(`the measure word is ${distance} words from the figure`);
    row.confidence = round(Math.max(0.05, 0.97 - 0.03 * distance - 0.12 * row.doubts.length));
    if (parent) row.parent = parent.parent ?? parent;
    found.push(row);
    previous = { measure, end: c.end, found: row };
  });
  return { found, skipped };
}

function rowOf(
  a: Analysed,
  c: Candidate,
  span: Span,
  others: readonly Span[],
  measure: Measure,
  asOf: AsOf,
  who: string,
  ctx: FigureContext,
): FigureFound {
  const doubts: string[] = [];
  const { vocabulary } = ctx;
  if (asOf.phrase && asOf.phrase.precision !== "day" && asOf.phrase.precision !== "night")
    doubts.push(`as_of is the first day of a ${asOf.phrase.precision} ("${asOf.phrase.text}")`);
  if (asOf.offset) doubts.push(`as_of worked out from "${asOf.offset}"`);
  const cells: Record<string, string> = {
    measure: measure.measure,
    value: c.value === null ? "" : String(c.value),
    qualifier: c.qualifier,
    as_of: asOf.date,
  };
  const near = placeNear(a, span, vocabulary, "place");
  if (measure.table === "casualties") {
    const scope = scopeNear(a, span);
    // A figure the article dates to a day, a night or a weekend is one incident's, whatever count
    // it brings up to ("killed over the weekend, bringing the number since the ceasefire to 712").
    const phrase = asOf.phrase;
    const incident = phrase && !phrase.statement && !phrase.since;
    const daily =
      incident &&
      ["day", "night", "weekend"].includes(phrase.precision) &&
      scope?.scope !== "october_7_attack";
    const before =
      !scope && !incident ? ctx.earlier.filter((f) => f.table === "casualties").pop() : undefined;
    cells.scope = daily
      ? "incident"
      : (scope?.scope ?? (incident ? "incident" : (before?.cells.scope ?? "war")));
    cells.who = who || "people";
    cells.place = scope?.place || near || before?.cells.place || defaultPlace(vocabulary);
    if (scope && /daily count/.test(scope.note))
      doubts.push(`a daily count ("${scope.pattern}"): scope incident, as of the day it covers`);
    if (before) {
      if (!asOf.phrase && before.cells.as_of) cells.as_of = before.cells.as_of;
      doubts.push(`scope, day and place carried from ${where(before)}`);
    } else if (!scope && !incident) doubts.push(`no scope word: ${cells.scope} assumed`);
    if (!near && !scope?.place && !before) doubts.push(`no place named: ${cells.place} assumed`);
  } else if (measure.table === "humanitarian") {
    const offer = measure.measure === "troops_offered";
    const back = /\b(it (was|is)|there|the (area|camp|town|city|school))\b/i.test(a.text);
    const place = offer
      ? (firstPlace(a, vocabulary, "country") ?? lastPlace(ctx.before, vocabulary, "country"))
      : (near ?? (back ? lastPlace(ctx.before, vocabulary, "place") : undefined));
    cells.place = place ?? defaultPlace(vocabulary);
    if (!place) doubts.push(`no place named: ${cells.place} assumed`);
    cells.who = offer ? who || "soldiers" : measure.unit === "days" ? "" : who || "people";
    cells.unit = measure.unit || "people";
  }
  return { table: measure.table, cells, sentence: a, confidence: 0, doubts };
}

function where(f: FigureFound): string {
  return `p${f.sentence.sentence.paragraph}.s${f.sentence.sentence.sentence}`;
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
  if (findPhrases(a.text, vocabulary.corrections).length) {
    for (const q of a.quantities) skipped.push({ text: q.text, reason: "withdrawn by a correction" });
    return [];
  }
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
    const why =
      distractor(a, q) ?? (Number.isInteger(q.value) && q.value >= 0 ? undefined : "not a whole number");
    if (why) {
      skipped.push({ text: q.text, reason: why });
      continue;
    }
    const start = q.end - q.text.length;
    numbers.push({ value: q.value, qualifier: q.qualifier, start, end: q.end, text: q.text });
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
