/**
 * The words extraction reads by, kept in data/vocabulary/ so an editor can extend them: which words
 * mean killed, injured, held, released or displaced (measures.csv), qualifier phrases
 * (qualifiers.csv), reporting verbs (reporting.csv), bodies that report figures (bodies.csv),
 * hedges, places, crossings, scopes and event words. A `pattern` column is compromise match syntax
 * (`{kill}` is every form of "kill"; `(dead|deaths)` either word); a `words` column is an exact
 * phrase, matched as whole words, ignoring case unless it is all capitals ("UN").
 */
import { join } from "node:path";
import type { QualifierWord } from "../text/quantities.ts";
import { TABLES } from "../data/schema.ts";
import { QUALIFIERS, type Qualifier } from "../format/qualifier.ts";
import { UserError } from "../errors.ts";
import { readCsvFile, type CsvRow } from "./csvFile.ts";

export type FigureTable = "casualties" | "hostages" | "humanitarian";
export const FIGURE_TABLES: readonly FigureTable[] = ["casualties", "hostages", "humanitarian"];

export interface MeasureWord {
  pattern: string;
  table: FigureTable;
  measure: string;
  unit: string;
  /** A context the sentence must have ("hostage"), or must not have ("!hostage"). */
  needs: { context: string; absent: boolean } | null;
  /** "noun": the words must be the counted noun, right after the figure ("day of fuel"). */
  noun: boolean;
}
export interface ContextWord {
  pattern: string;
  context: string;
}
export interface ImpliedFigure {
  words: string;
  table: FigureTable;
  measure: string;
  value: number | null;
  qualifier: Qualifier | "all";
}
export interface ScopeWord {
  pattern: string;
  scope: string;
  place: string;
  note: string;
}
export interface PlaceWord {
  words: string;
  place: string;
  kind: "place" | "country";
  /** The place of a casualty whose sentence names none. */
  isDefault: boolean;
}
export interface CrossingWord {
  words: string;
  crossing: string;
  /** A word the sentence must also hold ("crossing" for a bare "Rafah"). */
  needs: string;
}
export interface HedgeWord {
  words: string;
  hedge: string;
  /** Who gives the figure when the article names no one ("reportedly": the article's own voice, unattributed). */
  reportedBy: string;
}
export interface ReportingWord {
  words: string;
  form: "verb" | "according" | "citing" | "cited";
}
export interface BodyWord {
  words: string;
  name: string;
  kind: "person" | "body" | "outlet" | "group";
}
export interface EventWord {
  pattern: string;
  kind: string;
  label: string;
}
export interface ClosedWord {
  pattern: string;
}
/** Words of a correction note: the figures of its sentence are withdrawn, not reported. */
export interface CorrectionWord {
  words: string;
}

export interface Vocabulary {
  qualifiers: QualifierWord[];
  measures: MeasureWord[];
  contexts: ContextWord[];
  implied: ImpliedFigure[];
  scopes: ScopeWord[];
  places: PlaceWord[];
  crossings: CrossingWord[];
  hedges: HedgeWord[];
  reporting: ReportingWord[];
  bodies: BodyWord[];
  events: EventWord[];
  closed: ClosedWord[];
  corrections: CorrectionWord[];
}

