import type { Source } from "../../src/data/schema.ts";
import type { ChartRow } from "../../src/chart.ts";
import { names } from "../../src/cite/names.ts";

/** Sources for renderer fixtures: fixed, so golden files do not move when the project's data does. */
export const SOURCES: Source[] = [
  {
    id: "wire-1",
    publisher: "Wire Agency",
    publisher_basis: "stated",
    headline: "A",
    headline_kind: "own",
    published: new Date(Date.UTC(2024, 4, 7)),
    date_basis: "stated",
    date_note: null,
    file: "a.txt",
    ref: { file: "data/sources.csv", line: 2 },
  },
  {
    id: "paper-1",
    publisher: null,
    publisher_basis: "unidentified",
    headline: "B",
    headline_kind: "descriptive",
    published: new Date(Date.UTC(2026, 0, 6)),
    date_basis: "inferred",
    date_note: null,
    file: "b.txt",
    ref: { file: "data/sources.csv", line: 3 },
  },
];

export type Row = ChartRow & { label: string; value: number; date: Date };

export function row(
  label: string,
  value: number,
  source: string,
  reported_by: string,
  line: number,
  date = new Date(Date.UTC(2024, 4, 7)),
): Row {
  return { label, value, date, source, reported_by, ref: { file: "data/test.csv", line } };
}

export const CREDIT = "Graphic: Test desk";

/** Names for fixtures: the sources above, and one listed reporter. */
export const NAMES = names({
  sources: SOURCES,
  reporters: [
    {
      name: "Officials",
      display: null,
      article: null,
      number: "plural",
      aliases: null,
      note: null,
      ref: { file: "data/reporters.csv", line: 2 },
    },
  ],
});
