/**
 * The faces a chart's text is set in, per weight: Source Sans 3 for Latin text, Noto Sans Hebrew
 * and Arabic for those scripts (resvg falls back to them per character, browsers by
 * unicode-range), each with the characters it draws and the OpenType features a cut keeps.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { WIDTHS } from "../text/metrics.ts";

const require = createRequire(import.meta.url);
const sourceSans = (name: string) =>
  join(dirname(require.resolve("source-sans/package.json")), "TTF", `SourceSans3-${name}.ttf`);
const noto = (script: "hebrew" | "arabic", weight: number) =>
  join(
    dirname(require.resolve(`@fontsource/noto-sans-${script}/package.json`)),
    "files",
    `noto-sans-${script}-${script}-${weight}-normal.woff2`,
  );

export interface Face {
  family: string;
  file: string;
  /** Whether this face draws a character; the first face that does gets it. */
  covers: (ch: string) => boolean;
  /** OpenType features to keep: Latin needs only kerning; Arabic needs its joining forms, so all. */
  features?: string[];
}

const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/u;
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u;
const latin = (ch: string) => WIDTHS["source-sans-3"].regular[ch] !== undefined;

/** The faces for each weight the house style uses (src/style/type.ts WEIGHT). */
export const FACES: Record<number, Face[]> = Object.fromEntries(
  (
    [
      [400, "Regular"],
      [600, "Semibold"],
      [700, "Bold"],
    ] as const
  ).map(([weight, name]) => [
    weight,
    [
      { family: "Source Sans 3", file: sourceSans(name), covers: latin, features: ["kern"] },
      { family: "Noto Sans Hebrew", file: noto("hebrew", weight), covers: (ch: string) => HEBREW.test(ch) },
      { family: "Noto Sans Arabic", file: noto("arabic", weight), covers: (ch: string) => ARABIC.test(ch) },
    ],
  ]),
);
