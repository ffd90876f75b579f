/**
 * Story moves for scenario tests: the seed tables as text, small edits an editor would make
 * (add tomorrow's report, close a range, delete or shuffle rows), and the notebooks built in
 * process from the edited tables, with what a reader sees: sentences, headlines, notes, source lines.
 */
import { renderSvg } from "../../src/render/renderSvg.ts";
import { parseXml } from "../helpers.ts";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { ChartSpec } from "../../src/chart.ts";
import { names, type Names } from "../../src/cite/names.ts";
import { sourceLine } from "../../src/cite/sourceLine.ts";
import { parseData, type Data, type TableName } from "../../src/data/load.ts";
import { formatProblem } from "../../src/errors.ts";
import { TABLES } from "../../src/data/schema.ts";
import { buildNotebook } from "../../src/notebook/buildNotebook.ts";
import type { Notebook, NotebookDef } from "../../src/notebook/types.ts";
import { outputProblems } from "../style/outputStyle.ts";
import crossings from "../../notebooks/crossings.ts";
import gazaToll from "../../notebooks/gaza-toll.ts";
import hostages from "../../notebooks/hostages.ts";

export const NOTEBOOKS: Record<string, NotebookDef> = { crossings, "gaza-toll": gazaToll, hostages };

/** One table as a header and rows of cells, to edit like a spreadsheet. */
export class Table {
  constructor(
    readonly header: string[],
    public rows: string[][],
  ) {}

  static parse(text: string): Table {
    const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    return new Table(header ?? [], rows);
  }

  private index(column: string): number {
    const i = this.header.indexOf(column);
    if (i < 0) throw new Error(`no column ${column}`);
    return i;
  }

  get(row: string[], column: string): string {
    return row[this.index(column)] ?? "";
  }

  /** Add a row from column values; missing columns are empty. */
  add(values: Record<string, string | number>): this {
    this.rows.push(this.header.map((h) => String(values[h] ?? "")));
    return this;
  }

  /** Add a row at the top, above older ones. */
  prepend(values: Record<string, string | number>): this {
    this.add(values);
    const last = this.rows.pop();
    if (last) this.rows.unshift(last);
    return this;
  }

  where(match: Record<string, string>): (row: string[]) => boolean {
    return (row) => Object.entries(match).every(([k, v]) => this.get(row, k) === v);
  }

  remove(match: Record<string, string>): this {
    const before = this.rows.length;
    this.rows = this.rows.filter((r) => !this.where(match)(r));
    if (this.rows.length === before) throw new Error(`no row matches ${JSON.stringify(match)}`);
    return this;
  }

  set(match: Record<string, string>, values: Record<string, string | number>): this {
    const hits = this.rows.filter(this.where(match));
    if (!hits.length) throw new Error(`no row matches ${JSON.stringify(match)}`);
    for (const row of hits) for (const [k, v] of Object.entries(values)) row[this.index(k)] = String(v);
    return this;
  }

  /** Reverse the rows: the order of a table must not change what it says. */
  reverse(): this {
    this.rows.reverse();
    return this;
  }

  toString(): string {
    return Papa.unparse([this.header, ...this.rows], { newline: "\n" }) + "\n";
  }
}

const SEED = Object.fromEntries(
  (Object.keys(TABLES) as TableName[]).map((name) => [
    name,
    readFileSync(`data/${TABLES[name].file}`, "utf8"),
  ]),
) as Record<TableName, string>;

export type Tables = Record<TableName, Table>;

export function seed(): Tables {
  return Object.fromEntries(Object.entries(SEED).map(([k, v]) => [k, Table.parse(v)])) as Tables;
}

export interface Story {
  /** The edited tables as loaded. */
  data: Data;
  names: Names;
  notebooks: Record<string, Notebook>;
  chart(id: string): ChartSpec;
  sentence(id: string): string;
  sentences(): string[];
  /** The failure messages of every notebook. */
  failures(): string[];
  sourceLine(id: string): string;
}

/**
 * Build every notebook from edited tables; a table edit the loader refuses fails the test with its
 * problems. Every story is held to the house copy style (test/style/outputStyle.ts): whatever the
 * edit, every sentence, headline, note, alt text and source line keeps it, or the scenario fails.
 */
export function story(
  edit: (t: Tables) => void = () => {},
  options: { style?: { allow: RegExp; why: string } } = {},
): Story {
  const tables = seed();
  edit(tables);
  const enc = new TextEncoder();
  const bytes = Object.fromEntries(Object.entries(tables).map(([k, t]) => [k, enc.encode(t.toString())]));
  const loaded = parseData(bytes);
  if (!loaded.ok)
    throw new Error(`the edit does not load:\n${loaded.problems.map(formatProblem).join("\n")}`);
  const n = names(loaded.data);
  const notebooks = Object.fromEntries(
    Object.entries(NOTEBOOKS).map(([id, def]) => [
      id,
      buildNotebook(def, loaded.data, `notebooks/${id}.ts`, n),
    ]),
  );
  const all = Object.values(notebooks);
  const style = outputProblems(all, n).filter((p) => !options.style?.allow.test(p));
  if (style.length) throw new Error(`the story breaks the house copy style:\n${style.join("\n")}`);
  const charts = new Map(all.flatMap((nb) => nb.charts.map((c) => [c.id, c] as const)));
  const sentences = new Map(all.flatMap((nb) => nb.sentences.map((s) => [s.id, s.text] as const)));
  return {
    data: loaded.data,
    names: n,
    notebooks,
    chart(id) {
      const c = charts.get(id);
      if (!c)
        throw new Error(
          `chart ${id} was not built: ${all.flatMap((nb) => nb.failures.map((f) => f.message)).join("; ")}`,
        );
      return c;
    },
    sentence(id) {
      const s = sentences.get(id);
      if (s === undefined) throw new Error(`no sentence ${id}; have ${[...sentences.keys()].join(", ")}`);
      return s;
    },
    sentences: () => [...sentences.values()],
    failures: () => all.flatMap((nb) => nb.failures.map((f) => f.message)),
    sourceLine(id) {
      return sourceLine(this.chart(id).rows, n);
    },
  };
}

/** Every text a reader of a chart sees, in one string. */
export function chartText(c: ChartSpec): string {
  return [c.headline, c.subtitle, c.alt, ...(c.notes ?? []), ...(c.legend ?? []).map((l) => l.label)].join(
    "\n",
  );
}

/** Add an article to sources.csv, as an editor does before citing it. */
export function article(t: Tables, id: string, published: string, publisher = ""): void {
  t.sources.add({
    id,
    publisher,
    publisher_basis: publisher ? "stated" : "unidentified",
    headline: `Report of ${published}`,
    headline_kind: "descriptive",
    published,
    date_basis: "stated",
    file: `${id}.txt`,
  });
}

/** The words drawn inside a chart's web SVG (titles of lanes, labels, ticks), one text element per line, spaces plain. */
export function drawnText(s: Story, id: string, size: "web" | "mobile" = "web"): string {
  const svg = renderSvg(s.chart(id), size, { names: s.names, credit: "Test" });
  return [...parseXml(svg).getElementsByTagName("text")]
    .map((t) => (t.textContent ?? "").replace(/[\u00a0\u2009\u202f]/g, " "))
    .join("\n");
}
