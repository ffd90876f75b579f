import type { ChartRow, ChartSpec } from "../chart.ts";
import type { Data } from "../data/load.ts";

/** A sentence for copy, built from rows: each figure keeps its qualifier, attribution and date. */
export interface Sentence {
  /** Stable id, so a change in the figures can be reported old → new. */
  id: string;
  text: string;
  /** The rows whose figures the sentence states. */
  rows: readonly ChartRow[];
}

/** Reporters who give different figures for the same measure and date, listed side by side. */
export interface Disagreement {
  topic: string;
  /** One entry per report: the figure as worded, and the row it comes from. */
  reports: { figure: string; by: string; row: ChartRow }[];
}

/** The analysis behind one story: charts, sentences for copy, and where reports disagree. */
export interface Notebook {
  /** Folder name under charts/. */
  id: string;
  title: string;
  /** One paragraph on what the notebook covers. */
  summary: string;
  charts: ChartSpec[];
  sentences: Sentence[];
  disagreements: Disagreement[];
}

/** What a notebook file exports by default: the notebook built from the loaded tables. No DOM, no file I/O. */
export type BuildNotebook = (data: Data) => Notebook;