/** Reads every vocabulary file of `root/data/vocabulary`; a bad cell is one line naming file and line. */
export function loadVocabulary(root: string): Vocabulary {
  const read = (file: string, required: string[]) => {
    const label = `data/vocabulary/${file}`;
    const csv = readCsvFile(join(root, "data", "vocabulary", file), label);
    const missing = required.filter((c) => !csv.header.includes(c));
    if (missing.length) throw new UserError(`${label}: missing column ${missing.join(", ")}`);
    return { label, rows: csv.rows.filter((r) => Object.values(r.cells).some((c) => c !== "")) };
  };
  const q = read("qualifiers.csv", ["words", "qualifier"]);
  const m = read("measures.csv", ["pattern", "table", "measure", "unit", "needs", "position"]);
  const i = read("implied.csv", ["words", "table", "measure", "value", "qualifier"]);
  return {
    qualifiers: q.rows.map((r) => ({
      words: need(q.label, r, "words"),
      qualifier: oneOf(q.label, r, "qualifier", QUALIFIERS),
    })),
    measures: m.rows.map((r) => measureWord(m.label, r)),
    contexts: read("contexts.csv", ["pattern", "context"]).rows.map((r) => ({
      pattern: need("data/vocabulary/contexts.csv", r, "pattern"),
      context: need("data/vocabulary/contexts.csv", r, "context"),
    })),
    implied: i.rows.map((r) => impliedFigure(i.label, r)),
    scopes: rows(read("scopes.csv", ["pattern", "scope", "place"]), (label, r) => ({
      pattern: need(label, r, "pattern"),
      scope: cellFor(label, r, "scope", TABLES.casualties.columns.scope),
      place: r.cells.place ?? "",
      note: r.cells.note ?? "",
    })),
    places: rows(read("places.csv", ["words", "place", "kind", "default"]), (label, r) => ({
      words: need(label, r, "words"),
      place: need(label, r, "place"),
      kind: oneOf(label, r, "kind", ["place", "country"] as const),
      isDefault: oneOf(label, r, "default", ["", "yes"] as const) === "yes",
    })),
    crossings: rows(read("crossings.csv", ["words", "crossing", "needs"]), (label, r) => ({
      words: need(label, r, "words"),
      crossing: cellFor(label, r, "crossing", TABLES.closures.columns.crossing),
      needs: r.cells.needs ?? "",
    })),
    hedges: rows(read("hedges.csv", ["words", "hedge", "reported_by"]), (label, r) => ({
      words: need(label, r, "words"),
      hedge: need(label, r, "hedge"),
      reportedBy: r.cells.reported_by ?? "",
    })),
    reporting: rows(read("reporting.csv", ["words", "form"]), (label, r) => ({
      words: need(label, r, "words"),
      form: oneOf(label, r, "form", ["verb", "according", "citing", "cited"] as const),
    })),
    bodies: rows(read("bodies.csv", ["words", "name", "kind"]), (label, r) => ({
      words: need(label, r, "words"),
      name: need(label, r, "name"),
      kind: oneOf(label, r, "kind", ["person", "body", "outlet", "group"] as const),
    })),
    events: rows(read("event-kinds.csv", ["pattern", "kind", "label"]), (label, r) => ({
      pattern: need(label, r, "pattern"),
      kind: cellFor(label, r, "kind", TABLES.events.columns.kind),
      label: need(label, r, "label"),
    })),
    closed: rows(read("closed.csv", ["pattern"]), (label, r) => ({ pattern: need(label, r, "pattern") })),
    corrections: rows(read("corrections.csv", ["words"]), (label, r) => ({ words: need(label, r, "words") })),
  };
}

function rows<T>(file: { label: string; rows: CsvRow[] }, f: (label: string, r: CsvRow) => T): T[] {
  return file.rows.map((r) => f(file.label, r));
}

function measureWord(label: string, r: CsvRow): MeasureWord {
  const table = oneOf(label, r, "table", FIGURE_TABLES);
  const needs = r.cells.needs ?? "";
  return {
    pattern: need(label, r, "pattern"),
    table,
    measure: measureOf(label, r, table),
    unit: r.cells.unit ?? "",
    needs: needs ? { context: needs.replace(/^!/, ""), absent: needs.startsWith("!") } : null,
    noun: oneOf(label, r, "position", ["", "noun"] as const) === "noun",
  };
}

function impliedFigure(label: string, r: CsvRow): ImpliedFigure {
  const table = oneOf(label, r, "table", FIGURE_TABLES);
  const value = r.cells.value ?? "";
  if (value !== "" && !/^\d+$/.test(value)) fail(label, r, `value must be plain digits or empty: ${value}`);
  return {
    words: need(label, r, "words"),
    table,
    measure: measureOf(label, r, table),
    value: value === "" ? null : Number(value),
    qualifier: oneOf(label, r, "qualifier", [...QUALIFIERS, "all"] as const),
  };
}

function measureOf(label: string, r: CsvRow, table: FigureTable): string {
  return cellFor(label, r, "measure", TABLES[table].columns.measure);
}

/** A cell the schema's own column accepts (so the vocabulary follows the schema as it grows). */
function cellFor(label: string, r: CsvRow, column: string, spec: { parse(t: string): unknown }): string {
  const value = need(label, r, column);
  if (typeof spec.parse(value) !== "string") fail(label, r, `${column}: not a value of the table: ${value}`);
  return value;
}

function need(label: string, r: CsvRow, column: string): string {
  const value = r.cells[column] ?? "";
  if (!value) fail(label, r, `${column} is empty`);
  return value;
}

function oneOf<T extends string>(label: string, r: CsvRow, column: string, allowed: readonly T[]): T {
  const value = r.cells[column] ?? "";
  if (!(allowed as readonly string[]).includes(value))
    fail(
      label,
      r,
      `${column} must be one of ${allowed.filter(Boolean).join(", ")}: got ${value || "(empty)"}`,
    );
  return value as T;
}

function fail(label: string, r: CsvRow, message: string): never {
  throw new UserError(`${label}:${r.line}: ${message}`);
}
