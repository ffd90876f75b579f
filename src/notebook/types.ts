/** The shapes of a notebook: as a file declares it, and as it is built from the tables. */
import type { ChartRow, ChartSpec } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import type { Data } from "../data/load.ts";
import type { CitedTable } from "../data/schema.ts";
import type { Told } from "../story/sentence.ts";

/** A sentence for copy (or a dated entry for a chronology): src/story/sentence.ts. */
export type Sentence = Told;

/** Reporters who give different figures for the same measure and date, listed side by side. */
export interface Disagreement {
  topic: string;
  /** One entry per report: the figure as worded, who gives it, and the row it comes from. */
  reports: { figure: string; by: string; row: ChartRow }[];
}

/** What a notebook's builders receive: the tables and the names of reporters. */
export interface StoryContext {
  data: Data;
  names: Names;
}

/** A chart as a notebook declares it: its id, and a function from the tables to the chart. */
export interface ChartDef {
  id: string;
  build: (ctx: StoryContext) => Omit<ChartSpec, "id">;
}

/** What a notebook file exports by default. No DOM, no file I/O. */
export interface NotebookDef {
  /** Folder name under charts/. */
  id: string;
  title: string;
  /** One paragraph on what the notebook covers. */
  summary: string;
  /** The tables it reports on: their rows in no chart and no sentence are listed as not charted. */
  tables: readonly CitedTable[];
  charts: readonly ChartDef[];
  sentences: (ctx: StoryContext) => Sentence[];
  disagreements: (ctx: StoryContext) => Disagreement[];
}

/** A part of a notebook that could not be built, with the error behind it. */
export interface NotebookFailure {
  /** The notebook file as the user would open it: "notebooks/hostages.ts". */
  file: string;
  /** The chart id, or "sentences", "disagreements" or "notebook". */
  part: string;
  /** One line: "notebooks/hostages.ts: chart hostages-may-2024: no rows in data/hostages.csv with …". */
  message: string;
  /** The error, with its cause chain, for --debug. */
  error: Error;
  /** True when the data can fix it (missing or contradictory rows); false for a bug. */
  userError: boolean;
}

/** A notebook built from the tables: the charts and sentences that could be built, and what could not. */
export interface Notebook {
  id: string;
  file: string;
  title: string;
  summary: string;
  /** Every chart id the notebook declares, built or not. */
  chartIds: string[];
  charts: ChartSpec[];
  sentences: Sentence[];
  disagreements: Disagreement[];
  failures: NotebookFailure[];
  /** Rows of its tables that no chart and no sentence uses. */
  uncharted: ChartRow[];
}
