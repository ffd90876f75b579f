/**
 * Building a notebook from the tables, part by part: each chart, the sentences and the
 * disagreements are built alone, so one that fails (its rows were deleted, or a bug)
 * is reported with the notebook file and chart id while the others are still built.
 */
import type { ChartRow, ChartSpec } from "../chart.ts";
import { names as namesOf, type Names } from "../cite/names.ts";
import type { Data } from "../data/load.ts";
import { CITED_TABLES } from "../data/schema.ts";
import { formatLocation, UserError } from "../errors.ts";
import { byDate, type Dated } from "../story/select.ts";
import type { Notebook, NotebookDef, NotebookFailure, Sentence } from "./types.ts";

const canonicalCache = new WeakMap<Data, Data>();

/** The tables with each table's rows in date-then-content order, worked out once per load. */
function canonical(data: Data): Data {
  const cached = canonicalCache.get(data);
  if (cached) return cached;
  // The cited tables in date order: the same row objects, whose types Object.fromEntries loses.
  const sorted = Object.fromEntries(CITED_TABLES.map((name) => [name, byDate<Dated>(data[name])]));
  const out: Data = { ...data, ...sorted };
  canonicalCache.set(data, out);
  return out;
}

/** Words that mean a value went missing on its way into text. */
const BROKEN_TEXT = /\b(undefined|NaN|null|Invalid Date)\b|\[object /;

export function buildNotebook(
  def: NotebookDef,
  tables: Data,
  file: string,
  names: Names = namesOf(tables),
): Notebook {
  // Notebooks see every table in date-then-content order: a CSV's row order never changes the story.
  const data = canonical(tables);
  const ctx = { data, names };
  const failures: NotebookFailure[] = [];
  const attempt = <T>(part: string, build: () => T): T | undefined => {
    try {
      return build();
    } catch (error) {
      failures.push(failure(file, part, error));
      return undefined;
    }
  };
  const charts: ChartSpec[] = [];
  for (const def_ of def.charts) {
    const built = attempt(`chart ${def_.id}`, () => checkChart({ ...def_.build(ctx), id: def_.id }));
    if (built) charts.push(built);
  }
  const sentences = attempt("sentences", () => checkSentences(def.sentences(ctx))) ?? [];
  const disagreements = attempt("disagreements", () => def.disagreements(ctx)) ?? [];
  const used = new Set<object>([...charts.flatMap((c) => c.rows), ...sentences.flatMap((s) => s.rows)]);
  const uncharted = def.tables.flatMap((t): ChartRow[] => data[t].filter((row) => !used.has(row)));
  return {
    id: def.id,
    file,
    title: def.title,
    summary: def.summary,
    chartIds: def.charts.map((c) => c.id),
    charts,
    sentences,
    disagreements,
    failures,
    uncharted,
  };
}

/**
 * One line naming the notebook and part: a UserError there when the data can fix it, else an
 * internal error. The error thrown is kept as the cause for --debug.
 */
export function failure(file: string, part: string, error: unknown): NotebookFailure {
  const cause = error instanceof Error ? error : new Error(String(error));
  const location = { notebook: file, part };
  const located =
    cause instanceof UserError
      ? new UserError(cause.message, { location, cause })
      : new Error(`${formatLocation(location)}: internal error: ${cause.message}`, { cause });
  return { file, part, message: located.message, error: located, userError: located instanceof UserError };
}

/** A chart that would publish broken text or no sources is refused before it renders. */
function checkChart(chart: ChartSpec): ChartSpec {
  if (chart.rows.length === 0) throw new UserError("no rows to plot");
  const texts = [
    chart.headline,
    chart.subtitle,
    chart.alt,
    ...(chart.notes ?? []),
    ...(chart.legend ?? []).map((l) => l.label),
  ];
  for (const text of texts) {
    if (!text.trim()) throw new Error("a headline, subtitle, alt text, note or legend label is empty");
    if (BROKEN_TEXT.test(text)) throw new Error(`broken text: ${text}`);
  }
  return chart;
}

/** Sentence ids are unique: a collision names the rows of both sentences. */
function checkSentences(sentences: Sentence[]): Sentence[] {
  const seen = new Map<string, Sentence>();
  for (const s of sentences) {
    if (BROKEN_TEXT.test(s.text)) throw new Error(`broken text: ${s.text}`);
    const first = seen.get(s.id);
    if (first) {
      const rows = (x: Sentence) => x.rows.map((r) => `${r.ref.file}:${r.ref.line}`).join(", ");
      const [a, b] = [first, s].sort((x, y) => (x.rows[0]?.ref.line ?? 0) - (y.rows[0]?.ref.line ?? 0));
      throw new UserError(
        `two sentences have the id ${s.id}: from ${rows(a ?? first)} and from ${rows(b ?? s)}`,
      );
    }
    seen.set(s.id, s);
  }
  return sentences;
}
