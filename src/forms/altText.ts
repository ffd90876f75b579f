/**
 * Alt text written by each form from the data it draws, so what a screen reader hears is what the
 * chart shows: every figure with its label and who gave it, in the order drawn. Empty lists leave
 * no punctuation or heading behind.
 */
import { formatDate } from "../format/date.ts";
import { capitalise } from "../text/words.ts";
import type { RangeGroup } from "./rangeDotsLayout.ts";
import type { BarGroup } from "./barRows.ts";
import type { TimePoint } from "./reportsOverTime.ts";
import type { StatBlock } from "./statBlocks.ts";

/** "Points on a time axis, one for each reported figure: 7 May 2024, at least 34,789 killed (Gaza health ministry via AFP); …." */
export function reportsAlt(points: readonly TimePoint[], seriesWords: (series: string) => string): string {
  if (!points.length) return "A time axis with no reported figures.";
  const items = points.map((p) => `${formatDate(p.date)}, ${p.label} ${seriesWords(p.series)} (${p.who})`);
  return `Points on a time axis, one for each reported figure: ${items.join("; ")}.`;
}

/** "Bars. Hostages held in Gaza: an estimated 128 (AFP, 7 May 2024); 132 (…). Of those, dead: …." */
export function barsAlt(groups: readonly BarGroup[]): string {
  const parts = groups
    .filter((g) => g.bars.length)
    .map((g) => `${g.title}: ${g.bars.map((b) => `${b.text} (${b.who ?? b.label})`).join("; ")}`);
  return parts.length ? `Bars. ${parts.join(". ")}.` : "Bars, with no reported figures.";
}

/** "Figures, each measure on its own axis, not from zero. Hostages held in Gaza: an estimated 128 (AFP) to 132 (…)." */
export function rangeAlt(groups: readonly RangeGroup[]): string {
  const parts = groups
    .filter((g) => g.dots.length)
    .map((g) => `${g.title}: ${g.dots.map((d) => `${d.text} (${d.whoInText ?? d.who})`).join("; ")}`);
  return parts.length
    ? `Figures as dots, each measure on its own axis, not from zero. ${parts.join(". ")}.`
    : "Dots, with no reported figures.";
}

/** "Figures. Living hostages released: all (news report, 6 January 2026). …" */
export function blocksAlt(blocks: readonly StatBlock[]): string {
  // The report lines' "·" read as commas; a dash sets them off from a figure that has its own brackets.
  const parts = blocks.map(
    (b) =>
      `${b.title}: ${b.figure ? `${b.figure}${b.hedge ? ` (${b.hedge})` : ""}` : (b.words ?? "")}${b.reports.length ? ` — ${b.reports.map((r) => r.replaceAll(" · ", ", ")).join("; ")}` : ""}`,
  );
  return parts.length ? `Figures. ${parts.map(capitalise).join(". ")}.` : "No figures.";
}

/** Sentences joined into alt text, with empty ones left out: never ". ." or "Events: ." */
export function joinAlt(parts: readonly (string | undefined | false)[]): string {
  return parts
    .filter((p): p is string => typeof p === "string" && p.trim().length > 0)
    .map((p) => p.trim().replace(/[.;:,]*$/, "."))
    .join(" ");
}
