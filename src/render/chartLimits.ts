/**
 * The limits the build checks on a chart at a size (issue 20): the headline's and each note's lines
 * (two at 640 px, three at 360), no one-word last line in a note, a mark of its colour and kind for
 * every legend swatch, and no label in the plot repeating a date the subtitle gives. A chart over one
 * fails by name, as other chart errors do, and keeps its old files. The few charts over a limit whose
 * words or marks are owned elsewhere are listed in KNOWN_OVER (src/story/limits.ts), each with its
 * reason; a test holds that list to what is still over.
 */
import type { LegendItem, Size } from "../chart.ts";
import { UserError } from "../errors.ts";
import { knownOver, lineLimitProblems } from "../story/limits.ts";
import { legendMarkProblems, repeatedDateProblems } from "./legendMarks.ts";

export interface LimitInput {
  headline: string;
  subtitle: string;
  notes: readonly string[];
  legend: readonly LegendItem[];
  /** The plot as Plot drew it, before the frame and the theme. */
  plot: Element;
}

/** Every limit the chart breaks at this size; the legend and labels are checked once, at web size. */
export function limitProblems(size: Size, c: LimitInput): string[] {
  return [
    ...lineLimitProblems(c, [size]),
    ...(size === "web"
      ? [...legendMarkProblems(c.plot, c.legend), ...repeatedDateProblems(c.plot, c.subtitle)]
      : []),
  ];
}

/** Throws a UserError listing what breaks a limit, less the known ones. */
export function checkLimits(id: string, size: Size, c: LimitInput): void {
  const over = limitProblems(size, c).filter((p) => !knownOver(id, p));
  if (over.length) throw new UserError(over.join("; "));
}
