/**
 * From an article's text to proposed rows: every sentence analysed once, attributions read in
 * order (so "he said" finds who was named before), figures, closures and events found, repeats
 * merged, and each row given its table's columns, its source and its passage locator.
 */
import { formatLocator, locatorOf } from "../text/passages.ts";
import { analyse, type Analysed } from "./analyse.ts";
import { addDays } from "./dates.ts";
import { attributions } from "./attribution.ts";
import { fullRow, type ProposedTable } from "./columns.ts";
import { crossingRowsIn, crossingsIn, type CrossingFound } from "./crossings.ts";
import { figuresIn, type FigureFound, type Skipped } from "./figures.ts";
import { isHeadline, mergeRepeats } from "./merge.ts";
import { RESOLVED, Speakers } from "./reporter.ts";
import type { Vocabulary } from "./vocabulary.ts";

export interface Proposal {
  table: ProposedTable;
  /** Every column of the table, as the CSV cell it would be. */
  row: Record<string, string>;
  passage: { locator: string; text: string };
  confidence: number;
  /** Why a reviewer should look twice; empty when nothing is doubtful. */
  doubts: string[];
  /** "data/casualties.csv:12" when the row is already in the table. */
  duplicate_of: string | null;
  /** Rows of other reports of the same measure and day with another figure: this is a new report beside them. */
  beside: string[];
  /** For a row already in the data, the cells where the table differs: "from_precision: unknown". */
  differs: string[];
}

export interface Proposed {
  rows: Proposal[];
  skipped: Skipped[];
}

/**
 * A closure the same article reports reopened ends the day before the reopening: `to` is the last
 * day closed.
 */
function closedUntilReopened(found: CrossingFound[]): CrossingFound[] {
  return found.map((f) => {
    const from = f.cells.from;
    if (f.table !== "closures" || !from) return f;
    const reopened = found.find(
      (e) =>
        e.table === "events" &&
        e.cells.kind === "reopening" &&
        e.cells.crossing === f.cells.crossing &&
        (e.cells.date ?? "") > from,
    );
    return reopened?.cells.date ? { ...f, cells: { ...f.cells, to: addDays(reopened.cells.date, -1) } } : f;
  });
}

export function proposeRows(
  article: string,
  vocabulary: Vocabulary,
  published: string,
  sourceId: string,
): Proposed {
  const analysed = analyse(article, vocabulary);
  const speakers = new Speakers(vocabulary.bodies);
  const figures: FigureFound[] = [];
  const crossings: CrossingFound[] = [];
  const skipped: Skipped[] = [];
  let recent: string[] = [];
  analysed.forEach((a, i) => {
    const spans = attributions(a, vocabulary, speakers);
    const before = analysed.slice(Math.max(0, i - 2), i);
    const earlier = figures.filter((f) => before.includes(f.sentence) && !isHeadline(f));
    const result = figuresIn(a, spans, { vocabulary, published, before, earlier });
    figures.push(...result.found);
    skipped.push(...result.skipped);
    const mentions = crossingsIn(a, vocabulary, recent);
    if (mentions.length)
      recent = [
        ...recent.filter((c) => !mentions.some((m) => m.crossing === c)),
        ...mentions.map((m) => m.crossing),
      ];
    crossings.push(...crossingRowsIn(a, { spans, vocabulary, published, mentions }));
  });
  const rows = [...mergeRepeats(figures), ...closedUntilReopened(mergeRepeats(crossings))].map((f) => {
    const { locator: passage, text } = passageOf(f, speakers, analysed);
    return {
      table: f.table,
      row: fullRow(f.table, { ...f.cells, source: sourceId, passage }),
      passage: { locator: passage, text },
      confidence: f.confidence,
      doubts: f.doubts,
      duplicate_of: null,
      beside: [],
      differs: [],
    } satisfies Proposal;
  });
  return { rows, skipped };
}

/**
 * A row's passage: its sentence, and, when its reporter was resolved from "it" or "the ministry",
 * the sentence before it that names the reporter too ("p3.s1-s2", "p3.s1; p6.s1"), so that the
 * passage backs the whole row as `npm run check` reads it.
 */
function passageOf(
  f: FigureFound | CrossingFound,
  speakers: Speakers,
  analysed: readonly Analysed[],
): { locator: string; text: string } {
  const own = f.sentence.sentence;
  const reporter = f.cells.reported_by;
  const named = reporter && f.doubts.includes(RESOLVED) ? speakers.namedAt(reporter, own) : undefined;
  if (!named || (named.paragraph === own.paragraph && named.sentence === own.sentence))
    return { locator: formatLocator(locatorOf(own)), text: f.sentence.text };
  const k = analysed.findIndex(
    (a) => a.sentence.paragraph === named.paragraph && a.sentence.sentence === named.sentence,
  );
  const first = analysed[k];
  // The sentence right before (in the paragraph before, too): one run, "p3.s2-p4.s1".
  const adjacent = analysed[k + 1]?.sentence === own;
  const locator = adjacent
    ? formatLocator({ from: named, to: own })
    : `${formatLocator(locatorOf(named))}; ${formatLocator(locatorOf(own))}`;
  return { locator, text: `${first?.text ?? ""} … ${f.sentence.text}` };
}
