/** A chart's files and what they are made from: the outputs in memory, their paths and its data as CSV. No drawing here. */
import Papa from "papaparse";
import { SIZES, type ChartRow, type ChartSpec, type Size } from "../chart.ts";
import type { Names } from "../cite/names.ts";
import { asText, madeText } from "../data/spreadsheet.ts";
import { isoDate } from "../format/date.ts";
import { attribution } from "../story/attribution.ts";
import { inlineEmbed } from "./embed.ts";

import type { Format } from "./formats.ts";

export { FORMATS, type Format } from "./formats.ts";

/** The PNGs of a chart: the web and mobile SVGs at 2×, and the social card at 1200 × 675. */
export type PngKind = "web" | "mobile" | "social";
export const PNGS: Record<PngKind, { suffix: string; scale: number; label: string }> = {
  web: { suffix: "", scale: 2, label: `PNG, ${SIZES.web.width} px at 2×` },
  mobile: { suffix: SIZES.mobile.suffix, scale: 2, label: `PNG, ${SIZES.mobile.width} px at 2×` },
  social: { suffix: ".social", scale: 1, label: "Social card, 1200 × 675" },
};

/** One chart's outputs, in memory: the SVG at each size (fonts embedded), its PNGs, its data. */
export interface ChartOutput {
  chart: ChartSpec;
  notebook: string;
  svg: Record<Size, string>;
  /** Bytes of the fonts embedded in each SVG (included in its size). */
  fontBytes: Record<Size, number>;
  png?: Buffer;
  mobilePng?: Buffer;
  socialPng?: Buffer;
  /** The chart's rows as CSV ("Get the data"). */
  csv: string;
  /** The latest date its rows report: as_of, or for events the day their article was published. */
  updated: Date;
  /** Time to render each file, in ms. */
  ms: Record<Size | "png", number>;
}

/** Byte size of each SVG of a chart, fonts included: the budget is 40 KB (npm run bench reports it). */
export function svgBytes(out: ChartOutput): Record<Size, number> {
  return { web: Buffer.byteLength(out.svg.web), mobile: Buffer.byteLength(out.svg.mobile) };
}

/** The latest day a chart's rows report: their as_of, or for a row without one (an event) its article's date. */
export function updatedOn(rows: readonly ChartRow[], names: Names): Date {
  let latest = 0;
  for (const row of rows) {
    const asOf: unknown = new Map<string, unknown>(Object.entries(row)).get("as_of");
    const day = asOf instanceof Date ? +asOf : +names.credit(row).source.published;
    latest = Math.max(latest, day);
  }
  return new Date(latest);
}

/**
 * A chart's rows as CSV ("Get the data"), every column the data tables have, dates as YYYY-MM-DD,
 * then, given the names, who the chart credits and the article's date, and the table and line each
 * row comes from; papaparse quotes what needs quoting. Safe to open
 * in a spreadsheet: a text cell that starts like a formula (=, +, -, @, a tab...) is written with
 * a ' before it, in quotes (src/data/spreadsheet.ts); numbers, negative ones too, are written as
 * they are. papaparse's own escapeFormulae is not used: its default pattern lets a cell with a
 * line break through ("=1+1\nx"), and it would turn a number written as text into text.
 */
export function chartCsv(rows: readonly ChartRow[], names?: Names): string {
  const columns: string[] = [];
  for (const row of rows)
    for (const key of Object.keys(row)) if (key !== "ref" && !columns.includes(key)) columns.push(key);
  const cell = (v: unknown) =>
    v instanceof Date
      ? isoDate(v)
      : v === null || v === undefined
        ? ""
        : typeof v === "string"
          ? asText(v)
          : typeof v === "number" || typeof v === "boolean"
            ? String(v)
            : asText(JSON.stringify(v));
  // For a reader: who the chart credits ("Israeli officials via Financial Times", not "unattributed")
  // and the day of the article, beside the project's own references.
  const reader = (row: ChartRow) => {
    if (!names) return [];
    const credit = names.credit(row);
    return [asText(attribution(credit, "label")), isoDate(credit.source.published)];
  };
  const data = rows.map((row) => {
    const values = new Map<string, unknown>(Object.entries(row));
    return [...columns.map((c) => cell(values.get(c))), ...reader(row), `${row.ref.file}:${row.ref.line}`];
  });
  return (
    Papa.unparse(
      { fields: [...columns, ...(names ? ["credit", "published"] : []), "row"], data },
      { newline: "\n", quotes: (value: unknown) => typeof value === "string" && madeText(value) },
    ) + "\n"
  );
}

/** A file to write: its path under the output folder, its bytes, and how long it took to make. */
export interface OutputFile {
  path: string;
  bytes: Buffer;
  ms: number;
  /** The chart it belongs to, if any (pages belong to none). */
  chart?: string;
}

/**
 * The files of one chart: <notebook>/<id>.svg, <id>.mobile.svg, <id>.csv and the inline embed of both SVGs
 * <id>.embed.html (./embed.ts) with svg;
 * <id>.png, <id>.mobile.png and <id>.social.png with png.
 */
export function chartFiles(out: ChartOutput, formats: readonly Format[]): OutputFile[] {
  const base = `${out.notebook}/${out.chart.id}`;
  const files: OutputFile[] = [];
  if (formats.includes("svg")) {
    for (const size of Object.keys(SIZES) as Size[]) {
      files.push({
        path: `${base}${SIZES[size].suffix}.svg`,
        bytes: Buffer.from(out.svg[size]),
        ms: out.ms[size],
        chart: out.chart.id,
      });
    }
    files.push({ path: `${base}.csv`, bytes: Buffer.from(out.csv), ms: 0, chart: out.chart.id });
    const embed = inlineEmbed({ id: out.chart.id, ...out.svg });
    files.push({ path: `${base}.embed.html`, bytes: Buffer.from(embed), ms: 0, chart: out.chart.id });
  }
  if (formats.includes("png")) {
    const pngs: [PngKind, Buffer | undefined][] = [
      ["web", out.png],
      ["mobile", out.mobilePng],
      ["social", out.socialPng],
    ];
    for (const [kind, bytes] of pngs)
      if (bytes)
        files.push({
          path: `${base}${PNGS[kind].suffix}.png`,
          bytes,
          ms: out.ms.png / 3,
          chart: out.chart.id,
        });
  }
  return files;
}
