/**
 * The limits the build checks on a chart at a size (issue 20): the headline's and each note's lines
 * (two at 640 px, three at 360), no one-word last line in a note, a mark of its colour and kind for
 * every legend swatch, and no label in the plot repeating a date the subtitle gives. A chart over one
 * fails by name, as other chart errors do, and keeps its old files. The few charts over a limit whose
 * words or marks are owned elsewhere are listed in KNOWN_OVER (src/story/limits.ts), each with its
 * reason; a test holds that list to what is still over.
 */
import type { LegendItem } from "../chart.ts";
import { UserError } from "../errors.ts";
import { knownOver, lineLimitProblems } from "../story/limits.ts";
import { FRAME, MOBILE_MIN_TYPE, SOCIAL_CARD, type Layout } from "../style/index.ts";
import { legendRows, socialPlotBox } from "./frameLayout.ts";
import { legendMarkProblems, repeatedDateProblems } from "./legendMarks.ts";

export interface LimitInput {
  headline: string;
  subtitle: string;
  notes: readonly string[];
  legend: readonly LegendItem[];
  /** The source line, which takes its lines at the foot of the social card. */
  source: string;
  /** The credit, which shares the source's last line on the social card when both fit. */
  credit?: string;
  /** The plot as Plot drew it, before the frame and the theme. */
  plot: Element;
  /** The social card's subtitle lines: SOCIAL_CARD.subtitleLines, or one when its plot needs the room. */
  subtitleLines?: number;
}

/** Every limit the chart breaks at this layout; the legend and labels are checked once, at web size. */
export function limitProblems(size: Layout, c: LimitInput): string[] {
  if (size === "social") return socialProblems(c);
  return [
    ...lineLimitProblems(c, [size]),
    ...(size === "mobile" ? mobileTypeProblems(c.plot) : []),
    ...(size === "web"
      ? [...legendMarkProblems(c.plot, c.legend), ...repeatedDateProblems(c.plot, c.subtitle)]
      : []),
  ];
}

/** Throws a UserError listing what breaks a limit, less the known ones. */
export function checkLimits(id: string, size: Layout, c: LimitInput): void {
  const over = limitProblems(size, c).filter((p) => !knownOver(id, p));
  if (over.length) throw new UserError(over.join("; "));
}

/**
 * The phone chart: no text in its plot under MOBILE_MIN_TYPE (the frame's own sizes are held to it by
 * test/style/type.test.ts). A text's size is its own or the nearest ancestor's, Plot's 10 px default included.
 */
function mobileTypeProblems(plot: Element): string[] {
  const small = new Map<number, string>();
  for (const text of plot.querySelectorAll("text")) {
    const words = (text.textContent ?? "").trim();
    if (!words) continue;
    let el: Element | null = text;
    while (el && !el.hasAttribute("font-size") && el !== plot) el = el.parentElement;
    const size = Number(el?.getAttribute("font-size") ?? 16);
    if (size < MOBILE_MIN_TYPE && !small.has(size)) small.set(size, words);
  }
  return [...small].map(
    ([size, words]) =>
      `phone chart: text at ${size} px ("${words.slice(0, 30)}"), at least ${MOBILE_MIN_TYPE}: set it in the plot's type`,
  );
}

/**
 * The social card, made for a feed: its legend on one line, and its plot drawn to the card's box, so
 * it keeps the card's full width and its type stays at least SOCIAL_CARD.minType (22 px on the card).
 * A plot taller than its box would be scaled down to fit, narrowing it and shrinking its type: the card
 * never grows past 1200 × 675, so the chart fails by name instead.
 */
function socialProblems(c: LimitInput): string[] {
  const problems: string[] = [];
  const rows = legendRows(c.legend, "social").rows;
  if (rows > 1) problems.push(`social card: the legend takes ${rows} lines, at most one: shorten its labels`);
  const height = Number(c.plot.getAttribute("height"));
  const box = socialPlotBox(c);
  const k = height > box.height ? box.height / height : 1;
  // Every text in the plot, its ticks and labels too, as the card shows it.
  const sizes = [...c.plot.querySelectorAll("[font-size]")].map((el) => Number(el.getAttribute("font-size")));
  const smallest = Math.min(...sizes.filter((n) => n > 0), FRAME.social.notes[0]);
  const shown = Math.round(smallest * k * SOCIAL_CARD.scale);
  const least = SOCIAL_CARD.minType * SOCIAL_CARD.scale;
  if (k < 1)
    problems.push(
      `social card: the plot is ${Math.round(height)} px tall for a box of ${box.height} px on the 1200×675 card, which never grows, so it would be drawn at ${Math.round(k * 100)} % of the card's width and its smallest type at ${shown} px (at least ${least}): lay it out to the card's height`,
    );
  else if (shown < least)
    problems.push(`social card: the plot's smallest type is ${shown} px on the card, at least ${least}`);
  return problems;
}
